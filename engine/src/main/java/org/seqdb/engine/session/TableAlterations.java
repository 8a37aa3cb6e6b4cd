package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.RowTransaction;
import org.seqdb.engine.store.StoredTable;

/**
 * ALTER TABLE's column and key changes (also CREATE INDEX and DROP INDEX). Changes that only
 * describe (a plain index, a foreign key, AUTO_INCREMENT=n) replace the definition. Changes to
 * how rows are stored or checked (a column added, a primary or unique key added or dropped)
 * copy the rows into new row maps under the new definition, checking every key as they go
 * (1062 if a new unique key does not hold), and switch to them in one commit, as MariaDB's
 * ALTER ... ALGORITHM=COPY does; if the copy fails the table is left as it was.
 */
final class TableAlterations {
    private static final int LOCK_WAIT_MILLIS = 50_000;

    private final SessionState state;
    private final TableDefinitions definitions;
    private final ColumnDefaults defaults;
    private final Catalog catalog;
    private final ForeignKeys foreignKeys;

    TableAlterations(SessionState state, TableDefinitions definitions, ColumnDefaults defaults,
                     ForeignKeys foreignKeys) {
        this.state = state;
        this.definitions = definitions;
        this.defaults = defaults;
        this.catalog = state.database.catalog();
        this.foreignKeys = foreignKeys;
    }

