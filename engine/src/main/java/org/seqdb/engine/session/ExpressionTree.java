package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.seqdb.engine.sql.ast.Expression;

/**
 * The shape of expressions: each node's operands, a visit of every node, and a copy with some
 * nodes replaced. A subquery is a leaf here: its expressions belong to its own SELECT (they are
 * resolved and evaluated when it runs), except the operand of {@code x IN (SELECT ...)} and
 * {@code x > ALL (SELECT ...)}, which is the outer statement's.
 */
final class ExpressionTree {
    private ExpressionTree() {
    }

    /** The operands of a node, in evaluation order; nulls left out. */
    static List<Expression> children(Expression expression) {
        List<Expression> children = new ArrayList<>();
        if (expression instanceof Expression.Binary b) {
            children.add(b.left());
            children.add(b.right());
        } else if (expression instanceof Expression.Unary u) {
            children.add(u.operand());
        } else if (expression instanceof Expression.FunctionCall f) {
            children.addAll(f.arguments());
        } else if (expression instanceof Expression.SetValue set) {
            add(children, set.value());
            add(children, set.isUsed());
            add(children, set.round());
        } else if (expression instanceof Expression.IsNull n) {
            children.add(n.operand());
        } else if (expression instanceof Expression.Like l) {
            children.add(l.operand());
            children.add(l.pattern());
            add(children, l.escape());
        } else if (expression instanceof Expression.In in) {
            children.add(in.operand());
            children.addAll(in.list());
        } else if (expression instanceof Expression.Between b) {
            children.add(b.operand());
            children.add(b.low());
            children.add(b.high());
        } else if (expression instanceof Expression.Aggregate a) {
            children.add(a.argument());
            for (org.seqdb.engine.sql.ast.Statement.OrderItem order : a.orderBy()) {
                children.add(order.expression());
            }
        } else if (expression instanceof Expression.Case c) {
            add(children, c.operand());
            for (Expression.When when : c.whens()) {
                children.add(when.condition());
                children.add(when.result());
            }
            add(children, c.otherwise());
        } else if (expression instanceof Expression.Cast c) {
            children.add(c.operand());
        } else if (expression instanceof Expression.InSubquery in) {
            children.add(in.operand());
        } else if (expression instanceof Expression.Quantified q) {
            children.add(q.operand());
        }
        return children;
    }

    private static void add(List<Expression> children, Expression child) {
        if (child != null) {
            children.add(child);
        }
    }

    /** Visits every node of an expression, parents before children (null: nothing). */
    static void forEach(Expression expression, Consumer<Expression> visitor) {
        if (expression == null) {
            return;
        }
        visitor.accept(expression);
        for (Expression child : children(expression)) {
            forEach(child, visitor);
        }
    }

    /** True if some node of the expression is one of these (a subquery's insides not counted). */
    static boolean contains(Expression expression, Class<? extends Expression> kind) {
        if (expression == null) {
            return false;
        }
        if (kind.isInstance(expression)) {
            return true;
        }
        for (Expression child : children(expression)) {
            if (contains(child, kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The expression with each node for which {@code replace} gives something else replaced by that
     * (its children then not visited); other nodes are rebuilt around their rewritten operands.
     */
    static Expression rewrite(Expression expression, UnaryOperator<Expression> replace) {
        if (expression == null) {
            return null;
        }
        Expression replaced = replace.apply(expression);
        if (replaced != expression) {
            return replaced;
        }
        if (expression instanceof Expression.Binary b) {
            return new Expression.Binary(b.operator(), rewrite(b.left(), replace), rewrite(b.right(), replace));
        }
        if (expression instanceof Expression.Unary u) {
            return new Expression.Unary(u.operator(), rewrite(u.operand(), replace));
        }
        if (expression instanceof Expression.FunctionCall f) {
            return new Expression.FunctionCall(f.name(), all(f.arguments(), replace));
        }
        if (expression instanceof Expression.IsNull n) {
            return new Expression.IsNull(rewrite(n.operand(), replace), n.negated());
        }
        if (expression instanceof Expression.Like l) {
            return new Expression.Like(rewrite(l.operand(), replace), rewrite(l.pattern(), replace), l.negated(),
                    rewrite(l.escape(), replace));
        }
        if (expression instanceof Expression.In in) {
            return new Expression.In(rewrite(in.operand(), replace), all(in.list(), replace), in.negated());
        }
        if (expression instanceof Expression.Between b) {
            return new Expression.Between(rewrite(b.operand(), replace), rewrite(b.low(), replace),
                    rewrite(b.high(), replace), b.negated());
        }
        if (expression instanceof Expression.Case c) {
            List<Expression.When> whens = new ArrayList<>();
            for (Expression.When when : c.whens()) {
                whens.add(new Expression.When(rewrite(when.condition(), replace), rewrite(when.result(), replace)));
            }
            return new Expression.Case(rewrite(c.operand(), replace), List.copyOf(whens),
                    rewrite(c.otherwise(), replace));
        }
        if (expression instanceof Expression.Cast c) {
            return new Expression.Cast(rewrite(c.operand(), replace), c.target(), c.text());
        }
        if (expression instanceof Expression.InSubquery in) {
            return new Expression.InSubquery(rewrite(in.operand(), replace), in.query(), in.negated());
        }
        if (expression instanceof Expression.Quantified q) {
            return new Expression.Quantified(q.operator(), rewrite(q.operand(), replace), q.all(), q.query());
        }
        return expression;
    }

    private static List<Expression> all(List<Expression> expressions, UnaryOperator<Expression> replace) {
        List<Expression> rewritten = new ArrayList<>(expressions.size());
        for (Expression e : expressions) {
            rewritten.add(rewrite(e, replace));
        }
        return List.copyOf(rewritten);
    }
}
