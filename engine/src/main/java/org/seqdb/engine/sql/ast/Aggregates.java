package org.seqdb.engine.sql.ast;

import java.util.List;

/** Finds aggregate calls (COUNT, SUM, AVG, MIN, MAX) in expressions: they make a select grouped. */
public final class Aggregates {
    private Aggregates() {
    }

    /** The names that are aggregate functions when called. */
    public static boolean isAggregateName(String upperName) {
        return switch (upperName) {
            case "COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT" -> true;
            default -> false;
        };
    }

    public static boolean contains(Expression expression) {
        if (expression == null) {
            return false;
        }
        if (expression instanceof Expression.Aggregate) {
            return true;
        }
        if (expression instanceof Expression.Binary b) {
            return contains(b.left()) || contains(b.right());
        }
        if (expression instanceof Expression.Unary u) {
            return contains(u.operand());
        }
        if (expression instanceof Expression.FunctionCall f) {
            return any(f.arguments());
        }
        if (expression instanceof Expression.IsNull n) {
            return contains(n.operand());
        }
        if (expression instanceof Expression.Like l) {
            return contains(l.operand()) || contains(l.pattern()) || contains(l.escape());
        }
        if (expression instanceof Expression.In in) {
            return contains(in.operand()) || any(in.list());
        }
        if (expression instanceof Expression.Between b) {
            return contains(b.operand()) || contains(b.low()) || contains(b.high());
        }
        if (expression instanceof Expression.Case c) {
            if (contains(c.operand()) || contains(c.otherwise())) {
                return true;
            }
            for (Expression.When when : c.whens()) {
                if (contains(when.condition()) || contains(when.result())) {
                    return true;
                }
            }
            return false;
        }
        if (expression instanceof Expression.Cast c) {
            return contains(c.operand());
        }
        if (expression instanceof Expression.InSubquery in) {
            return contains(in.operand());
        }
        if (expression instanceof Expression.Quantified q) {
            return contains(q.operand());
        }
        return false;
    }

    private static boolean any(List<Expression> expressions) {
        // a loop, not a stream: grouped() asks on every execution of every SELECT
        for (Expression expression : expressions) {
            if (contains(expression)) {
                return true;
            }
        }
        return false;
    }
}
