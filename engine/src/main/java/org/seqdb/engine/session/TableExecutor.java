package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Result;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequencePosition;
import org.seqdb.engine.sequence.SequenceRules;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.StoredTable;

/**
 * CREATE TABLE, DROP TABLE (of tables and sequences, as MariaDB allows), and INSERT, UPDATE and
 * DELETE sent to the executor of their target: rows of tables ({@link InsertExecutor},
 * {@link RowChangeExecutor}); INSERT INTO a sequence replaces its row (as a dump restores it),
 * UPDATE/DELETE of a sequence is refused.
 */
final class TableExecutor {
    private final SessionState state;
    private final Resolver resolver;
    private final Evaluator evaluator;
    private final Catalog catalog;
    private final Transactions transactions;
    private final TableDefinitions definitions;
    private final InsertExecutor inserts;
    private final RowChangeExecutor changes;

    private final ForeignKeys foreignKeys;

    TableExecutor(SessionState state, Resolver resolver, Evaluator evaluator, Transactions transactions,
                  ColumnDefaults defaults, ForeignKeys foreignKeys) {
        this.foreignKeys = foreignKeys;
        this.state = state;
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.catalog = state.database.catalog();
        this.transactions = transactions;
        this.definitions = new TableDefinitions(state, resolver);
        this.inserts = new InsertExecutor(state, transactions, evaluator, defaults, foreignKeys);
        this.changes = new RowChangeExecutor(state, transactions, evaluator, defaults, foreignKeys);
    }

