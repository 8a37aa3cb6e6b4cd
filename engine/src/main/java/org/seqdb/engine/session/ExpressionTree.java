package org.seqdb.engine.session;

import java.util.function.Consumer;
import org.seqdb.engine.sql.ast.Expression;

/** Visits every node of an expression, parents before children. */
final class ExpressionTree {
    private ExpressionTree() {
    }

    static void forEach(Expression expression, Consumer<Expression> visitor) {
        if (expression == null) {
            return;
        }
        visitor.accept(expression);
        if (expression instanceof Expression.Binary b) {
            forEach(b.left(), visitor);
            forEach(b.right(), visitor);
        } else if (expression instanceof Expression.Unary u) {
            forEach(u.operand(), visitor);
        } else if (expression instanceof Expression.FunctionCall f) {
            f.arguments().forEach(argument -> forEach(argument, visitor));
        } else if (expression instanceof Expression.SetValue set) {
            forEach(set.value(), visitor);
            forEach(set.isUsed(), visitor);
            forEach(set.round(), visitor);
        } else if (expression instanceof Expression.IsNull n) {
            forEach(n.operand(), visitor);
        } else if (expression instanceof Expression.Like l) {
            forEach(l.operand(), visitor);
            forEach(l.pattern(), visitor);
        } else if (expression instanceof Expression.In in) {
            forEach(in.operand(), visitor);
            in.list().forEach(item -> forEach(item, visitor));
        } else if (expression instanceof Expression.Between b) {
            forEach(b.operand(), visitor);
            forEach(b.low(), visitor);
            forEach(b.high(), visitor);
        } else if (expression instanceof Expression.Aggregate a) {
            forEach(a.argument(), visitor);
        }
    }
}
