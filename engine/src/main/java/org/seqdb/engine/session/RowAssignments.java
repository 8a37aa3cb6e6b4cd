package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.table.TableShape;

/**
 * What changing a stored row's columns takes, for UPDATE and for INSERT ... ON DUPLICATE KEY
 * UPDATE: an assigned value made fit for its column (DEFAULT meaning the column's default, NULL
 * refused by a NOT NULL column), the ON UPDATE CURRENT_TIMESTAMP columns the statement left alone,
 * and whether anything changed at all.
 */
final class RowAssignments {
    private final Evaluator evaluator;
    private final ColumnDefaults defaults;

    RowAssignments(Evaluator evaluator, ColumnDefaults defaults) {
        this.evaluator = evaluator;
        this.defaults = defaults;
    }

    /** The value {@code value} gives column {@code column} of a row now holding {@code values}. */
    Object assigned(TableHandle table, int column, Expression value, List<Column> columns, Object[] values,
                    int row, Object[] parameters) {
        TableShape.ShapeColumn target = table.shape().column(column);
        Object result;
        if (value instanceof Expression.DefaultValue) {
            result = defaults.defaultValue(table, column, row, columns, values, parameters);
        } else {
            result = defaults.fit(table, column, evaluator.evaluate(value, new Row(columns, values), parameters), row);
        }
        if (result == null && !target.nullable()) {
            throw new SeqDbException(ErrorCode.ER_BAD_NULL_ERROR, target.name());
        }
        return result;
    }

    /** ON UPDATE CURRENT_TIMESTAMP columns not set by the statement take the time when the row changes. */
    void onUpdate(TableHandle table, List<Column> columns, Object[] values, Object[] old, int row,
                  Object[] parameters) {
        TableShape shape = table.shape();
        for (int i = 0; i < values.length; i++) {
            Expression expression = defaults.onUpdate(shape, i);
            if (expression != null && TableRows.sameKey(values[i], old[i])) {
                values[i] = defaults.fit(table, i, evaluator.evaluate(expression, new Row(columns, values), parameters),
                        row);
            }
        }
    }

    static boolean changed(Object[] before, Object[] after) {
        for (int i = 0; i < before.length; i++) {
            if (!TableRows.sameKey(before[i], after[i])) {
                return true;
            }
        }
        return false;
    }
}
