package org.seqdb.engine.sql;

import java.util.Locale;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.SequenceOptions;

/**
 * The option list of CREATE SEQUENCE and ALTER SEQUENCE, in any order, as MariaDB's
 * {@code sequence_defs} rule reads it, and table options (ENGINE=, COMMENT=, name=value) after the
 * sequence options. An option given twice is 1225 where MariaDB's grammar checks it: every option
 * checks whether it was given before, except MINVALUE n, which only records that it was (so
 * {@code MINVALUE 1 MINVALUE 2} takes 2, but {@code MINVALUE 1 NO MINVALUE} is 1225). RESTART only
 * in ALTER.
 */
final class SequenceOptionsParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    private Long increment;
    private Long minValue;
    private Long maxValue;
    private Long start;
    private Long cache;
    private Boolean cycle;
    private boolean restart;
    private Long restartValue;
    private String valueType;
    private String engine;
    private String comment;
    private final java.util.List<String> engineAttributes = new java.util.ArrayList<>();

    private SequenceOptionsParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    /** Reads the options of CREATE SEQUENCE (with table options) or ALTER SEQUENCE. */
    static SequenceOptions parse(TokenCursor cursor, boolean alter) {
        SequenceOptionsParser parser = new SequenceOptionsParser(cursor);
        if (!alter) {
            parser.valueType();
        }
        int options = 0;
        while (parser.option(alter)) {
            options++;
        }
        if (alter && options == 0) {
            throw cursor.error();
        }
        if (!alter) {
            parser.tableOptions();
        }
        return parser.build();
    }

    /** Reads the options of a sequence made through CREATE TABLE ... SEQUENCE=1: table options only. */
    static SequenceOptions tableOptionsOnly(TokenCursor cursor) {
        SequenceOptionsParser parser = new SequenceOptionsParser(cursor);
        parser.tableOptions();
        return parser.build();
    }

    private SequenceOptions build() {
        return new SequenceOptions(increment, minValue, maxValue, start, cache, cycle,
                restart, restartValue, valueType, engine, comment, java.util.List.copyOf(engineAttributes));
    }

    /** AS TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT [SIGNED|UNSIGNED] (MariaDB 11.5). */
    private void valueType() {
        if (!cursor.matchWord("AS")) {
            return;
        }
        Token type = cursor.advance();
        String name = type.upper();
        switch (name) {
            case "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER", "BIGINT" -> {
            }
            default -> throw cursor.errorAt(type);
        }
        if (name.equals("INTEGER")) {
            name = "INT";
        }
        if (cursor.matchWord("UNSIGNED")) {
            name += " UNSIGNED";
        } else {
            cursor.matchWord("SIGNED");
        }
        valueType = name.toLowerCase(Locale.ROOT);
    }

    private boolean option(boolean alter) {
        Token token = cursor.peek();
        if (token.kind() != TokenKind.WORD) {
            return false;
        }
        switch (token.upper()) {
            case "INCREMENT" -> {
                cursor.advance();
                once(increment != null, "INCREMENT");
                if (!cursor.matchWord("BY")) {
                    cursor.matchSymbol("=");
                }
                increment = number();
            }
            case "MINVALUE" -> {
                // the one option MariaDB's grammar does not check for a repeat
                cursor.advance();
                cursor.matchSymbol("=");
                minValue = number();
            }
            case "NOMINVALUE" -> {
                cursor.advance();
                once(minValue != null, "MINVALUE");
                minValue = SequenceOptions.NO_MIN_VALUE;
            }
            case "MAXVALUE" -> {
                cursor.advance();
                once(maxValue != null, "MAXVALUE");
                cursor.matchSymbol("=");
                maxValue = number();
            }
            case "NOMAXVALUE" -> {
                cursor.advance();
                once(maxValue != null, "MAXVALUE");
                maxValue = SequenceOptions.NO_MAX_VALUE;
            }
            case "NO" -> {
                return noOption();
            }
            case "START" -> {
                cursor.advance();
                once(start != null, "START");
                if (!cursor.matchWord("WITH")) {
                    cursor.matchSymbol("=");
                }
                start = number();
            }
            case "CACHE" -> {
                cursor.advance();
                once(cache != null, "CACHE");
                cursor.matchSymbol("=");
                cache = number();
            }
            case "NOCACHE" -> {
                cursor.advance();
                once(cache != null, "CACHE");
                cache = 0L;
            }
            case "CYCLE", "NOCYCLE" -> {
                cursor.advance();
                once(cycle != null, "CYCLE");
                cycle = token.upper().equals("CYCLE");
            }
            case "RESTART" -> {
                cursor.advance();
                boolean withValue = false;
                if (cursor.matchWord("WITH") || cursor.matchSymbol("=") || isNumberStart()) {
                    restartValue = number();
                    withValue = true;
                }
                if (!alter) {
                    // MariaDB's grammar refuses it when it reduces the option: after its number, or after
                    // the token it looked ahead to; the message names the keyword, upper-cased
                    Token last = withValue ? cursor.previous() : cursor.peek();
                    throw new SeqDbException(ErrorCode.ER_PARSE_ERROR, "RESTART", cursor.lineOf(last));
                }
                once(restart, "RESTART");
                restart = true;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** NO MINVALUE, NO MAXVALUE: after NO nothing else may follow (NO CACHE fails near 'CACHE'). */
    private boolean noOption() {
        cursor.advance();
        Token next = cursor.peek();
        if (next.isWord("MINVALUE")) {
            once(minValue != null, "MINVALUE");
            minValue = SequenceOptions.NO_MIN_VALUE;
        } else if (next.isWord("MAXVALUE")) {
            once(maxValue != null, "MAXVALUE");
            maxValue = SequenceOptions.NO_MAX_VALUE;
        } else {
            throw cursor.error();
        }
        cursor.advance();
        return true;
    }

    private boolean isNumberStart() {
        Token token = cursor.peek();
        return token.kind() == TokenKind.INTEGER
                || (token.isSymbol("-") || token.isSymbol("+")) && cursor.peek(1).kind() == TokenKind.INTEGER;
    }

    /** MariaDB's longlong_num: an optionally signed integer within the signed 64-bit range. */
    private long number() {
        boolean negative = false;
        if (cursor.matchSymbol("-")) {
            negative = true;
        } else {
            cursor.matchSymbol("+");
        }
        Token digits = cursor.peek();
        if (digits.kind() != TokenKind.INTEGER) {
            throw cursor.error();
        }
        cursor.advance();
        return expressions.longLiteral(digits, negative);
    }

    private static void once(boolean alreadyGiven, String option) {
        if (alreadyGiven) {
            throw new SeqDbException(ErrorCode.ER_DUP_ARGUMENT, option);
        }
    }

    /**
     * Table options in any order, each after the first optionally after a comma: ENGINE [=] name,
     * COMMENT [=] 'text', [DEFAULT] CHARSET [=] x, ..., and {@code name = value} (MariaDB's
     * engine-defined options: a name that is no keyword, so the error of a stray word is at the
     * token after it).
     */
    private void tableOptions() {
        boolean first = true;
        while (true) {
            boolean comma = !first && cursor.matchSymbol(",");
            if (!tableOption()) {
                if (comma) {
                    throw cursor.error();
                }
                return;
            }
            first = false;
        }
    }

    private boolean tableOption() {
        if (cursor.matchWord("ENGINE")) {
            cursor.matchSymbol("=");
            Token name = cursor.peek();
            String value = tableOptionValue();
            engine = StorageEngines.canonicalName(value);
            if (engine == null) {
                throw new SeqDbException(ErrorCode.ER_UNKNOWN_STORAGE_ENGINE, name.text());
            }
        } else if (cursor.matchWord("COMMENT")) {
            cursor.matchSymbol("=");
            Token text = cursor.advance();
            if (text.kind() != TokenKind.STRING) {
                throw cursor.errorAt(text);
            }
            comment = text.text();
        } else if (cursor.checkWord("DEFAULT") || cursor.checkWord("CHARSET") || cursor.checkWord("CHARACTER")
                || cursor.checkWord("COLLATE")) {
            skipCharsetOption();
        } else if (isEngineAttributeName(cursor.peek())) {
            engineAttributes.add(cursor.advance().text());
            if (!cursor.matchSymbol("=")) {
                cursor.expectSymbol(":=");
            }
            if (!cursor.matchWord("DEFAULT")) {
                attributeValue();
            }
        } else {
            return false;
        }
        return true;
    }

    /** MariaDB's IDENT_sys: a back-quoted name, or a word that is no keyword at all. */
    private static boolean isEngineAttributeName(Token token) {
        return token.kind() == TokenKind.QUOTED_IDENTIFIER
                || token.kind() == TokenKind.WORD && !Keywords.isKeyword(token.text());
    }

    /** The value of name = value: a string, a name or an unsigned number. */
    private void attributeValue() {
        Token token = cursor.advance();
        boolean name = token.kind() == TokenKind.WORD && !Keywords.isReserved(token.text())
                || token.kind() == TokenKind.QUOTED_IDENTIFIER;
        if (!name && token.kind() != TokenKind.STRING && token.kind() != TokenKind.INTEGER
                && token.kind() != TokenKind.DECIMAL) {
            throw cursor.errorAt(token);
        }
    }

    private String tableOptionValue() {
        Token token = cursor.advance();
        if (token.kind() != TokenKind.WORD && token.kind() != TokenKind.QUOTED_IDENTIFIER
                && token.kind() != TokenKind.STRING || token.kind() == TokenKind.WORD
                && Keywords.isReserved(token.text())) {
            throw cursor.errorAt(token);
        }
        return token.text();
    }

    private void skipCharsetOption() {
        cursor.matchWord("DEFAULT");
        if (cursor.matchWord("CHARACTER")) {
            cursor.expectWord("SET");
        } else if (!cursor.matchWord("CHARSET")) {
            cursor.expectWord("COLLATE");
        }
        cursor.matchSymbol("=");
        if (!cursor.matchWord("DEFAULT")) {
            tableOptionValue();
        }
    }
}