    /** Applies {@code actions} to {@code table} (the caller holds the catalog's DDL lock). */
    TableHandle apply(TableHandle table, List<Statement.AlterAction> actions) {
        StoredTable definition = table.definition();
        List<StoredTable.StoredColumn> columns = new ArrayList<>(definition.columns());
        List<StoredTable.StoredKey> keys = new ArrayList<>(definition.keys());
        List<StoredTable.StoredForeignKey> foreignKeys = new ArrayList<>(definition.foreignKeys());
        long autoIncrement = definition.autoIncrementStart();
        List<StoredTable.StoredForeignKey> added = new ArrayList<>();
        Long resetAutoIncrement = null;
        boolean copyRows = false;
        List<StoredTable> children = children(table);
        ColumnChanges changes = new ColumnChanges(new ArrayList<>(columns), keys, foreignKeys, definition.database(),
                definition.name(), children);
        for (Statement.AlterAction action : actions) {
            if (action instanceof Statement.DropColumn drop) {
                changes.sync(columns, keys);
                copyRows |= changes.drop(drop.name(), drop.ifExists(), state);
                columns = changes.columns;
                keys = changes.keys;
                continue;
            }
            if (action instanceof Statement.ChangeColumn change) {
                changes.sync(columns, keys);
                StoredTable.StoredColumn replacement = change.column() == null ? null
                        : definitions.column(change.column(), definition.database(), definition.name(), false);
                if (changes.change(change.oldName(), replacement, change.newName(), change.ifExists(), state)) {
                    copyRows |= replacement != null;
                }
                columns = changes.columns;
                keys = changes.keys;
                continue;
            }
            if (action instanceof Statement.AddColumn add) {
                if (TableDefinitions.find(columns, add.column().name()) != null) {
                    if (add.ifNotExists()) {
                        state.addNotice(Notice.note(ErrorCode.ER_DUP_FIELDNAME, add.column().name()));
                        continue;
                    }
                    throw new SeqDbException(ErrorCode.ER_DUP_FIELDNAME, add.column().name());
                }
                columns.add(definitions.column(add.column(), definition.database(), definition.name(), false));
                if (add.column().primaryKey()) {
                    keys = definitions.withKey(keys, new Statement.KeyDefinition("PRIMARY", null,
                            List.of(add.column().name())), columns);
                } else if (add.column().unique()) {
                    keys = definitions.withKey(keys, new Statement.KeyDefinition("UNIQUE", null,
                            List.of(add.column().name())), columns);
                }
                changes.added();
                copyRows = true;
            } else if (action instanceof Statement.AddKey add) {
                if (add.ifNotExists() && add.key().name() != null
                        && keys.stream().anyMatch(k -> k.name().equalsIgnoreCase(add.key().name()))) {
                    state.addNotice(Notice.note(ErrorCode.ER_DUP_KEYNAME, add.key().name()));
                    continue;
                }
                keys = definitions.withKey(keys, add.key(), columns);
                if (add.key().kind().equals("PRIMARY")) {
                    columns = notNull(columns, add.key().columns());
                }
                copyRows |= !add.key().kind().equals("INDEX");
            } else if (action instanceof Statement.AddForeignKey add) {
                StoredTable.StoredForeignKey foreignKey = definitions.foreignKey(add.foreignKey(),
                        definition.database(), definition.name(), columns, keys, foreignKeys);
                foreignKeys.add(foreignKey);
                added.add(foreignKey);
                keys = definitions.withForeignKeyIndex(keys, foreignKey, add.foreignKey().name());
            } else if (action instanceof Statement.DropKey drop) {
                if (drop.foreignKey()) {
                    boolean removed = foreignKeys.removeIf(f -> f.name().equalsIgnoreCase(drop.name()));
                    if (!removed) {
                        missing("FOREIGN KEY", drop.name(), drop.ifExists());
                    }
                    continue;
                }
                StoredTable.StoredKey key = keys.stream().filter(k -> k.name().equalsIgnoreCase(drop.name()))
                        .findFirst().orElse(null);
                if (key == null) {
                    missing("INDEX", drop.name(), drop.ifExists());
                    continue;
                }
                keys.remove(key);
                copyRows |= key.unique();
            } else if (action instanceof Statement.EnableKeys keysAction) {
                if (keysAction.enable()) {
                    state.addNotice(Notice.note(ErrorCode.ER_ILLEGAL_HA, "InnoDB", definition.database(),
                            definition.name()));
                }
            } else if (action instanceof Statement.SetAutoIncrement set) {
                autoIncrement = Math.max(1, set.value());
                resetAutoIncrement = autoIncrement;
            }
        }
        TableDefinitions.checkAutoIncrement(columns, keys);
        StoredTable changed = definition.withStructure(List.copyOf(columns), List.copyOf(keys),
                List.copyOf(foreignKeys), autoIncrement);
        for (StoredTable.StoredForeignKey foreignKey : added) {
            this.foreignKeys.checkExisting(table, foreignKey);
        }
        TableHandle result = copyRows ? copy(table, changed.withId(0), changes) : catalog.createTable(changed);
        if (!changes.renamedParentColumns.isEmpty()) {
            // InnoDB renames a referred-to column in the foreign keys of the tables that refer to it
            for (StoredTable child : children) {
                catalog.createTable(child.withReferencedColumnsRenamed(definition.database(), definition.name(),
                        changes.renamedParentColumns));
            }
        }
        if (resetAutoIncrement != null) {
            long floor = resetAutoIncrement;
            result.resetAutoIncrement(floor, () -> AutoIncrementStart.of(state, result));
            catalog.recordAutoIncrement(result, result.peekAutoIncrement());
        }
        return result;
    }

    /** The other tables with a foreign key to {@code parent}, each once. */
    private List<StoredTable> children(TableHandle parent) {
        List<StoredTable> children = new ArrayList<>();
        for (ForeignKeys.Reference reference : foreignKeys.referencesTo(parent)) {
            StoredTable child = reference.child().definition();
            if (reference.child() != parent && !children.contains(child)) {
                children.add(child);
            }
        }
        return children;
    }

    private void missing(String what, String name, boolean ifExists) {
        if (!ifExists) {
            throw new SeqDbException(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, what, name);
        }
        state.addNotice(Notice.note(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, what, name));
    }

    private static List<StoredTable.StoredColumn> notNull(List<StoredTable.StoredColumn> columns, List<String> names) {
        List<StoredTable.StoredColumn> result = new ArrayList<>();
        for (StoredTable.StoredColumn c : columns) {
            boolean inKey = names.stream().anyMatch(n -> n.equalsIgnoreCase(c.name()));
            result.add(inKey && c.nullable() ? new StoredTable.StoredColumn(c.name(), c.type(), false, c.defaultSql(),
                    c.autoIncrement(), c.comment(), c.onUpdateSql(), c.nullWritten()) : c);
        }
        return result;
    }

