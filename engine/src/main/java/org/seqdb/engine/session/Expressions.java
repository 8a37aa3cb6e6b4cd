package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;

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
        if (e == null) {
            return;
        }
        if (e instanceof Expression.ColumnRef ref) {
            refs.add(ref);
        } else if (e instanceof Expression.Binary b) {
            collect(b.left(), refs);
            collect(b.right(), refs);
        } else if (e instanceof Expression.Unary u) {
            collect(u.operand(), refs);
        } else if (e instanceof Expression.FunctionCall f) {
            f.arguments().forEach(a -> collect(a, refs));
        } else if (e instanceof Expression.IsNull n) {
            collect(n.operand(), refs);
        } else if (e instanceof Expression.Like l) {
            collect(l.operand(), refs);
            collect(l.pattern(), refs);
        } else if (e instanceof Expression.In in) {
            collect(in.operand(), refs);
            in.list().forEach(a -> collect(a, refs));
        } else if (e instanceof Expression.Between b) {
            collect(b.operand(), refs);
            collect(b.low(), refs);
            collect(b.high(), refs);
        } else if (e instanceof Expression.Aggregate a) {
            collect(a.argument(), refs);
        }
    }

    /** True if the expression takes sequence values or sets variables (it must run where it is written). */
    static boolean hasSideEffects(Expression e) {
        return Diagnostics.usesSequence(e);
    }
}
