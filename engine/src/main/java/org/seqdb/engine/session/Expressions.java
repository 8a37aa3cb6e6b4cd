package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/** Walks expressions: the column references in one, and whether evaluating it changes anything. */
final class Expressions {
    private Expressions() {
    }

    static List<Expression.ColumnRef> columnRefs(Expression expression) {
        List<Expression.ColumnRef> refs = new ArrayList<>();
        collect(expression, refs);
        return refs;
    }

    private static void collect(Expression e, List<Expression.ColumnRef> refs) {
        ExpressionTree.forEach(e, node -> {
            if (node instanceof Expression.ColumnRef ref) {
                refs.add(ref);
            }
        });
    }

    /** True if the expression takes sequence values or sets variables (it must run where it is written). */
    static boolean hasSideEffects(Expression e) {
        return Diagnostics.usesSequence(e);
    }

    /** True if a query takes sequence values or sets LAST_INSERT_ID anywhere, its subqueries included. */
    static boolean hasSideEffects(Statement query) {
        for (Expression e : expressionsOf(query)) {
            boolean[] found = {false};
            ExpressionTree.forEach(e, node -> {
                if (node instanceof Expression.NextValue || node instanceof Expression.SetValue
                        || node instanceof Expression.FunctionCall f && f.name().equals("LAST_INSERT_ID")
                        && !f.arguments().isEmpty()) {
                    found[0] = true;
                } else if (node instanceof Expression.Subquery s && hasSideEffects(s.query())
                        || node instanceof Expression.Exists x && hasSideEffects(x.query())
                        || node instanceof Expression.InSubquery in && hasSideEffects(in.query())
                        || node instanceof Expression.Quantified q && hasSideEffects(q.query())) {
                    found[0] = true;
                }
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    /** Every expression of a SELECT or UNION: select lists, ON, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT. */
    static List<Expression> expressionsOf(Statement query) {
        List<Expression> all = new ArrayList<>();
        List<Statement.Select> parts = query instanceof Statement.Union union ? union.parts()
                : query instanceof Statement.Select select ? List.of(select) : List.of();
        for (Statement.Select select : parts) {
            select.items().forEach(item -> all.add(item.expression()));
            if (select.from() != null) {
                select.from().joins().forEach(join -> all.add(join.on()));
            }
            all.add(select.where());
            all.addAll(select.groupBy());
            all.add(select.having());
            select.orderBy().forEach(order -> all.add(order.expression()));
        }
        all.removeIf(java.util.Objects::isNull);
        return all;
    }
}
