package org.seqdb.engine.sql.ast;

import java.util.List;

/** Value expressions: literals, parameters, sequence functions, operators. Immutable. */
public sealed interface Expression {

    /**
     * A constant: Long, BigInteger, BigDecimal, Double, String or null.
     *
     * @param name the label MariaDB gives the literal itself, which parentheses and a unary plus keep:
     *             the number as written, a string's value, NULL, TRUE, FALSE; null for a computed
     *             constant (a negated number is labelled by the text of its select item)
     */
    record Literal(Object value, String name) implements Expression {
        public Literal(Object value) {
            this(value, null);
        }
    }

    /**
     * A hexadecimal literal: {@code 0x41} (a number where arithmetic wants one, else the string of
     * its bytes) or {@code X'41'} (always a string).
     *
     * @param digits the hex digits, an even number of them (0x123 is read as 0x0123)
     * @param text   the literal as written, which MariaDB prints in messages and labels
     */
    record Hex(String digits, boolean numberForm, String text) implements Expression {
    }

    /** The {@code index}-th (0-based) {@code ?} marker. */
    record Parameter(int index) implements Expression {
    }

    /** NEXT VALUE FOR s, NEXTVAL(s), s.nextval. */
    record NextValue(ObjectName sequence) implements Expression {
    }

    /** PREVIOUS VALUE FOR s, LASTVAL(s), s.currval. */
    record PreviousValue(ObjectName sequence) implements Expression {
    }

    /** SETVAL(s, n [, is_used [, round]]); the arguments are literals or parameters. */
    record SetValue(ObjectName sequence, Expression value, Expression isUsed, Expression round)
            implements Expression {
    }

    /** {@code left op right} for + - * / DIV MOD % = <> < <= > >= AND OR. */
    record Binary(String operator, Expression left, Expression right) implements Expression {
    }

    /** {@code op operand} for unary minus, plus and NOT. */
    record Unary(String operator, Expression operand) implements Expression {
    }

    /** A column of the FROM source, possibly qualified. */
    record ColumnRef(String qualifier, String name) implements Expression {
    }

    /** {@code *} or {@code t.*} in a select list. */
    record Star(String qualifier) implements Expression {
    }

    /** name(args): DATABASE(), VERSION(), ... */
    record FunctionCall(String name, List<Expression> arguments) implements Expression {
    }

    /** {@code @@[scope.]name}; scope is null, GLOBAL or SESSION. */
    record SystemVariable(String scope, String name) implements Expression {
    }

    /** {@code @name}. */
    record UserVariable(String name) implements Expression {
    }

    /** {@code expr IS [NOT] NULL}. */
    record IsNull(Expression operand, boolean negated) implements Expression {
    }

    /** {@code expr [NOT] LIKE pattern [ESCAPE char]}; {@code escape} is null when not given (a backslash). */
    record Like(Expression operand, Expression pattern, boolean negated, Expression escape) implements Expression {
        public Like(Expression operand, Expression pattern, boolean negated) {
            this(operand, pattern, negated, null);
        }
    }

    /** {@code expr [NOT] IN (list)}. */
    record In(Expression operand, List<Expression> list, boolean negated) implements Expression {
    }

    /** {@code expr [NOT] BETWEEN low AND high}. */
    record Between(Expression operand, Expression low, Expression high, boolean negated) implements Expression {
    }

    /**
     * COUNT(*), COUNT([DISTINCT] x), SUM, AVG, MIN, MAX over the rows of a group;
     * {@code argument} is {@link Star} for COUNT(*).
     */
    /**
     * COUNT / SUM / AVG / MIN / MAX / GROUP_CONCAT over a group's rows; GROUP_CONCAT's own
     * ORDER BY and SEPARATOR are {@code orderBy} and {@code separator} (empty and null for the others).
     */
    record Aggregate(String name, Expression argument, boolean distinct, List<Statement.OrderItem> orderBy,
                     String separator) implements Expression {
        public Aggregate(String name, Expression argument, boolean distinct) {
            this(name, argument, distinct, List.of(), null);
        }
    }

    /**
     * CASE [operand] WHEN a THEN x ... [ELSE y] END: with an operand, the first WHEN equal to it;
     * without, the first WHEN that is true; {@code otherwise} is null when there is no ELSE.
     */
    record Case(Expression operand, List<When> whens, Expression otherwise) implements Expression {
    }

    /** One WHEN ... THEN ... of a CASE. */
    record When(Expression condition, Expression result) {
    }

    /**
     * CAST(x AS type) and CONVERT(x, type).
     *
     * @param text the expression as written, which MariaDB's warnings about it quote
     */
    record Cast(Expression operand, CastTarget target, String text) implements Expression {
    }

    /**
     * What CAST converts to: {@code type} is CHAR, BINARY, SIGNED, UNSIGNED, DECIMAL, DOUBLE, FLOAT,
     * DATE, DATETIME or TIME; {@code length} is CHAR's or BINARY's length, DECIMAL's precision, or the
     * fractional digits of DATETIME and TIME (null when not given); {@code scale} is DECIMAL's scale.
     */
    record CastTarget(String type, Integer length, Integer scale) {
    }

    /**
     * A word a function's own syntax takes as an argument: the unit of EXTRACT, TIMESTAMPADD and
     * TIMESTAMPDIFF (YEAR, DAY_HOUR, ...), the side of TRIM (BOTH, LEADING, TRAILING).
     */
    record Keyword(String word) implements Expression {
    }

    /** {@code (SELECT ...)} where a value is wanted: its one column of its one row (NULL when none). */
    record Subquery(Statement query) implements Expression {
    }

    /** {@code EXISTS (SELECT ...)}. */
    record Exists(Statement query) implements Expression {
    }

    /** {@code expr [NOT] IN (SELECT ...)}. */
    record InSubquery(Expression operand, Statement query, boolean negated) implements Expression {
    }

    /** {@code expr op ANY|SOME|ALL (SELECT ...)} for a comparison operator {@code op}. */
    record Quantified(String operator, Expression operand, boolean all, Statement query) implements Expression {
    }

    /** {@code ROW_NUMBER() OVER ()}: 1, 2, 3, ... over the rows of the select, in the order it makes them. */
    record RowNumber() implements Expression {
    }

    /** The DEFAULT keyword as a value in INSERT ... VALUES and UPDATE ... SET. */
    record DefaultValue() implements Expression {
    }
}