    Result createTable(Statement.CreateTable create) {
        ObjectName name = create.name();
        String database = resolver.databaseOf(name);
        if (!catalog.databaseExists(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        if (create.sequence()) {
            throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, "CREATE TABLE ... SEQUENCE=1");
        }
        if (create.temporary()) {
            return createTemporary(create, database);
        }
        transactions.implicitCommit();
        StoredTable definition = definitions.create(create, database);
        synchronized (catalog.ddlLock()) {
            if (catalog.find(database, name.name()) != null && !create.orReplace()) {
                if (!create.ifNotExists()) {
                    throw new SeqDbException(ErrorCode.ER_TABLE_EXISTS_ERROR, name.name());
                }
                state.addNotice(Notice.note(ErrorCode.ER_TABLE_EXISTS_ERROR, name.name()));
                return Result.updateCount(0);
            }
            catalog.createTable(definition);
        }
        return Result.updateCount(0);
    }

    /**
     * CREATE TEMPORARY TABLE: the session's own table (it shadows a permanent one of the name), its
     * rows transactional like any table's; no implicit commit, as in MariaDB.
     */
    private Result createTemporary(Statement.CreateTable create, String database) {
        String key = Resolver.temporaryKey(database, create.name().name());
        if (state.temporaries.containsKey(key) && !create.orReplace()) {
            if (!create.ifNotExists()) {
                throw new SeqDbException(ErrorCode.ER_TABLE_EXISTS_ERROR, create.name().name());
            }
            state.addNotice(Notice.note(ErrorCode.ER_TABLE_EXISTS_ERROR, create.name().name()));
            return Result.updateCount(0);
        }
        StoredTable definition = definitions.create(create, database);
        SchemaObject replaced = state.temporaries.put(key, catalog.temporaryTable(definition));
        if (replaced instanceof TableHandle old) {
            catalog.dropTemporaryRows(old);
        }
        state.resolutionEpoch++;
        return Result.updateCount(0);
    }

    Result dropTable(Statement.DropTable drop) {
        if (!drop.temporary()) {
            // DROP TEMPORARY TABLE does not end the transaction, as in MariaDB
            transactions.implicitCommit();
        }
        UniqueNames.check(resolver, drop.names());
        List<String> missing = new ArrayList<>();
        synchronized (catalog.ddlLock()) {
            for (ObjectName name : drop.names()) {
                String database = resolver.databaseOf(name);
                SchemaObject temporary = state.temporaries.remove(Resolver.temporaryKey(database, name.name()));
                if (temporary != null) {
                    if (temporary instanceof TableHandle table) {
                        catalog.dropTemporaryRows(table);
                    }
                    state.resolutionEpoch++;
                    continue;
                }
                SchemaObject object = drop.temporary() ? null : catalog.find(database, name.name());
                if (object == null) {
                    missing.add(database + "." + name.name());
                } else {
                    if (object instanceof TableHandle table) {
                        // the tables named before it are dropped already, as in MariaDB
                        foreignKeys.checkDroppable(table);
                    }
                    catalog.drop(object);
                }
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join(",", missing);
            if (!drop.ifExists()) {
                throw new SeqDbException(ErrorCode.ER_BAD_TABLE_ERROR, names);
            }
            state.addNotice(Notice.note(ErrorCode.ER_BAD_TABLE_ERROR, names));
        }
        return Result.updateCount(0);
    }

    /** INSERT INTO s VALUES (8 values): replaces the sequence row, checked as CREATE checks. */
    Result insert(Statement.Insert insert, Object[] parameters) {
        SchemaObject object = resolver.find(insert.table());
        String database = resolver.databaseOf(insert.table());
        if (object == null) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, insert.table().name());
        }
        if (object instanceof TableHandle table) {
            return inserts.insert(table, insert, parameters);
        }
        SequenceHandle handle = (SequenceHandle) object;
        if (insert.query() != null) {
            throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, "INSERT ... SELECT into a SEQUENCE");
        }
        int row = 0;
        for (List<Expression> values : insert.rows()) {
            row++;
            int expected = insert.columns() == null ? SequenceRowView.COLUMN_NAMES.size() : insert.columns().size();
            if (values.size() != expected || expected != SequenceRowView.COLUMN_NAMES.size()) {
                throw new SeqDbException(ErrorCode.ER_WRONG_VALUE_COUNT_ON_ROW, row);
            }
            long[] v = new long[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = sequenceColumnValue(evaluator.evaluate(values.get(i), Row.NONE, parameters), i, row);
            }
            SequenceDefinition old = handle.definition();
            SequenceDefinition definition = new SequenceDefinition(v[1], v[2], v[3], v[4], v[5], v[6] != 0,
                    old.valueType(), old.engine(), old.comment());
            SequencePosition position = new SequencePosition(v[0], v[7]);
            if (!SequenceRules.isLegal(definition, position.nextNotCached(), catalog.autoIncrement())) {
                throw new SeqDbException(ErrorCode.ER_SEQUENCE_INVALID_DATA, database, insert.table().name());
            }
            synchronized (catalog.ddlLock()) {
                catalog.replaceSequenceRow(handle, definition, stored -> position);
            }
        }
        return Result.updateCount(insert.rows().size());
    }

    /**
     * A value for column {@code index} of a sequence row, checked as MariaDB's strict mode checks
     * it: NULL is 1048, a value outside the column's type (BIGINT, cache_size BIGINT UNSIGNED,
     * cycle_option TINYINT UNSIGNED) is 1264.
     */
    private static long sequenceColumnValue(Object value, int index, int row) {
        String column = SequenceRowView.COLUMN_NAMES.get(index);
        if (value == null) {
            throw new SeqDbException(ErrorCode.ER_BAD_NULL_ERROR, column);
        }
        java.math.BigDecimal number;
        try {
            number = Arithmetic.toDecimal(Arithmetic.numeric(value)).setScale(0, java.math.RoundingMode.HALF_UP);
        } catch (RuntimeException notANumber) {
            throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, column, row);
        }
        boolean unsigned = column.equals("cache_size") || column.equals("cycle_option");
        java.math.BigDecimal max = column.equals("cycle_option") ? java.math.BigDecimal.valueOf(255)
                : java.math.BigDecimal.valueOf(Long.MAX_VALUE);
        java.math.BigDecimal min = unsigned ? java.math.BigDecimal.ZERO : java.math.BigDecimal.valueOf(Long.MIN_VALUE);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw new SeqDbException(ErrorCode.ER_WARN_DATA_OUT_OF_RANGE, column, row);
        }
        return number.longValueExact();
    }

    Result update(Statement.Update update, Object[] parameters) {
        return changes.update(rowTarget(update.table()), update, parameters);
    }

    Result delete(Statement.Delete delete, Object[] parameters) {
        return changes.delete(rowTarget(delete.table()), delete, parameters);
    }

    /** The table UPDATE or DELETE changes; refused on sequences with MariaDB's error. */
    private TableHandle rowTarget(ObjectName table) {
        SchemaObject object = resolver.find(table);
        String database = resolver.databaseOf(table);
        if (object == null) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, table.name());
        }
        if (object instanceof SequenceHandle) {
            throw new SeqDbException(ErrorCode.ER_ILLEGAL_HA, "SEQUENCE", database, table.name());
        }
        return (TableHandle) object;
    }
}
