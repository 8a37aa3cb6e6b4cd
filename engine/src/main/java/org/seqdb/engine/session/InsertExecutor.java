package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.RowTransaction;
import org.seqdb.engine.table.TableShape;

/**
 * INSERT and REPLACE into a table. Each row is built column by column: the values given (made
 * fit for their columns, DEFAULT meaning the column's default), then the defaults of the columns
 * not given, in column order (a sequence default takes its value then); an AUTO_INCREMENT column
 * given NULL or 0 takes the table's next value. The statement runs in the session's transaction,
 * so if row 3 fails no row of it stays; sequence and AUTO_INCREMENT values it took are not given
 * back, as in MariaDB.
 */
final class InsertExecutor {
    private final SessionState state;
    private final Transactions transactions;
    private final Evaluator evaluator;
    private final ColumnDefaults defaults;
    private final ForeignKeys foreignKeys;
    private final DuplicateKeyUpdate duplicates;

    InsertExecutor(SessionState state, Transactions transactions, Evaluator evaluator, ColumnDefaults defaults,
                   ForeignKeys foreignKeys) {
        this.state = state;
        this.transactions = transactions;
        this.evaluator = evaluator;
        this.defaults = defaults;
        this.foreignKeys = foreignKeys;
        this.duplicates = new DuplicateKeyUpdate(state, evaluator, defaults, foreignKeys);
    }

    Result insert(TableHandle table, Statement.Insert insert, Object[] parameters) {
        TableShape shape = table.shape();
        int[] targets = targets(shape, insert.columns());
        if (insert.onDuplicate() != null) {
            duplicates.check(table, insert.onDuplicate(), evaluator);
        }
        return transactions.statement(() -> {
            RowTransaction transaction = transactions.current();
            TableRows rows = new TableRows(transaction, table, state);
            transaction.statementStart(rows.maps(), false);
            try {
                return insertRows(transaction, table, rows, insert, targets, parameters);
            } finally {
                transaction.statementEnd();
            }
        });
    }

    private Result insertRows(RowTransaction transaction, TableHandle table, TableRows rows, Statement.Insert insert,
                              int[] targets, Object[] parameters) {
        List<Column> columns = TableColumns.of(table);
        List<Object> generated = new ArrayList<>();
        long firstAutoValue = 0;
        long changed = 0;
        int rowNumber = 0;
        for (List<Expression> given : rowsOf(insert, parameters)) {
            rowNumber++;
            if (given.size() != targets.length && !(given.isEmpty() && insert.columns() == null)) {
                throw new SeqDbException(ErrorCode.ER_WRONG_VALUE_COUNT_ON_ROW, rowNumber);
            }
            Built built = build(table, columns, targets, given, rowNumber, parameters);
            if (insert.replace()) {
                changed += replaceConflicts(rows, built.values);
            }
            long beforeRow = insert.ignore() ? transaction.savepoint() : 0;
            try {
                DuplicateKeyUpdate.Conflict conflict = insert.onDuplicate() == null ? null
                        : duplicates.conflict(rows, built.values);
                if (conflict != null) {
                    changed += duplicates.update(table, rows, conflict, built.values, insert.onDuplicate(), rowNumber,
                            parameters);
                    continue;
                }
                foreignKeys.insert(rows, built.values);
            } catch (SeqDbException e) {
                if (!insert.ignore() || e.vendorCode() != ErrorCode.ER_DUP_ENTRY.vendorCode()
                        && e.vendorCode() != ErrorCode.ER_NO_REFERENCED_ROW_2.vendorCode()) {
                    throw e;
                }
                // INSERT IGNORE: the row is skipped (its row-map entries undone when a key refused it)
                transaction.rollbackTo(beforeRow);
                state.addNotice(new Notice(Notice.Level.Warning, e.vendorCode(), e.getMessage()));
                continue;
            }
            changed++;
            if (built.autoValue != null && firstAutoValue == 0) {
                firstAutoValue = built.autoValue;
            }
            Object key = built.autoValue != null ? (Object) built.autoValue : sequenceKey(table, built);
            if (key != null) {
                generated.add(key);
            }
        }
        if (firstAutoValue != 0) {
            state.lastInsertId = firstAutoValue;
        }
        return Result.updateCount(changed, generated);
    }

