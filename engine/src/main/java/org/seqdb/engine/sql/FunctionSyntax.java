package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;

/**
 * The functions whose arguments have a grammar of their own, each read after its name and
 * opening parenthesis into an ordinary {@link Expression.FunctionCall} (or a {@link Expression.Cast}):
 * CAST(x AS type), CONVERT(x, type) and CONVERT(x USING charset), EXTRACT(unit FROM x),
 * TRIM([BOTH | LEADING | TRAILING] [remove] FROM x), SUBSTRING(x FROM pos [FOR len]),
 * POSITION(sub IN x), TIMESTAMPADD(unit, n, x) and TIMESTAMPDIFF(unit, a, b). Words such as
 * units and trim sides become {@link Expression.Keyword} arguments.
 */
final class FunctionSyntax {
    /** The units EXTRACT takes. */
    private static final Set<String> EXTRACT_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY",
            "WEEK", "MONTH", "QUARTER", "YEAR", "SECOND_MICROSECOND", "MINUTE_MICROSECOND", "MINUTE_SECOND",
            "HOUR_MICROSECOND", "HOUR_SECOND", "HOUR_MINUTE", "DAY_MICROSECOND", "DAY_SECOND", "DAY_MINUTE",
            "DAY_HOUR", "YEAR_MONTH");
    /** The units TIMESTAMPADD and TIMESTAMPDIFF take. */
    private static final Set<String> INTERVAL_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY",
            "WEEK", "MONTH", "QUARTER", "YEAR");

    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    FunctionSyntax(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /**
     * The functions MariaDB's grammar names with their arguments (function_call_keyword,
     * _nonkeyword, _conflict): {min, max} arguments; null for the others, which take any list.
     */
    static int[] grammarArity(String name) {
        return switch (name) {
            case "DATE", "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "TIME", "YEAR", "ASCII", "MICROSECOND",
                 "QUARTER", "REVERSE" -> new int[] {1, 1};
            case "LEFT", "RIGHT", "MOD", "REPEAT", "TRUNCATE" -> new int[] {2, 2};
            case "REPLACE" -> new int[] {3, 3};
            case "IF" -> new int[] {3, 3};
            case "INSERT" -> new int[] {4, 4};
            case "WEEK" -> new int[] {1, 2};
            case "USER", "CURRENT_USER", "CURDATE", "UTC_DATE", "DATABASE" -> new int[] {0, 0};
            case "CURTIME", "NOW", "SYSDATE", "UTC_TIME", "UTC_TIMESTAMP" -> new int[] {0, 1};
            default -> null;
        };
    }

    /** True for the names read here. */
    static boolean has(String name) {
        return switch (name) {
            case "CAST", "CONVERT", "EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "POSITION", "TIMESTAMPADD",
                 "TIMESTAMPDIFF", "DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE" -> true;
            default -> false;
        };
    }

    /**
     * The call of {@code name}, whose opening parenthesis is consumed; {@code first} is the name's
     * token (the text of a CAST starts there).
     */
    Expression call(String name, Token first) {
        return switch (name) {
            case "CAST" -> cast(first);
            case "CONVERT" -> convert(first);
            case "EXTRACT" -> extract();
            case "TRIM" -> trim();
            case "SUBSTRING", "SUBSTR" -> substring(name);
            case "POSITION" -> position();
            case "DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE" -> dateAdd(name);
            default -> timestampFunction(name);
        };
    }

    /**
     * DATE_ADD(x, INTERVAL n unit), DATE_SUB(...), and ADDDATE / SUBDATE, which also take a number
     * of days: ADDDATE(x, n). All become DATE_ADD or DATE_SUB(x, n, unit).
     */
    private Expression dateAdd(String name) {
        Expression date = expressions.expression();
        cursor.expectSymbol(",");
        Expression[] interval;
        boolean daysAllowed = name.equals("ADDDATE") || name.equals("SUBDATE");
        if (startsInterval() || !daysAllowed) {
            interval = interval();
        } else {
            interval = new Expression[] {expressions.expression(), new Expression.Keyword("DAY")};
        }
        cursor.expectSymbol(")");
        boolean add = name.equals("DATE_ADD") || name.equals("ADDDATE");
        return ExpressionParser.dateAdd(add ? "DATE_ADD" : "DATE_SUB", date, interval);
    }

    /** INTERVAL n unit comes next; INTERVAL( is MariaDB's INTERVAL() function instead. */
    boolean startsInterval() {
        return cursor.checkWord("INTERVAL") && !cursor.peek(1).isSymbol("(");
    }

    /** INTERVAL n unit (the units EXTRACT takes): {amount, unit keyword}. */
    Expression[] interval() {
        cursor.expectWord("INTERVAL");
        Expression amount = expressions.expression();
        Token word = cursor.peek();
        String unit = word.kind() == TokenKind.WORD ? word.upper() : "";
        if (!EXTRACT_UNITS.contains(unit)) {
            throw cursor.error();
        }
        cursor.advance();
        return new Expression[] {amount, new Expression.Keyword(unit)};
    }

    private Expression cast(Token first) {
        Token operandStart = cursor.peek();
        Expression operand = expressions.expression();
        String operandText = cursor.textSince(operandStart);
        cursor.expectWord("AS");
        Expression.CastTarget target = castTarget();
        if (target.type().equals("DECIMAL")) {
            org.seqdb.engine.table.ColumnTypeLimits.decimal(target.length() == null ? -1 : target.length(),
                    target.scale() == null ? 0 : target.scale(), operandText, "");
        }
        cursor.expectSymbol(")");
        return new Expression.Cast(operand, target, cursor.textSince(first));
    }

    /** CONVERT(x, type), or CONVERT(x USING charset) (every character set is utf8mb4 here: x itself). */
    private Expression convert(Token first) {
        Expression operand = expressions.expression();
        if (cursor.matchWord("USING")) {
            cursor.advance();
            cursor.expectSymbol(")");
            return new Expression.Cast(operand, new Expression.CastTarget("CHAR", null, null),
                    cursor.textSince(first));
        }
        cursor.expectSymbol(",");
        Expression.CastTarget target = castTarget();
        cursor.expectSymbol(")");
        return new Expression.Cast(operand, target, cursor.textSince(first));
    }

    /** MariaDB's cast_type: a word the grammar knows, else 4161 for a name, else a syntax error. */
    private Expression.CastTarget castTarget() {
        Token word = cursor.peek();
        if (word.kind() != TokenKind.WORD && word.kind() != TokenKind.QUOTED_IDENTIFIER) {
            throw cursor.error();
        }
        String type = word.upper();
        switch (type) {
            case "CHAR", "NCHAR", "VARCHAR", "BINARY" -> {
                cursor.advance();
                Integer length = optionalLength();
                if (cursor.matchWord("CHARACTER") || cursor.matchWord("CHARSET")) {
                    cursor.matchWord("SET");
                    cursor.advance();
                }
                cursor.matchWord("BINARY");
                return new Expression.CastTarget(type.equals("BINARY") ? "BINARY" : "CHAR", length, null);
            }
            case "SIGNED", "UNSIGNED" -> {
                cursor.advance();
                if (!cursor.matchWord("INTEGER")) {
                    cursor.matchWord("INT");
                }
                return new Expression.CastTarget(type, null, null);
            }
            case "INT", "INTEGER" -> {
                cursor.advance();
                return new Expression.CastTarget("SIGNED", null, null);
            }
            case "DECIMAL", "DEC" -> {
                cursor.advance();
                Integer precision = null;
                Integer scale = null;
                if (cursor.matchSymbol("(")) {
                    precision = unsigned();
                    if (cursor.matchSymbol(",")) {
                        scale = unsigned();
                    }
                    cursor.expectSymbol(")");
                }
                return new Expression.CastTarget("DECIMAL", precision, scale);
            }
            case "DOUBLE", "FLOAT", "DATE" -> {
                cursor.advance();
                return new Expression.CastTarget(type, null, null);
            }
            case "DATETIME", "TIME" -> {
                cursor.advance();
                return new Expression.CastTarget(type, optionalLength(), null);
            }
            default -> {
                if (word.kind() == TokenKind.WORD && Keywords.isKeyword(word.text()) || word.upper().equals("REAL")
                        || word.upper().equals("NUMERIC") || word.upper().equals("BIGINT")) {
                    throw cursor.error();
                }
                throw new SeqDbException(ErrorCode.ER_UNKNOWN_DATA_TYPE, word.text());
            }
        }
    }

    private Integer optionalLength() {
        if (!cursor.matchSymbol("(")) {
            return null;
        }
        int length = unsigned();
        cursor.expectSymbol(")");
        return length;
    }

    private int unsigned() {
        Token digits = cursor.peek();
        if (digits.kind() != TokenKind.INTEGER || digits.text().length() > 9) {
            throw cursor.error();
        }
        cursor.advance();
        return Integer.parseInt(digits.text());
    }

    private Expression extract() {
        Expression.Keyword unit = unit(EXTRACT_UNITS);
        cursor.expectWord("FROM");
        Expression operand = expressions.expression();
        cursor.expectSymbol(")");
        return new Expression.FunctionCall("EXTRACT", List.of(unit, operand));
    }

    private Expression.Keyword unit(Set<String> units) {
        Token word = cursor.peek();
        String unit = word.kind() == TokenKind.WORD ? word.upper() : "";
        if (unit.startsWith("SQL_TSI_")) {
            unit = unit.substring("SQL_TSI_".length());
        }
        if (!units.contains(unit)) {
            throw cursor.error();
        }
        cursor.advance();
        return new Expression.Keyword(unit);
    }

    /** TRIM(x), TRIM([BOTH | LEADING | TRAILING] [remove] FROM x): arguments side, remove (or null), x. */
    private Expression trim() {
        String side = null;
        if (cursor.matchWord("BOTH")) {
            side = "BOTH";
        } else if (cursor.matchWord("LEADING")) {
            side = "LEADING";
        } else if (cursor.matchWord("TRAILING")) {
            side = "TRAILING";
        }
        Expression remove = null;
        Expression operand;
        if (side != null && cursor.matchWord("FROM")) {
            operand = expressions.expression();
        } else {
            Expression first = expressions.expression();
            if (cursor.matchWord("FROM")) {
                remove = first;
                operand = expressions.expression();
            } else if (side == null) {
                operand = first;
            } else {
                throw cursor.error();
            }
        }
        cursor.expectSymbol(")");
        List<Expression> arguments = new ArrayList<>();
        arguments.add(new Expression.Keyword(side == null ? "BOTH" : side));
        arguments.add(remove == null ? new Expression.Literal(" ") : remove);
        arguments.add(operand);
        return new Expression.FunctionCall("TRIM", List.copyOf(arguments));
    }

    /** SUBSTRING(x, pos [, len]) and SUBSTRING(x FROM pos [FOR len]). */
    private Expression substring(String name) {
        List<Expression> arguments = new ArrayList<>();
        arguments.add(expressions.expression());
        if (cursor.matchWord("FROM")) {
            arguments.add(expressions.expression());
            if (cursor.matchWord("FOR")) {
                arguments.add(expressions.expression());
            }
        } else {
            cursor.expectSymbol(",");
            arguments.add(expressions.expression());
            if (cursor.matchSymbol(",")) {
                arguments.add(expressions.expression());
            }
        }
        cursor.expectSymbol(")");
        return new Expression.FunctionCall(name, List.copyOf(arguments));
    }

    /** POSITION(sub IN x): LOCATE(sub, x). */
    private Expression position() {
        Expression sub = expressions.bitExpression();
        cursor.expectWord("IN");
        Expression operand = expressions.expression();
        cursor.expectSymbol(")");
        return new Expression.FunctionCall("POSITION", List.of(sub, operand));
    }

    private Expression timestampFunction(String name) {
        Expression.Keyword unit = unit(INTERVAL_UNITS);
        cursor.expectSymbol(",");
        Expression first = expressions.expression();
        cursor.expectSymbol(",");
        Expression second = expressions.expression();
        cursor.expectSymbol(")");
        return new Expression.FunctionCall(name, List.of(unit, first, second));
    }
}
