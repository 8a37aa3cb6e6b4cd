package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;

/**
 * The functions that choose a value: COALESCE, IFNULL (NVL), NULLIF, IF, LEAST, GREATEST and
 * CASE. Only what is needed is evaluated (COALESCE stops at the first value that is not NULL,
 * IF and CASE evaluate the branch taken), and the value chosen takes the type of all the
 * candidates together ({@link ExprType#aggregate}), as MariaDB returns it.
 */
final class ControlFunctions {
    private final Evaluator evaluator;

    ControlFunctions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    static boolean has(String name) {
        return switch (name) {
            case "COALESCE", "IFNULL", "NVL", "NULLIF", "IF", "LEAST", "GREATEST" -> true;
            default -> false;
        };
    }


    Object call(Expression.FunctionCall call, Row row, Object[] parameters) {
        List<Expression> args = call.arguments();
        return switch (call.name()) {
            case "COALESCE", "IFNULL", "NVL" -> {
                for (Expression arg : args) {
                    Object value = evaluator.evaluate(arg, row, parameters);
                    if (value != null) {
                        yield typed(args, 0, row, parameters, value);
                    }
                }
                yield null;
            }
            case "NULLIF" -> {
                Object first = evaluator.evaluate(args.get(0), row, parameters);
                Integer order = Arithmetic.compare(first, evaluator.evaluate(args.get(1), row, parameters));
                yield order != null && order == 0 ? null : first;
            }
            case "IF" -> {
                boolean condition = evaluator.truth(evaluator.evaluate(args.get(0), row, parameters));
                Object value = evaluator.evaluate(args.get(condition ? 1 : 2), row, parameters);
                yield typed(args, 1, row, parameters, value);
            }
            default -> extreme(call.name().equals("LEAST") ? -1 : 1, args, row, parameters);
        };
    }

    /** LEAST / GREATEST: NULL if any argument is; compared as numbers unless all are text. */
    private Object extreme(int sign, List<Expression> args, Row row, Object[] parameters) {
        Object best = null;
        List<Object> values = new ArrayList<>();
        for (Expression arg : args) {
            Object value = evaluator.evaluate(arg, row, parameters);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        for (Object value : values) {
            if (best == null || Arithmetic.compare(value, best) * sign > 0) {
                best = value;
            }
        }
        return typed(args, 0, row, parameters, best);
    }

    /** CASE [operand] WHEN ... THEN ... [ELSE ...] END. */
    Object caseOf(Expression.Case c, Row row, Object[] parameters) {
        Object operand = c.operand() == null ? null : evaluator.evaluate(c.operand(), row, parameters);
        Expression chosen = c.otherwise();
        for (Expression.When when : c.whens()) {
            Object condition = evaluator.evaluate(when.condition(), row, parameters);
            boolean taken;
            if (c.operand() == null) {
                taken = evaluator.truth(condition);
            } else {
                Integer order = Arithmetic.compare(operand, condition);
                taken = order != null && order == 0;
            }
            if (taken) {
                chosen = when.result();
                break;
            }
        }
        if (chosen == null) {
            return null;
        }
        Object value = evaluator.evaluate(chosen, row, parameters);
        if (value == null) {
            return null;
        }
        List<Expression> branches = new ArrayList<>();
        for (Expression.When when : c.whens()) {
            branches.add(when.result());
        }
        if (c.otherwise() != null) {
            branches.add(c.otherwise());
        }
        return typed(branches, 0, row, parameters, value);
    }

    /** {@code value} (one of {@code candidates} from {@code from} on) as the type of them all. */
    private static Object typed(List<Expression> candidates, int from, Row row, Object[] parameters, Object value) {
        if (value == null) {
            return null;
        }
        List<ExprType> types = new ArrayList<>();
        for (int i = from; i < candidates.size(); i++) {
            ExprType type = ExpressionTypes.of(candidates.get(i), row, parameters);
            if (type == null) {
                return value;
            }
            types.add(type);
        }
        return ExprType.aggregate(types).convert(value);
    }
}
