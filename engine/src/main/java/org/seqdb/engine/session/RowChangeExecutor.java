package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.RowTransaction;
import org.seqdb.engine.table.TableShape;

/**
 * UPDATE and DELETE of one table's rows. The rows WHERE selects are found (by key when it pins
 * one), locked and checked again on their newest committed values, then changed in key order
 * (ORDER BY / LIMIT first when given). SET assignments run left to right, each seeing the ones
 * before it, as MariaDB's single-table UPDATE does. The count is of rows matched, as MariaDB
 * reports it to Connector/J (CLIENT_FOUND_ROWS).
 */
final class RowChangeExecutor {
    private final SessionState state;
    private final Transactions transactions;
    private final Evaluator evaluator;
    private final RowFinder finder;
    private final ForeignKeys foreignKeys;
    private final RowAssignments assignments;

    RowChangeExecutor(SessionState state, Transactions transactions, Evaluator evaluator, ColumnDefaults defaults,
                      ForeignKeys foreignKeys) {
        this.state = state;
        this.transactions = transactions;
        this.evaluator = evaluator;
        this.finder = new RowFinder(evaluator);
        this.foreignKeys = foreignKeys;
        this.assignments = new RowAssignments(evaluator, defaults);
    }

    Result update(TableHandle table, Statement.Update update, Object[] parameters) {
        TableShape shape = table.shape();
        ColumnBinder binder = new ColumnBinder(shape, update.alias(), state.variables.oracleMode(),
                evaluator::isOuterColumn);
        int[] targets = new int[update.assignments().size()];
        for (int i = 0; i < targets.length; i++) {
            Statement.ColumnAssignment assignment = update.assignments().get(i);
            binder.check(new Expression.ColumnRef(assignment.qualifier(), assignment.column()), "SET", List.of());
            targets[i] = shape.indexOf(assignment.column());
        }
        for (Statement.ColumnAssignment assignment : update.assignments()) {
            binder.check(assignment.value(), "SET", List.of());
        }
        binder.check(update.where(), "WHERE", List.of());
        for (Statement.OrderItem order : update.orderBy()) {
            binder.check(order.expression(), "ORDER BY", List.of());
        }
        List<Column> columns = TableColumns.of(table, update.alias() != null ? update.alias() : table.name());
        return transactions.statement(() -> inStatement(table, rows -> {
            long matched = 0;
            int rowNumber = 0;
            for (TableRows.StoredRow row : selected(rows, columns, update.where(), update.orderBy(), update.limit(),
                    parameters)) {
                rowNumber++;
                state.currentRow = rowNumber;
                Object[] current = rows.current(row.key());
                if (current == null) {
                    // deleted by a foreign key's cascade from a row changed before it
                    continue;
                }
                row = new TableRows.StoredRow(row.key(), current);
                matched++;
                Object[] values = row.values().clone();
                for (int i = 0; i < targets.length; i++) {
                    values[targets[i]] = assignments.assigned(table, targets[i], update.assignments().get(i).value(),
                            columns, values, rowNumber, parameters);
                }
                if (RowAssignments.changed(row.values(), values)) {
                    assignments.onUpdate(table, columns, values, row.values(), rowNumber, parameters);
                    foreignKeys.update(rows, row.key(), row.values(), values);
                }
            }
            return Result.updateCount(matched);
        }));
    }

    Result delete(TableHandle table, Statement.Delete delete, Object[] parameters) {
        if (delete.target() != null && !delete.target().equals(delete.alias() != null ? delete.alias() : table.name())) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_TABLE_IN, delete.target(), "MULTI DELETE");
        }
        ColumnBinder binder = new ColumnBinder(table.shape(), delete.alias(), state.variables.oracleMode(),
                evaluator::isOuterColumn);
        binder.check(delete.where(), "WHERE", List.of());
        for (Statement.OrderItem order : delete.orderBy()) {
            binder.check(order.expression(), "ORDER BY", List.of());
        }
        List<Column> columns = TableColumns.of(table, delete.alias() != null ? delete.alias() : table.name());
        return transactions.statement(() -> inStatement(table, rows -> {
            long deleted = 0;
            for (TableRows.StoredRow row : selected(rows, columns, delete.where(), delete.orderBy(), delete.limit(),
                    parameters)) {
                if (rows.current(row.key()) == null) {
                    // deleted already, by a foreign key's cascade from a row deleted before it
                    continue;
                }
                foreignKeys.delete(rows, row.key(), row.values());
                deleted++;
            }
            return Result.updateCount(deleted);
        }));
    }

    /** The rows to change: found and locked, then ordered and limited when the statement says so. */
    private List<TableRows.StoredRow> selected(TableRows rows, List<Column> columns, Expression where,
                                               List<Statement.OrderItem> orderBy, Expression limit,
                                               Object[] parameters) {
        List<TableRows.StoredRow> found = RowOrder.sorted(finder.find(rows, columns, where, parameters, true),
                stored -> new Row(columns, stored.values()), orderBy, evaluator, parameters);
        if (limit != null) {
            long n = Math.max(0, Arithmetic.toLong(evaluator.evaluate(limit, Row.NONE, parameters)));
            if (n < found.size()) {
                found = found.subList(0, (int) n);
            }
        }
        return found;
    }

    private interface Work {
        Result run(TableRows rows);
    }

    private Result inStatement(TableHandle table, Work work) {
        RowTransaction transaction = transactions.current();
        TableRows rows = new TableRows(transaction, table, state);
        transaction.statementStart(rows.maps(), false);
        try {
            return work.run(rows);
        } finally {
            transaction.statementEnd();
        }
    }
}
