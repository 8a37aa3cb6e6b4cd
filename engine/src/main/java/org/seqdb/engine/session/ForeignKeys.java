package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.store.RowTransaction;
import org.seqdb.engine.store.StoredTable;
import org.seqdb.engine.table.RowKeys;
import org.seqdb.engine.table.TableShape;

/**
 * Row writes with FOREIGN KEY constraints enforced as InnoDB enforces them, inside the
 * statement's row transaction (a statement that fails leaves nothing, cascades included):
 * <ul>
 * <li>a child row whose foreign key values are all non-NULL needs a parent row with those values
 *     in the referenced columns (1452), checked after the row is written (so a duplicate key is
 *     1062 first, and a row may refer to itself);</li>
 * <li>a parent row that is deleted, or whose referenced values change, has its child rows
 *     deleted or changed (ON DELETE / ON UPDATE CASCADE), set to NULL (SET NULL), or the statement
 *     fails (RESTRICT, NO ACTION, SET DEFAULT and none given: 1451), one row at a time in the order
 *     the statement changes them;</li>
 * <li>with {@code foreign_key_checks = 0} nothing is checked.</li>
 * </ul>
 * Both sides read what other transactions are writing: the parent row is written before its
 * children are looked for, the child before its parent, and a row another transaction is writing
 * is waited for (locked), so that two transactions never commit an orphan between them.
 */
final class ForeignKeys {
    /** InnoDB's limit on cascades within cascades (FK_MAX_CASCADE_DEL). */
    private static final int MAX_DEPTH = 15;
    /** innodb_lock_wait_timeout's default, for the transaction ALTER TABLE reads rows in. */
    private static final int LOCK_WAIT_MILLIS = 50_000;

    private final SessionState state;
    private final Transactions transactions;
    private long referencesEpoch = -1;
    /** The foreign keys that refer to each table, by its database and name. */
    private Map<String, List<Reference>> references = Map.of();

    /** A foreign key of {@code child}, with its columns and the referenced ones as positions. */
    record Reference(TableHandle child, StoredTable.StoredForeignKey key, int[] childColumns, int[] parentColumns) {
    }

    ForeignKeys(SessionState state, Transactions transactions) {
        this.state = state;
        this.transactions = transactions;
    }

    /** {@code foreign_key_checks}: on unless the session turned it off. */
    boolean enabled() {
        Object value = state.variables.get(null, "foreign_key_checks");
        return !(value instanceof Long l) || l != 0;
    }

    /** Adds a row; 1062 for a taken key, 1452 for a foreign key without its parent row. */
    Object insert(TableRows rows, Object[] values) {
        Object key = rows.insert(values);
        if (enabled()) {
            checkParents(rows.table(), values, null);
        }
        return key;
    }

    /** Changes a row: its children follow a change of the values they refer to, its new foreign key values need parents. */
    Object update(TableRows rows, Object key, Object[] old, Object[] values) {
        return update(rows, key, old, values, 0);
    }

    private Object update(TableRows rows, Object key, Object[] old, Object[] values, int depth) {
        Object newKey = rows.update(key, old, values);
        if (enabled()) {
            parentChanged(rows.table(), old, values, depth);
            checkParents(rows.table(), values, old);
        }
        return newKey;
    }

    /** Deletes a row: its children are deleted, set to NULL, or the statement fails with 1451. */
    void delete(TableRows rows, Object key, Object[] values) {
        delete(rows, key, values, 0);
    }

    private void delete(TableRows rows, Object key, Object[] values, int depth) {
        rows.delete(key, values);
        if (enabled()) {
            parentChanged(rows.table(), values, null, depth);
        }
    }

    // ---- the child side ------------------------------------------------------------------

    /** Each foreign key of the row ({@code old}: the row before an update, whose unchanged keys need no check). */
    private void checkParents(TableHandle table, Object[] values, Object[] old) {
        TableShape shape = table.shape();
        for (StoredTable.StoredForeignKey key : table.definition().foreignKeys()) {
            int[] columns = positions(shape, key.columns());
            if (hasNull(values, columns) || old != null && same(old, values, columns)) {
                continue;
            }
            SchemaObject parent = state.database.catalog().find(key.referencedDatabase(), key.referencedTable());
            if (!(parent instanceof TableHandle parentTable)
                    || !hasParentRow(transactions.current(), parentTable, key, values, columns)) {
                throw new SeqDbException(ErrorCode.ER_NO_REFERENCED_ROW_2, describe(table, key));
            }
        }
    }