    /** VALUES' rows, or INSERT ... SELECT's: the query's rows, all read before any is written. */
    private List<List<Expression>> rowsOf(Statement.Insert insert, Object[] parameters) {
        if (insert.query() == null) {
            return insert.rows();
        }
        List<List<Expression>> rows = new ArrayList<>();
        for (Object[] values : evaluator.subqueries().run(insert.query(), parameters).rows()) {
            List<Expression> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(new Expression.Literal(value));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The row's primary key when a sequence default gave it (the key a JDBC client asks for). */
    private static Object sequenceKey(TableHandle table, Built built) {
        TableShape.KeyShape primary = table.shape().primaryKey();
        if (primary == null || primary.columns().length != 1 || !built.defaulted[primary.columns()[0]]) {
            return null;
        }
        String defaultSql = table.shape().column(primary.columns()[0]).defaultSql();
        return defaultSql != null && defaultSql.startsWith("nextval(") ? built.values[primary.columns()[0]] : null;
    }

    /** REPLACE: the rows whose primary or unique key the new row takes are deleted first; returns how many. */
    private int replaceConflicts(TableRows rows, Object[] values) {
        int deleted = 0;
        TableShape shape = rows.shape();
        List<Object> keys = new ArrayList<>();
        if (shape.primaryKey() != null) {
            keys.add(org.seqdb.engine.table.RowKeys.of(shape.primaryKey(), values, shape));
        }
        List<TableShape.KeyShape> unique = shape.uniqueKeys();
        for (int i = 0; i < unique.size(); i++) {
            Object value = org.seqdb.engine.table.RowKeys.of(unique.get(i), values, shape);
            Object key = value == null ? null : rows.findByUniqueLatest(i, value);
            if (key != null) {
                keys.add(key);
            }
        }
        for (Object key : keys) {
            Object[] old = key == null ? null : rows.lock(key);
            if (old != null) {
                foreignKeys.delete(rows, key, old);
                deleted++;
            }
        }
        return deleted;
    }

    private record Built(Object[] values, boolean[] defaulted, Long autoValue) {
    }

    private Built build(TableHandle table, List<Column> columns, int[] targets, List<Expression> given, int row,
                        Object[] parameters) {
        TableShape shape = table.shape();
        int n = shape.columns().size();
        Object[] values = new Object[n];
        boolean[] set = new boolean[n];
        boolean[] defaulted = new boolean[n];
        for (int k = 0; k < given.size(); k++) {
            int column = targets[k];
            Expression expression = given.get(k);
            if (expression instanceof Expression.DefaultValue) {
                continue;
            }
            Object value = evaluator.evaluate(expression, new Row(columns, values), parameters);
            values[column] = defaults.fit(table, column, value, row);
            set[column] = true;
            if (values[column] == null && !shape.column(column).nullable() && !shape.column(column).autoIncrement()) {
                throw new SeqDbException(ErrorCode.ER_BAD_NULL_ERROR, shape.column(column).name());
            }
        }
        for (int column = 0; column < n; column++) {
            if (!set[column]) {
                values[column] = defaults.defaultValue(table, column, row, columns, values, parameters);
                defaulted[column] = true;
            }
        }
        Long autoValue = null;
        int auto = shape.autoIncrementColumn();
        if (auto >= 0) {
            autoValue = autoIncrement(table, auto, values, row);
        }
        return new Built(values, defaulted, autoValue);
    }

    /** Fills the AUTO_INCREMENT column if it is NULL or 0; returns the value generated, or the one given. */
    private Long autoIncrement(TableHandle table, int column, Object[] values, int row) {
        Object value = values[column];
        boolean generate = value == null || value instanceof Long l && l == 0
                || value instanceof Double d && d == 0;
        if (!generate) {
            long given = value instanceof Long l ? l : value instanceof Double d ? (long) (double) d : Long.MAX_VALUE;
            table.sawAutoIncrement(given, () -> AutoIncrementStart.of(state, table));
            state.database.catalog().recordAutoIncrement(table, table.peekAutoIncrement());
            return given;
        }
        long step = state.variables.autoIncrement().increment();
        long next = table.takeAutoIncrement(() -> AutoIncrementStart.of(state, table), step);
        state.database.catalog().recordAutoIncrement(table, table.peekAutoIncrement());
        values[column] = defaults.fit(table, column, next, row);
        return next;
    }

    /** The column positions the values go to: the list's (1054 for an unknown name), or every column. */
    private static int[] targets(TableShape shape, List<String> names) {
        if (names == null) {
            int[] all = new int[shape.columns().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] targets = new int[names.size()];
        for (int k = 0; k < targets.length; k++) {
            int index = shape.indexOf(names.get(k));
            if (index < 0) {
                throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, names.get(k), "INSERT INTO");
            }
            for (int j = 0; j < k; j++) {
                if (targets[j] == index) {
                    throw new SeqDbException(ErrorCode.ER_FIELD_SPECIFIED_TWICE, names.get(k));
                }
            }
            targets[k] = index;
        }
        return targets;
    }
}
