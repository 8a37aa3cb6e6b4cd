package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * Turns statement text into tokens, as MariaDB's lexer does for the part of the language
 * seqdb speaks: comments ({@code #}, {@code -- }, {@code /* *}{@code /}) are skipped, while
 * versioned comments ({@code /*!40101 ...*}{@code /}, {@code /*M!100100 ...*}{@code /}) are read
 * as SQL when their version is not above the server version we claim, as MariaDB does, so
 * that dumps restore.
 */
public final class Lexer {
    /** The version we answer to versioned comments: MariaDB 10.11.99 as 101199. */
    static final int CLAIMED_VERSION = 101199;

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int parameterCount;
    /** Depth of versioned comments we are inside, so that their closing marker is skipped. */
    private int versionedCommentDepth;

    private Lexer(String sql) {
        this.sql = sql;
    }

    public static Lexed lex(String sql) {
        Lexer lexer = new Lexer(sql);
        lexer.run();
        return new Lexed(sql, List.copyOf(lexer.tokens), lexer.parameterCount);
    }

    /** The tokens of one statement text and how many parameter markers it has. */
    public record Lexed(String sql, List<Token> tokens, int parameterCount) {
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length()) {
                tokens.add(new Token(TokenKind.END, "", sql.length(), sql.length(), line));
                return;
            }
            tokens.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#' || (c == '-' && startsWith("--") && (pos + 2 >= sql.length()
                    || Character.isWhitespace(sql.charAt(pos + 2))))) {
                while (pos < sql.length() && sql.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (startsWith("/*!") || startsWith("/*M!")) {
                enterVersionedComment();
            } else if (startsWith("/*")) {
                skipBlockComment();
            } else if (versionedCommentDepth > 0 && startsWith("*/")) {
                versionedCommentDepth--;
                pos += 2;
            } else {
                return;
            }
        }
    }

    /** {@code /*!NNNNN sql *}{@code /}: the sql counts when NNNNN is at most our version. */
    private void enterVersionedComment() {
        int markerEnd = pos + (sql.charAt(pos + 2) == 'M' ? 4 : 3);
        int digitsEnd = markerEnd;
        while (digitsEnd < sql.length() && Character.isDigit(sql.charAt(digitsEnd))) {
            digitsEnd++;
        }
        String digits = sql.substring(markerEnd, digitsEnd);
        boolean applies = digits.isEmpty() || digits.length() > 6 || Integer.parseInt(digits) <= CLAIMED_VERSION;
        if (applies) {
            versionedCommentDepth++;
            pos = digitsEnd;
        } else {
            skipBlockComment();
        }
    }

    private void skipBlockComment() {
        int close = sql.indexOf("*/", pos + 2);
        int stop = close < 0 ? sql.length() : close + 2;
        countLines(pos, stop);
        pos = stop;
    }

    private Token next() {
        int start = pos;
        char c = sql.charAt(pos);
        if (c == '`') {
            return quotedIdentifier(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1))
                && !previousIsNamePart())) {
            return number(start);
        }
        if (isIdentifierStart(c)) {
            while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.WORD, sql.substring(start, pos), start);
        }
        if (c == '?') {
            pos++;
            parameterCount++;
            return token(TokenKind.PARAMETER, "?", start);
        }
        if (c == '@') {
            return variable(start);
        }
        return symbol(start);
    }

    /** A point right after a name is a qualifier separator (t.1col is rare; db.s is common). */
    private boolean previousIsNamePart() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token previous = tokens.get(tokens.size() - 1);
        return previous.end() == pos && (previous.kind() == TokenKind.WORD
                || previous.kind() == TokenKind.QUOTED_IDENTIFIER);
    }

    private Token quotedIdentifier(int start) {
        StringBuilder name = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= sql.length()) {
                throw unterminated(start);
            }
            char c = sql.charAt(pos++);
            if (c == '`') {
                if (pos < sql.length() && sql.charAt(pos) == '`') {
                    name.append('`');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            name.append(c);
        }
        return new Token(TokenKind.QUOTED_IDENTIFIER, name.toString(), start, pos, lineOf(start));
    }

    private Token string(int start, char quote) {
        StringBuilder value = new StringBuilder();
        int startLine = line;
        pos++;
        while (true) {
            if (pos >= sql.length()) {
                throw unterminated(start);
            }
            char c = sql.charAt(pos++);
            if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    value.append(quote);
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\\' && pos < sql.length()) {
                value.append(unescape(sql.charAt(pos++)));
                continue;
            }
            if (c == '\n') {
                line++;
            }
            value.append(c);
        }
        return new Token(TokenKind.STRING, value.toString(), start, pos, startLine);
    }

    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case 'b' -> "\b";
            case 'Z' -> "\u001a";
            case '%' -> "\\%";
            case '_' -> "\\_";
            default -> String.valueOf(c);
        };
    }

    private Token number(int start) {
        boolean decimal = false;
        while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            decimal = true;
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                decimal = true;
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        // "1abc" is an identifier in MariaDB: digits followed by letters
        if (!decimal && pos < sql.length() && isIdentifierStart(sql.charAt(pos))) {
            while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.WORD, sql.substring(start, pos), start);
        }
        return token(decimal ? TokenKind.DECIMAL : TokenKind.INTEGER, sql.substring(start, pos), start);
    }

    private Token variable(int start) {
        pos++;
        TokenKind kind = TokenKind.USER_VARIABLE;
        if (pos < sql.length() && sql.charAt(pos) == '@') {
            pos++;
            kind = TokenKind.SYSTEM_VARIABLE;
        }
        int nameStart = pos;
        while (pos < sql.length() && (isIdentifierPart(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '`' && nameStart == pos) {
            Token quoted = quotedIdentifier(pos);
            return new Token(kind, quoted.text(), start, pos, lineOf(start));
        }
        return token(kind, sql.substring(nameStart, pos), start);
    }

    private static final String[] TWO_CHAR_SYMBOLS = {"<=", ">=", "<>", "!=", ":=", "||", "&&", "<<", ">>"};

    private Token symbol(int start) {
        if (startsWith("<=>")) {
            pos += 3;
            return token(TokenKind.SYMBOL, "<=>", start);
        }
        for (String symbol : TWO_CHAR_SYMBOLS) {
            if (startsWith(symbol)) {
                pos += 2;
                return token(TokenKind.SYMBOL, symbol, start);
            }
        }
        pos++;
        return token(TokenKind.SYMBOL, String.valueOf(sql.charAt(start)), start);
    }

    private Token token(TokenKind kind, String text, int start) {
        return new Token(kind, text, start, pos, line);
    }

    private SeqDbException unterminated(int start) {
        return new SeqDbException(ErrorCode.ER_PARSE_ERROR, ParseErrors.near(sql, start), lineOf(start));
    }

    private int lineOf(int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (sql.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private boolean startsWith(String prefix) {
        return sql.startsWith(prefix, pos);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c > 0x7f;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }
}
