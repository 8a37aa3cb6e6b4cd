package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * Which statements start a new list of notes and warnings. MariaDB resets the list for each
 * statement that uses tables; a statement that uses none (SELECT 1, SELECT @@warning_count,
 * SHOW WARNINGS) leaves the list of the statement before readable, until it raises a condition
 * of its own (see {@link SessionState#addNotice}).
 */
final class Diagnostics {
    private Diagnostics() {
    }

    static boolean keepsPreviousNotices(Statement statement) {
        if (statement instanceof Statement.ShowWarnings) {
            return true;
        }
        if (statement instanceof Statement.Select select) {
            boolean noTable = select.from() == null || select.from().dual();
            if (!noTable || usesSequence(select.where())) {
                return false;
            }
            // loops, not streams: this runs before every statement (the NEXTVAL hot path among them)
            for (Statement.SelectItem item : select.items()) {
                if (usesSequence(item.expression())) {
                    return false;
                }
            }
            return true;
        }
        if (statement instanceof Statement.Union union) {
            return union.parts().stream().allMatch(Diagnostics::keepsPreviousNotices);
        }
        if (statement instanceof Statement.Do doStatement) {
            return !anyUsesSequence(doStatement.expressions());
        }
        return false;
    }

    /** True if the expression reads or changes a sequence (so the statement uses a table). */
    static boolean usesSequence(Expression expression) {
        if (expression == null) {
            return false;
        }
        if (expression instanceof Expression.NextValue || expression instanceof Expression.PreviousValue
                || expression instanceof Expression.SetValue) {
            return true;
        }
        if (expression instanceof Expression.Binary b) {
            return usesSequence(b.left()) || usesSequence(b.right());
        }
        if (expression instanceof Expression.Unary u) {
            return usesSequence(u.operand());
        }
        if (expression instanceof Expression.FunctionCall f) {
            return anyUsesSequence(f.arguments());
        }
        if (expression instanceof Expression.IsNull n) {
            return usesSequence(n.operand());
        }
        if (expression instanceof Expression.Like l) {
            return usesSequence(l.operand()) || usesSequence(l.pattern()) || usesSequence(l.escape());
        }
        if (expression instanceof Expression.In in) {
            return usesSequence(in.operand()) || anyUsesSequence(in.list());
        }
        if (expression instanceof Expression.Subquery || expression instanceof Expression.Exists
                || expression instanceof Expression.InSubquery || expression instanceof Expression.Quantified) {
            // a subquery may read tables and sequences: counted as using them
            return true;
        }
        if (expression instanceof Expression.Case || expression instanceof Expression.Cast
                || expression instanceof Expression.Between || expression instanceof Expression.Aggregate) {
            return anyUsesSequence(ExpressionTree.children(expression));
        }
        return false;
    }

    private static boolean anyUsesSequence(List<Expression> expressions) {
        for (Expression expression : expressions) {
            if (usesSequence(expression)) {
                return true;
            }
        }
        return false;
    }
}
