package org.seqdb.engine.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;

/**
 * Value expressions, one method per precedence level as MariaDB orders them (lowest first):
 * OR, XOR, AND, NOT, comparison/IS/LIKE/IN, additive, multiplicative, unary, primary.
 */
final class ExpressionParser {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Functions written without parentheses: MariaDB's reserved words for the current date, time and user. */
    private static final java.util.Set<String> NILADIC = java.util.Set.of("CURRENT_DATE", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "CURRENT_USER", "UTC_DATE", "UTC_TIME",
            "UTC_TIMESTAMP");

    private final TokenCursor cursor;
    private final FunctionCallParser calls;
    /** True while ON DUPLICATE KEY UPDATE is parsed: VALUES(column) is allowed there only. */
    private boolean insertValuesAllowed;

    ExpressionParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.calls = new FunctionCallParser(cursor, this);
    }

    Expression expression() {
        return or();
    }

    /** An operand of a comparison (MariaDB's bit_expr): no comparison, IS, LIKE, IN or BETWEEN at its top. */
    Expression bitExpression() {
        return additive();
    }

    private Expression or() {
        Expression left = xor();
        while (cursor.matchWord("OR") || cursor.matchSymbol("||")) {
            left = new Expression.Binary("OR", left, xor());
        }
        return left;
    }

    private Expression xor() {
        Expression left = and();
        while (cursor.matchWord("XOR")) {
            left = new Expression.Binary("XOR", left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (cursor.matchWord("AND") || cursor.matchSymbol("&&")) {
            left = new Expression.Binary("AND", left, not());
        }
        return left;
    }

    private Expression not() {
        if (cursor.matchWord("NOT")) {
            return new Expression.Unary("NOT", not());
        }
        return comparison();
    }

    private Expression comparison() {
        Expression left = additive();
        while (true) {
            Token token = cursor.peek();
            if (token.kind() == TokenKind.SYMBOL && isComparison(token.text())) {
                cursor.advance();
                String operator = token.text().equals("!=") ? "<>" : token.text();
                if ((cursor.checkWord("ANY") || cursor.checkWord("SOME") || cursor.checkWord("ALL"))
                        && cursor.peek(1).isSymbol("(") && !operator.equals("<=>")) {
                    boolean all = cursor.advance().isWord("ALL");
                    left = new Expression.Quantified(operator, left, all, setSubquery());
                    continue;
                }
                left = new Expression.Binary(operator, left, additive());
            } else if (cursor.matchWord("IS")) {
                boolean negated = cursor.matchWord("NOT");
                cursor.expectWord("NULL");
                left = new Expression.IsNull(left, negated);
            } else if (cursor.checkWord("LIKE") || cursor.peek().isWord("NOT") && cursor.peek(1).isWord("LIKE")) {
                boolean negated = cursor.matchWord("NOT");
                cursor.expectWord("LIKE");
                Expression pattern = additive();
                Expression escape = cursor.matchWord("ESCAPE") ? additive() : null;
                left = new Expression.Like(left, pattern, negated, escape);
            } else if (cursor.checkWord("IN") || cursor.peek().isWord("NOT") && cursor.peek(1).isWord("IN")) {
                boolean negated = cursor.matchWord("NOT");
                cursor.expectWord("IN");
                if (startsSubquery()) {
                    left = new Expression.InSubquery(left, setSubquery(), negated);
                } else {
                    left = new Expression.In(left, parenthesisedList(), negated);
                }
            } else if (cursor.checkWord("BETWEEN") || cursor.peek().isWord("NOT") && cursor.peek(1).isWord("BETWEEN")) {
                boolean negated = cursor.matchWord("NOT");
                cursor.expectWord("BETWEEN");
                Expression low = additive();
                cursor.expectWord("AND");
                left = new Expression.Between(left, low, additive(), negated);
            } else {
                return left;
            }
        }
    }

    private static boolean isComparison(String symbol) {
        return switch (symbol) {
            case "=", "<>", "!=", "<", "<=", ">", ">=", "<=>" -> true;
            default -> false;
        };
    }

    /**
     * Sums and differences, with MariaDB's interval arithmetic: {@code x + INTERVAL n unit},
     * {@code x - INTERVAL n unit} and {@code INTERVAL n unit + x} are DATE_ADD / DATE_SUB.
     */
    private Expression additive() {
        Expression left;
        if (startsInterval()) {
            Expression[] interval = calls.syntax().interval();
            cursor.expectSymbol("+");
            left = dateAdd("DATE_ADD", multiplicative(), interval);
        } else {
            left = multiplicative();
        }
        while (cursor.checkSymbol("+") || cursor.checkSymbol("-")) {
            String operator = cursor.advance().text();
            if (startsInterval()) {
                left = dateAdd(operator.equals("+") ? "DATE_ADD" : "DATE_SUB", left, calls.syntax().interval());
            } else {
                left = new Expression.Binary(operator, left, multiplicative());
            }
        }
        return left;
    }

    private boolean startsInterval() {
        return calls.syntax().startsInterval();
    }

    static Expression dateAdd(String name, Expression date, Expression[] interval) {
        return new Expression.FunctionCall(name, List.of(date, interval[0], interval[1]));
    }

    private Expression multiplicative() {
        Expression left = unary();
        while (true) {
            if (cursor.checkSymbol("*") || cursor.checkSymbol("/") || cursor.checkSymbol("%")) {
                String operator = cursor.advance().text();
                left = new Expression.Binary(operator.equals("%") ? "MOD" : operator, left, unary());
            } else if (cursor.matchWord("DIV")) {
                left = new Expression.Binary("DIV", left, unary());
            } else if (cursor.matchWord("MOD")) {
                left = new Expression.Binary("MOD", left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        if (cursor.matchSymbol("-")) {
            Token next = cursor.peek();
            if (next.kind() == TokenKind.INTEGER) {
                cursor.advance();
                return new Expression.Literal(negate(integerValue(next.text())));
            }
            return new Expression.Unary("-", unary());
        }
        if (cursor.matchSymbol("+")) {
            // MariaDB drops a unary plus: +5 is the literal 5, labelled 5
            return unary();
        }
        if (cursor.matchSymbol("!")) {
            return new Expression.Unary("NOT", unary());
        }
        return primary();
    }

    private Expression primary() {
        Token token = cursor.peek();
        switch (token.kind()) {
            case INTEGER -> {
                cursor.advance();
                return new Expression.Literal(integerValue(token.text()), token.text());
            }
            case DECIMAL -> {
                cursor.advance();
                return new Expression.Literal(decimalValue(token.text()), token.text());
            }
            case STRING -> {
                // adjacent string literals are one literal: 'x' 'y' is 'xy', labelled xy
                StringBuilder value = new StringBuilder(cursor.advance().text());
                while (cursor.peek().kind() == TokenKind.STRING) {
                    value.append(cursor.advance().text());
                }
                return new Expression.Literal(value.toString(), value.toString());
            }
            case HEX_NUMBER, HEX_STRING -> {
                cursor.advance();
                return new Expression.Hex(token.text(), token.kind() == TokenKind.HEX_NUMBER,
                        cursor.sql().substring(token.start(), token.end()));
            }
            case PARAMETER -> {
                cursor.advance();
                return new Expression.Parameter(cursor.parameterIndexOfPrevious());
            }
            case SYSTEM_VARIABLE -> {
                cursor.advance();
                return systemVariable(token.text());
            }
            case USER_VARIABLE -> {
                cursor.advance();
                return new Expression.UserVariable(token.text());
            }
            case SYMBOL -> {
                if (startsSubquery()) {
                    return new Expression.Subquery(subquery());
                }
                if (cursor.matchSymbol("(")) {
                    Expression inner = expression();
                    cursor.expectSymbol(")");
                    return inner;
                }
                if (cursor.matchSymbol("*")) {
                    return new Expression.Star(null);
                }
                // a lone @ wants a name after it: the error is at what came instead
                cursor.matchSymbol("@");
                throw cursor.error();
            }
            case WORD, QUOTED_IDENTIFIER -> {
                return wordExpression(token);
            }
            default -> throw cursor.error();
        }
    }

    private Expression wordExpression(Token token) {
        if (token.kind() == TokenKind.WORD) {
            if (cursor.matchWord("NULL")) {
                return new Expression.Literal(null, "NULL");
            }
            if (cursor.matchWord("TRUE")) {
                return new Expression.Literal(1L, "TRUE");
            }
            if (cursor.matchWord("FALSE")) {
                return new Expression.Literal(0L, "FALSE");
            }
            if (cursor.matchWords("NEXT", "VALUE", "FOR")) {
                return new Expression.NextValue(objectName());
            }
            if (cursor.matchWords("PREVIOUS", "VALUE", "FOR")) {
                return new Expression.PreviousValue(objectName());
            }
            if (cursor.matchWord("CASE")) {
                return caseExpression();
            }
            if (token.isWord("VALUES") && cursor.peek(1).isSymbol("(")) {
                return insertValue();
            }
            if (token.isWord("EXISTS")) {
                cursor.advance();
                if (!startsSubquery()) {
                    throw cursor.error();
                }
                return new Expression.Exists(subquery());
            }
            if (NILADIC.contains(token.upper()) && !cursor.peek(1).isSymbol("(")) {
                cursor.advance();
                return new Expression.FunctionCall(token.upper(), List.of());
            }
            if (cursor.peek(1).isSymbol("(")) {
                return calls.functionCall();
            }
        }
        String first = cursor.identifier();
        if (cursor.checkSymbol(".") && cursor.peek(1).isSymbol("*")) {
            cursor.advance();
            cursor.advance();
            return new Expression.Star(first);
        }
        if (cursor.matchSymbol(".")) {
            String second = cursor.identifier();
            if (cursor.matchSymbol(".")) {
                return new Expression.ColumnRef(first + "." + second, cursor.identifier());
            }
            return new Expression.ColumnRef(first, second);
        }
        return new Expression.ColumnRef(null, first);
    }

    /**
     * Parses with VALUES(column) allowed, as it is only in INSERT's ON DUPLICATE KEY UPDATE
     * (elsewhere MariaDB 10.3+ reads VALUES( as a syntax error).
     */
    <T> T withInsertValues(java.util.function.Supplier<T> parse) {
        boolean before = insertValuesAllowed;
        insertValuesAllowed = true;
        try {
            return parse.get();
        } finally {
            insertValuesAllowed = before;
        }
    }

    /** VALUES(column): the value the row of an INSERT ... ON DUPLICATE KEY UPDATE would have inserted. */
    private Expression insertValue() {
        if (!insertValuesAllowed) {
            throw cursor.error();
        }
        cursor.advance();
        cursor.expectSymbol("(");
        Expression column = wordExpression(cursor.peek());
        if (!(column instanceof Expression.ColumnRef)) {
            throw cursor.error();
        }
        cursor.expectSymbol(")");
        return new Expression.FunctionCall("VALUES", List.of(column));
    }

    /** CASE [operand] WHEN x THEN y ... [ELSE z] END, after CASE. */
    private Expression caseExpression() {
        Expression operand = cursor.checkWord("WHEN") ? null : expression();
        List<Expression.When> whens = new ArrayList<>();
        do {
            cursor.expectWord("WHEN");
            Expression condition = expression();
            cursor.expectWord("THEN");
            whens.add(new Expression.When(condition, expression()));
        } while (cursor.checkWord("WHEN"));
        Expression otherwise = cursor.matchWord("ELSE") ? expression() : null;
        cursor.expectWord("END");
        return new Expression.Case(operand, List.copyOf(whens), otherwise);
    }

    /** True if a parenthesised query comes next: {@code (SELECT ...}. */
    private boolean startsSubquery() {
        return cursor.checkSymbol("(") && cursor.peek(1).isWord("SELECT");
    }

    /** The subquery of IN / ANY / ALL, which MariaDB does not let have a LIMIT. */
    private org.seqdb.engine.sql.ast.Statement setSubquery() {
        org.seqdb.engine.sql.ast.Statement query = subquery();
        boolean limited = query instanceof org.seqdb.engine.sql.ast.Statement.Select select ? select.limit() != null
                : ((org.seqdb.engine.sql.ast.Statement.Union) query).limit() != null;
        if (limited) {
            throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, "LIMIT & IN/ALL/ANY/SOME subquery");
        }
        return query;
    }

    /** {@code (query)}: a SELECT or a UNION of them, in parentheses. */
    private org.seqdb.engine.sql.ast.Statement subquery() {
        cursor.expectSymbol("(");
        org.seqdb.engine.sql.ast.Statement query = new QueryParser(cursor).query();
        cursor.expectSymbol(")");
        return query;
    }

    /**
     * A number where MariaDB's grammar wants a longlong_num: 19 digits at most and within
     * the signed 64-bit range, else the number itself is the syntax error.
     */
    Long longLiteral(Token digits, boolean negative) {
        BigInteger value = new BigInteger(digits.text());
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(LONG_MAX) > 0 || value.compareTo(LONG_MAX.negate()) < 0) {
            throw cursor.errorAt(digits);
        }
        return value.longValue();
    }

    /** A possibly qualified, possibly back-quoted name. */
    ObjectName objectName() {
        String first = cursor.identifier();
        if (cursor.matchSymbol(".")) {
            return new ObjectName(first, cursor.identifier());
        }
        return new ObjectName(null, first);
    }

    private List<Expression> parenthesisedList() {
        cursor.expectSymbol("(");
        List<Expression> list = new ArrayList<>();
        do {
            list.add(expression());
        } while (cursor.matchSymbol(","));
        cursor.expectSymbol(")");
        return List.copyOf(list);
    }

    private static Expression systemVariable(String text) {
        int dot = text.indexOf('.');
        if (dot > 0) {
            String scope = text.substring(0, dot).toUpperCase(java.util.Locale.ROOT);
            if (scope.equals("GLOBAL") || scope.equals("SESSION") || scope.equals("LOCAL")) {
                return new Expression.SystemVariable(scope.equals("LOCAL") ? "SESSION" : scope,
                        text.substring(dot + 1));
            }
        }
        return new Expression.SystemVariable(null, text);
    }

    /** An integer literal: Long where it fits, BigInteger above (MariaDB makes those DECIMAL). */
    static Object integerValue(String digits) {
        if (digits.length() < 19) {
            return Long.parseLong(digits);
        }
        BigInteger value = new BigInteger(digits);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object negate(Object value) {
        if (value instanceof Long l) {
            return -l;
        }
        BigInteger negated = ((BigInteger) value).negate();
        return negated.bitLength() < 64 ? (Object) negated.longValue() : negated;
    }

    /** 1.5 is DECIMAL, 1e3 is DOUBLE, as in MariaDB. */
    private static Object decimalValue(String text) {
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            double value = Double.parseDouble(text);
            if (Double.isInfinite(value)) {
                // MariaDB refuses a double literal beyond the range while parsing, as no value
                throw new org.seqdb.engine.error.SeqDbException(
                        org.seqdb.engine.error.ErrorCode.ER_ILLEGAL_VALUE_FOR_TYPE, "double", text);
            }
            return value;
        }
        return new BigDecimal(text);
    }
}
