package org.seqdb.engine.session;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.table.TableShape;

/**
 * Checks, before a statement on a table runs, that every column it names exists, so that an
 * unknown column is MariaDB's 1054 naming the clause ('SELECT', 'WHERE', 'ORDER BY', 'SET',
 * 'INSERT INTO', ...) even when the table has no rows. A qualifier must be the alias if the
 * table has one, else the table's name (optionally with its database).
 */
final class ColumnBinder {
    private final TableShape shape;
    private final String alias;
    private final boolean oracleMode;
    /** Names a subquery may take from the rows around it (none outside subqueries). */
    private final Predicate<Expression.ColumnRef> outer;

    ColumnBinder(TableShape shape, String alias, boolean oracleMode, Predicate<Expression.ColumnRef> outer) {
        this.shape = shape;
        this.alias = alias;
        this.oracleMode = oracleMode;
        this.outer = outer;
    }

    /** Checks {@code expression}; names in {@code aliases} (select-list labels) count as known. */
    void check(Expression expression, String clause, List<String> aliases) {
        if (expression == null) {
            return;
        }
        if (expression instanceof Expression.ColumnRef ref) {
            checkColumn(ref, clause, aliases);
        } else if (expression instanceof Expression.Star star && star.qualifier() != null
                && !qualifierMatches(star.qualifier())) {
            throw new SeqDbException(ErrorCode.ER_BAD_TABLE_ERROR, shape.database() + "." + star.qualifier());
        } else {
            for (Expression child : ExpressionTree.children(expression)) {
                check(child, clause, aliases);
            }
        }
    }

    private void checkColumn(Expression.ColumnRef ref, String clause, List<String> aliases) {
        if (ref.qualifier() == null) {
            if (shape.indexOf(ref.name()) >= 0 || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(ref.name()))
                    || outer.test(ref)) {
                return;
            }
            throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, ref.name(), clause);
        }
        String function = ref.name().toLowerCase(Locale.ROOT);
        if (oracleMode && (function.equals("nextval") || function.equals("currval"))) {
            return;
        }
        if ((!qualifierMatches(ref.qualifier()) || shape.indexOf(ref.name()) < 0) && !outer.test(ref)) {
            throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, ref.qualifier() + "." + ref.name(), clause);
        }
    }

    /** The alias when there is one (MariaDB then no longer knows the table's own name), else the table. */
    boolean qualifierMatches(String qualifier) {
        if (alias != null) {
            return qualifier.equals(alias);
        }
        return qualifier.equals(shape.name()) || qualifier.equals(shape.database() + "." + shape.name());
    }
}
