package org.seqdb.engine.sql;

import java.util.Locale;

/**
 * One token: its kind, its text (for WORD as written, for strings the resolved value),
 * where it starts and ends in the statement, and the line it is on (for error messages).
 */
public record Token(TokenKind kind, String text, int start, int end, int line) {

    /** True if this is the keyword or word {@code word} (given in upper case). */
    public boolean isWord(String word) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(String symbol) {
        return kind == TokenKind.SYMBOL && text.equals(symbol);
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
