package org.seqdb.engine.sql;

import java.util.Locale;

/**
 * One token: its kind, its text (for WORD as written, for strings the resolved value),
 * where it starts and ends in the statement, and the line MariaDB's lexer is on once it has
 * read the token (for error messages).
 *
 * @param line             MariaDB's yylineno after the token: 1 + the line breaks in the whitespace
 *                         and block comments before its end (not those inside string literals or
 *                         back-quoted names, which MariaDB's lexer does not count)
 * @param trailingNewlines for an unquoted name or keyword, the line breaks in the whitespace right after
 *                         it: with sql_mode IGNORE_SPACE MariaDB's lexer reads that whitespace together
 *                         with the name (to see whether a '(' follows), so an error there counts them
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int trailingNewlines) {

    public Token(TokenKind kind, String text, int start, int end, int line) {
        this(kind, text, start, end, line, 0);
    }

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
