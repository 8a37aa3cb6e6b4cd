package org.seqdb.engine.sql.ast;

import java.util.List;

/** Finds aggregate calls (COUNT, SUM, AVG, MIN, MAX) in expressions: they make a select grouped. */
public final class Aggregates {
    private Aggregates() {
    }

    /** The names that are aggregate functions when called. */
    public static boolean isAggregateName(String upperName) {
        return switch (upperName) {
            case "COUNT", "SUM", "AVG", "MIN", "MAX" -> true;
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
            return contains(l.operand()) || contains(l.pattern());
        }
        if (expression instanceof Expression.In in) {
            return contains(in.operand()) || any(in.list());
        }
        if (expression instanceof Expression.Between b) {
            return contains(b.operand()) || contains(b.low()) || contains(b.high());
        }
        return false;
    }

    private static boolean any(List<Expression> expressions) {
        return expressions.stream().anyMatch(Aggregates::contains);
    }
}