    /** True if the parent table has a row whose referenced columns hold {@code values}' foreign key values. */
    private boolean hasParentRow(RowTransaction transaction, TableHandle parent, StoredTable.StoredForeignKey key,
                                 Object[] values, int[] columns) {
        TableShape shape = parent.shape();
        int[] referenced = positions(shape, key.referencedColumns());
        if (referenced == null) {
            return false;
        }
        Object[] wanted = new Object[shape.columns().size()];
        for (int i = 0; i < referenced.length; i++) {
            wanted[referenced[i]] = values[columns[i]];
        }
        TableRows rows = new TableRows(transaction, parent, state);
        TableShape.KeyShape primary = shape.primaryKey();
        if (primary != null && sameColumns(primary.columns(), referenced)) {
            return rows.getSettled(RowKeys.of(primary, wanted, shape)) != null;
        }
        List<TableShape.KeyShape> unique = shape.uniqueKeys();
        for (int k = 0; k < unique.size(); k++) {
            if (sameColumns(unique.get(k).columns(), referenced)) {
                Object found = rows.findByUniqueSettled(k, RowKeys.of(unique.get(k), wanted, shape));
                return found != null && rows.getSettled(found) != null;
            }
        }
        for (Iterator<TableRows.CandidateRow> it = rows.candidates(); it.hasNext(); ) {
            TableRows.CandidateRow row = it.next();
            if (matches(row.values(), referenced, wanted, referenced)
                    || row.pendingValues() != null && matches(row.pendingValues(), referenced, wanted, referenced)) {
                Object[] settled = rows.getSettled(row.key());
                if (settled != null && matches(settled, referenced, wanted, referenced)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * ALTER TABLE ... ADD FOREIGN KEY on a table with rows: each must have its parent (1452, naming
     * the table; MariaDB names the copy it builds, `#sql-alter-...`).
     */
    void checkExisting(TableHandle table, StoredTable.StoredForeignKey key) {
        if (!enabled()) {
            return;
        }
        SchemaObject parent = state.database.catalog().find(key.referencedDatabase(), key.referencedTable());
        int[] columns = positions(table.shape(), key.columns());
        RowTransaction transaction = state.database.catalog().beginTransaction(LOCK_WAIT_MILLIS);
        try {
            TableRows rows = new TableRows(transaction, table);
            for (Iterator<TableRows.StoredRow> it = rows.scan(); it.hasNext(); ) {
                Object[] values = it.next().values();
                if (columns == null || hasNull(values, columns)) {
                    continue;
                }
                if (!(parent instanceof TableHandle parentTable)
                        || !hasParentRow(transaction, parentTable, key, values, columns)) {
                    throw new SeqDbException(ErrorCode.ER_NO_REFERENCED_ROW_2, describe(table, key));
                }
            }
        } finally {
            transaction.rollback();
        }
    }

    /** DROP TABLE: InnoDB refuses a table another table still refers to (1451), unless the checks are off. */
    void checkDroppable(TableHandle table) {
        if (!enabled()) {
            return;
        }
        for (Reference reference : referencesTo(table)) {
            if (reference.child() != table) {
                throw new SeqDbException(ErrorCode.ER_ROW_IS_REFERENCED);
            }
        }
    }

    // ---- the parent side -----------------------------------------------------------------

    /** A row of {@code table} was deleted ({@code values} null) or changed: what its children do. */
    private void parentChanged(TableHandle table, Object[] old, Object[] values, int depth) {
        List<Reference> referring = referencesTo(table);
        if (referring.isEmpty()) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            throw new SeqDbException(ErrorCode.ER_ROW_IS_REFERENCED_2, describe(referring.get(0).child(),
                    referring.get(0).key()));
        }
        for (Reference reference : referring) {
            int[] parentColumns = reference.parentColumns();
            if (hasNull(old, parentColumns) || values != null && same(old, values, parentColumns)) {
                continue;
            }
            String action = values == null ? reference.key().onDelete() : reference.key().onUpdate();
            TableRows children = new TableRows(transactions.current(), reference.child(), state);
            for (TableRows.CandidateRow child : referringRows(children, reference, old)) {
                if ("CASCADE".equals(action) && values == null) {
                    delete(children, child.key(), child.values(), depth + 1);
                } else if ("CASCADE".equals(action) || "SET NULL".equals(action)) {
                    Object[] changed = child.values().clone();
                    for (int i = 0; i < parentColumns.length; i++) {
                        changed[reference.childColumns()[i]] = "CASCADE".equals(action)
                                ? values[parentColumns[i]] : null;
                    }
                    update(children, child.key(), child.values(), changed, depth + 1);
                } else {
                    throw new SeqDbException(ErrorCode.ER_ROW_IS_REFERENCED_2, describe(reference.child(),
                            reference.key()));
                }
            }
        }
    }

    /** The child rows whose foreign key holds the parent's old values, as they are now (waiting for writers). */
    private List<TableRows.CandidateRow> referringRows(TableRows children, Reference reference, Object[] parent) {
        List<TableRows.CandidateRow> found = new ArrayList<>();
        int[] childColumns = reference.childColumns();
        int[] parentColumns = reference.parentColumns();
        for (Iterator<TableRows.CandidateRow> it = children.candidates(); it.hasNext(); ) {
            TableRows.CandidateRow row = it.next();
            boolean may = matches(row.values(), childColumns, parent, parentColumns)
                    || row.pendingValues() != null && matches(row.pendingValues(), childColumns, parent, parentColumns);
            if (!may) {
                continue;
            }
            Object[] settled = row.pendingValues() != null ? children.getSettled(row.key()) : row.values();
            if (settled != null && matches(settled, childColumns, parent, parentColumns)) {
                found.add(new TableRows.CandidateRow(row.key(), settled, null));
            }
        }
        return found;
    }

    /** The foreign keys that refer to {@code table}, worked out again when the catalog changes. */
    List<Reference> referencesTo(TableHandle table) {
        Catalog catalog = state.database.catalog();
        if (referencesEpoch != catalog.epoch()) {
            referencesEpoch = catalog.epoch();
            Map<String, List<Reference>> found = new HashMap<>();
            for (String database : catalog.databases()) {
                for (SchemaObject object : catalog.objectsIn(database)) {
                    if (object instanceof TableHandle child) {
                        for (StoredTable.StoredForeignKey key : child.definition().foreignKeys()) {
                            found.computeIfAbsent(tableKey(key.referencedDatabase(), key.referencedTable()),
                                    k -> new ArrayList<>()).add(new Reference(child, key, null, null));
                        }
                    }
                }
            }
            references = found;
        }
        List<Reference> referring = references.get(tableKey(table.database(), table.name()));
        if (referring == null) {
            return List.of();
        }
        List<Reference> resolved = new ArrayList<>();
        for (Reference reference : referring) {
            TableHandle child = reference.child().database().equals(table.database())
                    && reference.child().name().equals(table.name()) ? table : reference.child();
            int[] childColumns = positions(child.shape(), reference.key().columns());
            int[] parentColumns = positions(table.shape(), reference.key().referencedColumns());
            if (childColumns != null && parentColumns != null) {
                resolved.add(new Reference(child, reference.key(), childColumns, parentColumns));
            }
        }
        return resolved;
    }

    private static String tableKey(String database, String table) {
        return database + '\u0000' + table;
    }

    // ---- values and texts ----------------------------------------------------------------

    private static int[] positions(TableShape shape, List<String> names) {
        int[] positions = new int[names.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = shape.indexOf(names.get(i));
            if (positions[i] < 0) {
                return null;
            }
        }
        return positions;
    }

    private static boolean hasNull(Object[] values, int[] columns) {
        for (int column : columns) {
            if (values[column] == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Object[] a, Object[] b, int[] columns) {
        for (int column : columns) {
            if (!TableRows.sameKey(a[column], b[column])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameColumns(int[] key, int[] columns) {
        return java.util.Arrays.equals(key, columns);
    }

    /** True if {@code row}'s {@code columns} equal {@code other}'s {@code otherColumns}, as MariaDB compares them. */
    private static boolean matches(Object[] row, int[] columns, Object[] other, int[] otherColumns) {
        if (row == null) {
            return false;
        }
        for (int i = 0; i < columns.length; i++) {
            Integer order = Arithmetic.compare(row[columns[i]], other[otherColumns[i]]);
            if (order == null || order != 0) {
                return false;
            }
        }
        return true;
    }

    /** The constraint as InnoDB's 1451 / 1452 messages print it. */
    static String describe(TableHandle child, StoredTable.StoredForeignKey key) {
        String parent = key.referencedDatabase().equals(child.database()) ? quote(key.referencedTable())
                : quote(key.referencedDatabase()) + "." + quote(key.referencedTable());
        return quote(child.database()) + "." + quote(child.name()) + ", CONSTRAINT " + quote(key.name())
                + " FOREIGN KEY (" + quoteAll(key.columns()) + ") REFERENCES " + parent + " ("
                + quoteAll(key.referencedColumns()) + ")"
                + (key.onDelete() == null ? "" : " ON DELETE " + key.onDelete())
                + (key.onUpdate() == null ? "" : " ON UPDATE " + key.onUpdate());
    }

    static String quoteAll(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add(quote(name));
        }
        return String.join(", ", quoted);
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