    /**
     * Copies every row of {@code table} into new row maps under {@code changed}: each column's values
     * from where {@link ColumnChanges#sources} says (an added column takes its default), converted
     * when its definition changed (strict: 1265 / 1292 / 1264 fail the copy), then makes it the table.
     */
    private TableHandle copy(TableHandle table, StoredTable changed, ColumnChanges changes) {
        StoredTable target = changed.withId(catalog.newTableId());
        TableHandle next = new TableHandle(target, false);
        RowTransaction transaction = catalog.beginTransaction(LOCK_WAIT_MILLIS);
        try {
            TableRows from = new TableRows(transaction, table);
            TableRows to = new TableRows(transaction, next);
            int width = target.columns().size();
            int row = 0;
            for (Iterator<TableRows.StoredRow> it = from.scan(); it.hasNext(); ) {
                row++;
                Object[] old = it.next().values();
                Object[] values = new Object[width];
                for (int c = 0; c < width; c++) {
                    int source = changes.sources.get(c);
                    values[c] = source < 0 || source >= old.length ? null : old[source];
                }
                for (int c = 0; c < width; c++) {
                    if (changes.sources.get(c) < 0) {
                        values[c] = addedValue(next, c, row, values);
                    } else if (changes.converted.contains(c)) {
                        values[c] = converted(next, c, values[c], row);
                    }
                }
                for (int c = 0; c < width; c++) {
                    if (values[c] == null && !next.shape().column(c).nullable()) {
                        if (changes.sources.get(c) >= 0) {
                            throw new SeqDbException(ErrorCode.WARN_DATA_TRUNCATED, next.shape().column(c).name(), row);
                        }
                        values[c] = implicitDefault(next, c, row);
                    }
                }
                to.insert(values);
            }
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return catalog.createTable(target);
    }

    /**
     * A value made fit for a changed column as ALTER's copy does it: what an INSERT refuses as too
     * long (1406) is 1265 here, and text that is no number (1366) is 1292, as MariaDB reports them.
     */
    private Object converted(TableHandle table, int column, Object value, int row) {
        if (value == null) {
            return null;
        }
        try {
            return defaults.fit(table, column, value, row);
        } catch (SeqDbException e) {
            String name = table.shape().column(column).name();
            if (e.vendorCode() == ErrorCode.ER_DATA_TOO_LONG.vendorCode()) {
                throw new SeqDbException(ErrorCode.WARN_DATA_TRUNCATED, name, row);
            }
            if (e.vendorCode() == ErrorCode.ER_TRUNCATED_WRONG_VALUE_FOR_FIELD.vendorCode()) {
                String type = switch (table.shape().column(column).type().family()) {
                    case INTEGER, BIT -> "INTEGER";
                    case DECIMAL -> "DECIMAL";
                    case FLOAT, DOUBLE -> "DOUBLE";
                    default -> null;
                };
                if (type != null) {
                    throw new SeqDbException(ErrorCode.ER_TRUNCATED_WRONG_VALUE, type, TextFunctions.text(value));
                }
            }
            throw e;
        }
    }

    private Object addedValue(TableHandle table, int column, int row, Object[] values) {
        if (!defaults.hasDefault(table, column)) {
            return null;
        }
        return defaults.defaultValue(table, column, row, TableColumns.of(table), values, new Object[0]);
    }

    /** What MariaDB puts in a NOT NULL column without a default when ALTER adds it: 0, '' or nothing it can. */
    private Object implicitDefault(TableHandle table, int column, int row) {
        return switch (table.shape().column(column).type().family()) {
            case INTEGER, BIT, DECIMAL, FLOAT, DOUBLE -> defaults.fit(table, column, 0L, row);
            case TEXT -> "";
            case BINARY -> defaults.fit(table, column, new byte[0], row);
            default -> throw new SeqDbException(ErrorCode.ER_INVALID_DEFAULT, table.shape().column(column).name());
        };
    }
}
