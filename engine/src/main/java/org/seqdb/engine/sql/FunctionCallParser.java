package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;

/**
 * A function call after its name: the sequence functions (NEXTVAL, LASTVAL, SETVAL with its
 * literal-only arguments), the aggregates, the functions whose arguments have a syntax of their
 * own ({@link FunctionSyntax}), those MariaDB's grammar spells out (a wrong count is a syntax
 * error), and the others (a wrong count of a built-in one is 1582, as MariaDB reports it while
 * reading the call).
 */
final class FunctionCallParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final FunctionSyntax functions;

    FunctionCallParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
        this.functions = new FunctionSyntax(cursor, expressions);
    }

    /** The parser of the functions with a syntax of their own (and of INTERVAL n unit). */
    FunctionSyntax syntax() {
        return functions;
    }

    Expression functionCall() {
        Token nameToken = cursor.advance();
        String name = nameToken.upper();
        cursor.expectSymbol("(");
        if (FunctionSyntax.has(name)) {
            return functions.call(name, nameToken);
        }
        switch (name) {
            case "NEXTVAL" -> {
                ObjectName sequence = expressions.objectName();
                cursor.expectSymbol(")");
                return new Expression.NextValue(sequence);
            }
            case "LASTVAL" -> {
                ObjectName sequence = expressions.objectName();
                cursor.expectSymbol(")");
                return new Expression.PreviousValue(sequence);
            }
            case "SETVAL" -> {
                return setValue();
            }
            case "GROUP_CONCAT" -> {
                return groupConcat();
            }
            case "COUNT", "SUM", "AVG", "MIN", "MAX" -> {
                return aggregate(name);
            }
            case "ROW_NUMBER" -> {
                return rowNumber();
            }
            default -> {
                int[] grammar = FunctionSyntax.grammarArity(name);
                if (grammar != null) {
                    return fixedArguments(name, grammar[0], grammar[1]);
                }
                List<Expression> arguments = new ArrayList<>();
                if (cursor.matchSymbol("*")) {
                    arguments.add(new Expression.Star(null));
                } else if (!cursor.checkSymbol(")")) {
                    do {
                        arguments.add(expressions.expression());
                    } while (cursor.matchSymbol(","));
                }
                cursor.expectSymbol(")");
                int[] arity = org.seqdb.engine.sql.ast.BuiltinFunctions.arity(name);
                if (arity != null && (arguments.size() < arity[0] || arguments.size() > arity[1])) {
                    // MariaDB checks the count as it reads the call: before anything after it
                    throw new SeqDbException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, nameToken.text());
                }
                return new Expression.FunctionCall(name, List.copyOf(arguments));
            }
        }
    }

    /**
     * The arguments of a function MariaDB's grammar spells out (YEAR(x), IF(c, a, b), ...): a wrong
     * number of them is a syntax error at the token where the grammar fails, not 1582.
     */
    private Expression fixedArguments(String name, int min, int max) {
        List<Expression> arguments = new ArrayList<>();
        while (arguments.size() < max && !(arguments.size() >= min && cursor.checkSymbol(")"))) {
            if (!arguments.isEmpty()) {
                cursor.expectSymbol(",");
            }
            arguments.add(expressions.expression());
        }
        cursor.expectSymbol(")");
        return new Expression.FunctionCall(name, List.copyOf(arguments));
    }

    /** ROW_NUMBER() OVER (): the one window seqdb has (Hibernate numbers the rows of INSERT ... SELECT with it). */
    private Expression rowNumber() {
        cursor.expectSymbol(")");
        cursor.expectWord("OVER");
        cursor.expectSymbol("(");
        if (!cursor.checkSymbol(")")) {
            throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, "window functions with PARTITION BY or ORDER BY");
        }
        cursor.expectSymbol(")");
        return new Expression.RowNumber();
    }

    /** COUNT(*), COUNT([DISTINCT] x), SUM/AVG/MIN/MAX([DISTINCT] x), after the opening parenthesis. */
    private Expression aggregate(String name) {
        if (name.equals("COUNT") && cursor.matchSymbol("*")) {
            cursor.expectSymbol(")");
            return new Expression.Aggregate(name, new Expression.Star(null), false);
        }
        boolean distinct = cursor.matchWord("DISTINCT");
        if (!distinct) {
            cursor.matchWord("ALL");
        }
        Expression argument = expressions.expression();
        cursor.expectSymbol(")");
        return new Expression.Aggregate(name, argument, distinct);
    }

    /**
     * GROUP_CONCAT([DISTINCT] x [, y ...] [ORDER BY ...] [SEPARATOR 'text']): several values are
     * concatenated per row first (a row with a NULL among them is left out, as CONCAT gives NULL).
     */
    private Expression groupConcat() {
        boolean distinct = cursor.matchWord("DISTINCT");
        List<Expression> values = new ArrayList<>();
        do {
            values.add(expressions.expression());
        } while (cursor.matchSymbol(","));
        List<org.seqdb.engine.sql.ast.Statement.OrderItem> orderBy = cursor.matchWords("ORDER", "BY")
                ? new SelectParser(cursor).orderBy() : List.of();
        String separator = ",";
        if (cursor.matchWord("SEPARATOR")) {
            Token text = cursor.advance();
            if (text.kind() != TokenKind.STRING) {
                throw cursor.errorAt(text);
            }
            separator = text.text();
        }
        cursor.expectSymbol(")");
        Expression argument = values.size() == 1 ? values.get(0) : new Expression.FunctionCall("CONCAT", List.copyOf(values));
        return new Expression.Aggregate("GROUP_CONCAT", argument, distinct, orderBy, separator);
    }

    /** SETVAL(s, longlong_num [, bool [, ulonglong_num]]): MariaDB takes only literals here. */
    private Expression setValue() {
        ObjectName sequence = expressions.objectName();
        cursor.expectSymbol(",");
        Expression value = signedNumberOrParameter();
        Expression isUsed = null;
        Expression round = null;
        if (cursor.matchSymbol(",")) {
            isUsed = booleanOrParameter();
            if (cursor.matchSymbol(",")) {
                round = unsignedNumberOrParameter();
            }
        }
        cursor.expectSymbol(")");
        return new Expression.SetValue(sequence, value, isUsed, round);
    }

    private Expression signedNumberOrParameter() {
        if (cursor.matchSymbol("-")) {
            Token digits = cursor.peek();
            if (digits.kind() != TokenKind.INTEGER) {
                throw cursor.error();
            }
            cursor.advance();
            return new Expression.Literal(expressions.longLiteral(digits, true));
        }
        return unsignedNumberOrParameter();
    }

    private Expression unsignedNumberOrParameter() {
        Token token = cursor.peek();
        if (token.kind() == TokenKind.PARAMETER) {
            cursor.advance();
            return new Expression.Parameter(cursor.parameterIndexOfPrevious());
        }
        if (token.kind() != TokenKind.INTEGER) {
            throw cursor.error();
        }
        cursor.advance();
        return new Expression.Literal(expressions.longLiteral(token, false));
    }

    private Expression booleanOrParameter() {
        if (cursor.matchWord("TRUE")) {
            return new Expression.Literal(1L);
        }
        if (cursor.matchWord("FALSE")) {
            return new Expression.Literal(0L);
        }
        return unsignedNumberOrParameter();
    }
}
