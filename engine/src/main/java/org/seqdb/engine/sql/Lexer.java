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
            Token token = next();
            tokens.add(withTrailingNewlines(token));
        }
    }

    /**
     * An unquoted name or keyword, as MariaDB's scan_ident_middle reads it, also counts the line
     * breaks of the whitespace after it when IGNORE_SPACE is on (names after a '.' and names that
     * start with a digit are read by another path that does not).
     */
    private Token withTrailingNewlines(Token token) {
        boolean afterDot = !tokens.isEmpty() && tokens.get(tokens.size() - 1).isSymbol(".")
                && tokens.get(tokens.size() - 1).end() == token.start();
        if (token.kind() != TokenKind.WORD || afterDot || Character.isDigit(sql.charAt(token.start()))) {
            return token;
        }
        int newlines = 0;
        for (int i = token.end(); i < sql.length() && Character.isWhitespace(sql.charAt(i)); i++) {
            if (sql.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines == 0 ? token
                : new Token(token.kind(), token.text(), token.start(), token.end(), token.line(), newlines);
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
        if ((c == 'x' || c == 'X') && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\'') {
            return hexString(start);
        }
        if (c == '0' && startsWith("0x")) {
            Token hex = hexNumber(start);
            if (hex != null) {
                return hex;
            }
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
            name.append(c);
        }
        // MariaDB's lexer counts no line inside a back-quoted name
        return new Token(TokenKind.QUOTED_IDENTIFIER, name.toString(), start, pos, line);
    }

    private Token string(int start, char quote) {
        StringBuilder value = new StringBuilder();
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
            value.append(c);
        }
        // MariaDB's lexer counts no line inside a string literal
        return new Token(TokenKind.STRING, value.toString(), start, pos, line);
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

    /** {@code X'hex'}: MariaDB's lexer aborts (a syntax error here) on a bad digit or an odd count. */
    private Token hexString(int start) {
        int digitsStart = start + 2;
        int end = digitsStart;
        while (end < sql.length() && Character.digit(sql.charAt(end), 16) >= 0) {
            end++;
        }
        if (end >= sql.length() || sql.charAt(end) != '\'' || (end - digitsStart) % 2 != 0) {
            throw new SeqDbException(ErrorCode.ER_PARSE_ERROR, ParseErrors.near(sql, start), line);
        }
        pos = end + 1;
        return token(TokenKind.HEX_STRING, sql.substring(digitsStart, end), start);
    }

    /** {@code 0xhex}, or null when what follows the 0x makes it a name ({@code 0x}, {@code 0x4g}). */
    private Token hexNumber(int start) {
        int end = start + 2;
        while (end < sql.length() && Character.digit(sql.charAt(end), 16) >= 0) {
            end++;
        }
        if (end == start + 2 || end < sql.length() && isIdentifierPart(sql.charAt(end))) {
            return null;
        }
        pos = end;
        String digits = sql.substring(start + 2, end);
        return token(TokenKind.HEX_NUMBER, digits.length() % 2 == 0 ? digits : "0" + digits, start);
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

    /**
     * {@code @name}, {@code @'name'}, {@code @`name`}: a user variable; {@code @@name},
     * {@code @@scope.name} (parts back-quoted or not): a system variable, whose name may not be empty
     * (MariaDB's lexer aborts there). A lone {@code @} is a symbol, so the parser fails on what follows.
     */
    private Token variable(int start) {
        pos++;
        if (pos < sql.length() && sql.charAt(pos) == '@') {
            pos++;
            String name = variablePart();
            if (pos < sql.length() && sql.charAt(pos) == '.') {
                pos++;
                name = name + "." + variablePart();
            }
            return new Token(TokenKind.SYSTEM_VARIABLE, name, start, pos, line);
        }
        if (pos < sql.length() && (sql.charAt(pos) == '\'' || sql.charAt(pos) == '"')) {
            Token quoted = string(pos, sql.charAt(pos));
            return new Token(TokenKind.USER_VARIABLE, quoted.text(), start, pos, line);
        }
        if (pos < sql.length() && sql.charAt(pos) == '`') {
            Token quoted = quotedIdentifier(pos);
            return new Token(TokenKind.USER_VARIABLE, quoted.text(), start, pos, line);
        }
        int nameStart = pos;
        while (pos < sql.length() && (isIdentifierPart(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (nameStart == pos) {
            return token(TokenKind.SYMBOL, "@", start);
        }
        return token(TokenKind.USER_VARIABLE, sql.substring(nameStart, pos), start);
    }

    /** One part of a system variable's name: back-quoted or plain, never empty. */
    private String variablePart() {
        if (pos < sql.length() && sql.charAt(pos) == '`') {
            return quotedIdentifier(pos).text();
        }
        int nameStart = pos;
        while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
            pos++;
        }
        if (nameStart == pos) {
            throw new SeqDbException(ErrorCode.ER_PARSE_ERROR, ParseErrors.near(sql, pos), line);
        }
        return sql.substring(nameStart, pos);
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

    /** MariaDB's lexer gives back the lone quote, on which the parser fails. */
    private SeqDbException unterminated(int start) {
        return new SeqDbException(ErrorCode.ER_PARSE_ERROR, ParseErrors.near(sql, start), line);
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
