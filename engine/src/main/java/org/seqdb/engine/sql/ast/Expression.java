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

    /** {@code expr [NOT] LIKE pattern}. */
    record Like(Expression operand, Expression pattern, boolean negated) implements Expression {
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
    record Aggregate(String name, Expression argument, boolean distinct) implements Expression {
    }

    /** The DEFAULT keyword as a value in INSERT ... VALUES and UPDATE ... SET. */
    record DefaultValue() implements Expression {
    }
}
