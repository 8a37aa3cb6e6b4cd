package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.seqdb.engine.Result;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * Subqueries in expressions: {@code (SELECT ...)} as a value, EXISTS, {@code x IN (SELECT ...)} and
 * {@code x op ANY|ALL (SELECT ...)}. A subquery runs with the row of the statement around it as
 * its outer row, so its names that its own FROM does not have are that row's columns (a correlated
 * subquery: {@code WHERE o.customer_id = c.id}).
 *
 * <p>A subquery that read no outer column while it ran gives the same rows for every outer row
 * (its tables do not change while the statement reads; it takes no sequence value), so its rows
 * are kept for the rest of the statement: {@code id IN (SELECT ...)} runs its SELECT once.
 */
final class Subqueries {
    /** Runs a SELECT or UNION for its rows. */
    interface Runner {
        Result run(Statement query, Object[] parameters);
    }

    private final SessionState state;
    private final Evaluator evaluator;
    private Runner runner;
    /** The rows of the statements around the running subquery, innermost last. */
    private final List<Row> outer = new ArrayList<>();
    /** How many values were read from outer rows, ever: a subquery that did not move it is uncorrelated. */
    private long outerReads;
    private final Map<Statement, Cached> cache = new IdentityHashMap<>();

    private record Cached(long statement, List<Object[]> rows, int width) {
    }

    Subqueries(SessionState state, Evaluator evaluator) {
        this.state = state;
        this.evaluator = evaluator;
    }

    void runWith(Runner queries) {
        this.runner = queries;
    }

    /** The rows of a query run for a derived table (FROM (SELECT ...) alias): not correlated, run where it is read. */
    Result run(Statement query, Object[] parameters) {
        return runner.run(query, parameters);
    }

    List<Row> outerRows() {
        return outer;
    }

    void countOuterRead() {
        outerReads++;
    }

    /** True if an expression has a subquery in it. */
    static boolean contains(Expression e) {
        return ExpressionTree.contains(e, Expression.Subquery.class) || ExpressionTree.contains(e, Expression.Exists.class)
                || ExpressionTree.contains(e, Expression.InSubquery.class)
                || ExpressionTree.contains(e, Expression.Quantified.class);
    }

    Object scalar(Expression.Subquery subquery, Row row, Object[] parameters) {
        Cached result = rows(subquery.query(), row, parameters);
        oneColumn(result);
        if (result.rows().isEmpty()) {
            return null;
        }
        if (result.rows().size() > 1) {
            throw new SeqDbException(ErrorCode.ER_SUBQUERY_NO_1_ROW);
        }
        return result.rows().get(0)[0];
    }

    Object exists(Expression.Exists exists, Row row, Object[] parameters) {
        return rows(exists.query(), row, parameters).rows().isEmpty() ? 0L : 1L;
    }

    /** {@code x [NOT] IN (SELECT ...)}: NULL when x is NULL (and there are rows) or when no row equals x but one is NULL. */
    Object in(Expression.InSubquery in, Row row, Object[] parameters) {
        Object value = evaluator.evaluate(in.operand(), row, parameters);
        Cached result = rows(in.query(), row, parameters);
        oneColumn(result);
        if (result.rows().isEmpty()) {
            return in.negated() ? 1L : 0L;
        }
        if (value == null) {
            return null;
        }
        boolean sawNull = false;
        for (Object[] candidate : result.rows()) {
            Integer order = Arithmetic.compare(value, candidate[0]);
            if (order == null) {
                sawNull = true;
            } else if (order == 0) {
                return in.negated() ? 0L : 1L;
            }
        }
        return sawNull ? null : in.negated() ? 1L : 0L;
    }

    /** {@code x op ANY (SELECT ...)}: true if one comparison is; {@code x op ALL (...)}: false if one is not. */
    Object quantified(Expression.Quantified q, Row row, Object[] parameters) {
        Object value = evaluator.evaluate(q.operand(), row, parameters);
        Cached result = rows(q.query(), row, parameters);
        oneColumn(result);
        boolean sawNull = false;
        for (Object[] candidate : result.rows()) {
            Integer order = Arithmetic.compare(value, candidate[0]);
            if (order == null) {
                sawNull = true;
                continue;
            }
            boolean holds = switch (q.operator()) {
                case "=" -> order == 0;
                case "<>" -> order != 0;
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            };
            if (holds != q.all()) {
                return holds ? 1L : 0L;
            }
        }
        if (sawNull) {
            return null;
        }
        return q.all() ? 1L : 0L;
    }

    private static void oneColumn(Cached result) {
        if (result.width() != 1) {
            throw new SeqDbException(ErrorCode.ER_OPERAND_COLUMNS, 1);
        }
    }

    /** The subquery's rows with {@code row} as its outer row, run again only when it is correlated. */
    private Cached rows(Statement query, Row row, Object[] parameters) {
        Cached cached = cache.get(query);
        if (cached != null && cached.statement() == state.statementSerial) {
            return cached;
        }
        long readsBefore = outerReads;
        outer.add(row);
        Result result;
        try {
            result = runner.run(query, parameters);
        } finally {
            outer.remove(outer.size() - 1);
        }
        Cached fresh = new Cached(state.statementSerial, result.rows(), result.columns().size());
        if (outerReads == readsBefore && !Expressions.hasSideEffects(query)) {
            if (cache.size() >= NodeCache.CAPACITY) {
                cache.clear();
            }
            cache.put(query, fresh);
        } else {
            cache.remove(query);
        }
        return fresh;
    }
}
