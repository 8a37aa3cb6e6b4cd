package org.seqdb.engine.sql;

import java.util.List;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * The shared position in a statement's tokens, with the small helpers every grammar class
 * uses (jlox's match/check/advance/peek/previous/consume), and the one way to report a
 * syntax error: MariaDB's 1064 quoting the text from the offending token on.
 */
final class TokenCursor {
    private final String sql;
    private final List<Token> tokens;
    /** sql_mode IGNORE_SPACE: the lexer reads the whitespace after a name with it (see {@link #lineOf}). */
    private final boolean ignoreSpace;
    private int index;

    TokenCursor(Lexer.Lexed lexed, boolean ignoreSpace) {
        this.sql = lexed.sql();
        this.tokens = lexed.tokens();
        this.ignoreSpace = ignoreSpace;
    }

    String sql() {
        return sql;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(index - 1);
    }

    Token advance() {
        Token token = tokens.get(index);
        if (token.kind() != TokenKind.END) {
            index++;
        }
        return token;
    }

    boolean atEnd() {
        return peek().kind() == TokenKind.END;
    }

    boolean checkWord(String word) {
        return peek().isWord(word);
    }

    boolean checkSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    /** Consumes the keyword if it is next. */
    boolean matchWord(String word) {
        if (checkWord(word)) {
            index++;
            return true;
        }
        return false;
    }

    /**
     * Reads a phrase of keywords, committing to it as MariaDB's LALR(1) parser does: once its first
     * word (a reserved one) or its first two words (when the first could also be a name) are read,
     * the rest must follow, and the error is at the first word that does not ({@code IF EXISTS}
     * where {@code IF NOT EXISTS} belongs fails near 'EXISTS ...'). Before that point nothing is
     * consumed and the answer is false.
     */
    boolean matchWords(String... words) {
        int decisive = Keywords.isReserved(words[0]) ? 1 : Math.min(2, words.length);
        for (int i = 0; i < decisive; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        index += decisive;
        for (int i = decisive; i < words.length; i++) {
            expectWord(words[i]);
        }
        return true;
    }

    /**
     * Consumes the words only if they are all next, in order (else nothing): for a choice between
     * phrases that begin alike (ON DELETE / ON UPDATE, LEFT JOIN / LEFT OUTER JOIN).
     */
    boolean matchPhrase(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        index += words.length;
        return true;
    }

    boolean matchSymbol(String symbol) {
        if (checkSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectWord(String word) {
        if (!matchWord(word)) {
            throw error();
        }
    }

    void expectSymbol(String symbol) {
        if (!matchSymbol(symbol)) {
            throw error();
        }
    }

    /** An identifier: a plain word or a back-quoted name. */
    String identifier() {
        Token token = peek();
        if (token.kind() == TokenKind.WORD && !Keywords.isReserved(token.text())
                || token.kind() == TokenKind.QUOTED_IDENTIFIER) {
            index++;
            return token.text();
        }
        throw error();
    }

    boolean checkIdentifier() {
        Token token = peek();
        return token.kind() == TokenKind.WORD && !Keywords.isReserved(token.text())
                || token.kind() == TokenKind.QUOTED_IDENTIFIER;
    }

    /** A syntax error at the next token. */
    SeqDbException error() {
        return errorAt(peek());
    }

    SeqDbException errorAt(Token token) {
        // MariaDB quotes what follows an unexpected comma, not the comma itself
        int from = token.isSymbol(",") ? token.start() + 1 : token.start();
        return new SeqDbException(ErrorCode.ER_PARSE_ERROR, ParseErrors.near(sql, from), lineOf(token));
    }

    /**
     * The line a 1064 names when MariaDB's parser fails on {@code token}: its lexer's line once
     * it has read the token, which with IGNORE_SPACE includes the line breaks after a name.
     */
    int lineOf(Token token) {
        return token.line() + (ignoreSpace ? token.trailingNewlines() : 0);
    }

    /** The statement text from the start of {@code first} to the end of the last consumed token. */
    String textSince(Token first) {
        return sql.substring(first.start(), previous().end());
    }

    /** The 0-based number of the {@code ?} marker just consumed, counting markers in text order. */
    int parameterIndexOfPrevious() {
        int count = 0;
        for (int i = 0; i < index - 1; i++) {
            if (tokens.get(i).kind() == TokenKind.PARAMETER) {
                count++;
            }
        }
        return count;
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }
}
