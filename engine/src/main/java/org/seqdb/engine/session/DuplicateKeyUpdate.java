package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.table.RowKeys;
import org.seqdb.engine.table.TableShape;

/**
 * INSERT ... ON DUPLICATE KEY UPDATE: a row whose primary or unique key another row has updates
 * that row instead of being inserted. The row found is the first of the table's keys (primary,
 * then unique ones in order) that conflicts, as InnoDB finds it; the assignments run left to right
 * on it, with VALUES(column) the value the new row would have had. Counted as Connector/J
 * counts it (found rows): 2 for a row changed, 1 for a row found but left as it was.
 */
final class DuplicateKeyUpdate {
    private final SessionState state;
    private final ForeignKeys foreignKeys;
    private final RowAssignments assignments;

    DuplicateKeyUpdate(SessionState state, Evaluator evaluator, ColumnDefaults defaults, ForeignKeys foreignKeys) {
        this.state = state;
        this.foreignKeys = foreignKeys;
        this.assignments = new RowAssignments(evaluator, defaults);
    }

    /** Checks the names before any row is written: 1054 in 'UPDATE' for a target, in 'SELECT' for a value. */
    void check(TableHandle table, List<Statement.ColumnAssignment> onDuplicate, Evaluator evaluator) {
        ColumnBinder binder = new ColumnBinder(table.shape(), null, state.variables.oracleMode(),
                evaluator::isOuterColumn);
        for (Statement.ColumnAssignment assignment : onDuplicate) {
            binder.check(new Expression.ColumnRef(assignment.qualifier(), assignment.column()), "UPDATE", List.of());
        }
        for (Statement.ColumnAssignment assignment : onDuplicate) {
            binder.check(assignment.value(), "SELECT", List.of());
        }
    }

    /** A stored row (its key and newest values, locked) that a new row's key conflicts with. */
    record Conflict(Object key, Object[] values) {
    }

    /** The stored row the new row's primary or unique key conflicts with; null if none. */
    Conflict conflict(TableRows rows, Object[] values) {
        TableShape shape = rows.shape();
        if (shape.primaryKey() != null) {
            Conflict found = locked(rows, RowKeys.of(shape.primaryKey(), values, shape));
            if (found != null) {
                return found;
            }
        }
        List<TableShape.KeyShape> unique = shape.uniqueKeys();
        for (int i = 0; i < unique.size(); i++) {
            Object value = RowKeys.of(unique.get(i), values, shape);
            Conflict found = value == null ? null : locked(rows, rows.findByUniqueLatest(i, value));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Conflict locked(TableRows rows, Object key) {
        Object[] stored = key == null ? null : rows.lock(key);
        return stored == null ? null : new Conflict(key, stored);
    }

    /** Updates the conflicting row by the assignments; returns the count MariaDB reports for it (2 or 1). */
    long update(TableHandle table, TableRows rows, Conflict conflict, Object[] inserted,
                List<Statement.ColumnAssignment> onDuplicate, int rowNumber, Object[] parameters) {
        TableShape shape = table.shape();
        List<Column> columns = TableColumns.of(table);
        Object[] old = conflict.values();
        Object[] values = old.clone();
        for (Statement.ColumnAssignment assignment : onDuplicate) {
            int target = shape.indexOf(assignment.column());
            Expression value = ExpressionTree.rewrite(assignment.value(), e -> insertedValue(e, shape, inserted));
            values[target] = assignments.assigned(table, target, value, columns, values, rowNumber, parameters);
        }
        if (!RowAssignments.changed(old, values)) {
            return 1;
        }
        assignments.onUpdate(table, columns, values, old, rowNumber, parameters);
        foreignKeys.update(rows, conflict.key(), old, values);
        return 2;
    }

    /** VALUES(column) becomes the value the new row has in that column; other nodes stay. */
    private static Expression insertedValue(Expression e, TableShape shape, Object[] inserted) {
        if (e instanceof Expression.FunctionCall f && f.name().equals("VALUES")
                && f.arguments().get(0) instanceof Expression.ColumnRef column) {
            return new Expression.Literal(inserted[shape.indexOf(column.name())]);
        }
        return e;
    }
}
