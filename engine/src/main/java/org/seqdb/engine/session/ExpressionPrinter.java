package org.seqdb.engine.session;

import java.util.stream.Collectors;
import org.seqdb.engine.sql.ast.Expression;

/** An expression as MariaDB prints it in messages (1690 quotes the expression that overflowed). */
final class ExpressionPrinter {
    private ExpressionPrinter() {
    }

    static String print(Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            Object value = literal.value();
            return value == null ? "NULL" : value instanceof String s ? "'" + s + "'" : String.valueOf(value);
        }
        if (expression instanceof Expression.Binary binary) {
            return operand(binary.left()) + " " + binary.operator().toLowerCase(java.util.Locale.ROOT) + " "
                    + operand(binary.right());
        }
        if (expression instanceof Expression.Unary unary) {
            return unary.operator().equals("-") ? "-" + operand(unary.operand()) : "!" + operand(unary.operand());
        }
        if (expression instanceof Expression.NextValue next) {
            return "nextval(" + next.sequence() + ")";
        }
        if (expression instanceof Expression.PreviousValue previous) {
            return "lastval(" + previous.sequence() + ")";
        }
        if (expression instanceof Expression.ColumnRef column) {
            return "`" + column.name() + "`";
        }
        if (expression instanceof Expression.FunctionCall call) {
            return call.name().toLowerCase(java.util.Locale.ROOT) + "("
                    + call.arguments().stream().map(ExpressionPrinter::print).collect(Collectors.joining(",")) + ")";
        }
        if (expression instanceof Expression.Parameter) {
            return "?";
        }
        return expression.toString();
    }

    private static String operand(Expression expression) {
        String text = print(expression);
        return expression instanceof Expression.Binary ? "(" + text + ")" : text;
    }
}
