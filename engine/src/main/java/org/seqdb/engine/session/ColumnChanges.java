package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.store.StoredTable;

/**
 * ALTER TABLE's DROP COLUMN, MODIFY / CHANGE and RENAME COLUMN on a definition being built: the
 * columns, where each one's values come from in the old rows ({@link #sources}, -1 for an added
 * column), which ones are converted on the copy, and the keys and foreign keys renamed or left by
 * the change, as MariaDB does it: a key of only the dropped column goes with it, a key of several
 * is 1072; a foreign key on the column is 1828.
 */
final class ColumnChanges {
    List<StoredTable.StoredColumn> columns;
    final List<Integer> sources = new ArrayList<>();
    /** Indexes (in {@link #columns}) of the columns whose values are converted to a new definition. */
    final List<Integer> converted = new ArrayList<>();
    List<StoredTable.StoredKey> keys;
    final List<StoredTable.StoredForeignKey> foreignKeys;
    private final String table;
    private final String database;
    /** The other tables whose foreign keys refer to this one. */
    private final List<StoredTable> children;
    /** Referred-to columns renamed by RENAME COLUMN / CHANGE: {old, new} pairs, for the children's keys. */
    final List<String[]> renamedParentColumns = new ArrayList<>();

    ColumnChanges(List<StoredTable.StoredColumn> columns, List<StoredTable.StoredKey> keys,
                  List<StoredTable.StoredForeignKey> foreignKeys, String database, String table,
                  List<StoredTable> children) {
        this.columns = columns;
        this.keys = keys;
        this.foreignKeys = foreignKeys;
        this.table = table;
        this.database = database;
        this.children = children;
        for (int i = 0; i < columns.size(); i++) {
            sources.add(i);
        }
    }

    void added() {
        sources.add(-1);
    }

    /** Takes the columns and keys as the other ALTER actions left them (they may have made new lists). */
    void sync(List<StoredTable.StoredColumn> currentColumns, List<StoredTable.StoredKey> currentKeys) {
        columns = new ArrayList<>(currentColumns);
        keys = currentKeys;
    }

    /** DROP COLUMN; false (after a note) when it is not there and IF EXISTS was given. */
    boolean drop(String name, boolean ifExists, SessionState state) {
        int at = indexOf(name);
        if (at < 0) {
            if (!ifExists) {
                throw new SeqDbException(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, "COLUMN", name);
            }
            state.addNotice(Notice.note(ErrorCode.ER_CANT_DROP_FIELD_OR_KEY, "COLUMN", name));
            return false;
        }
        String dropped = columns.get(at).name();
        if (columns.size() == 1) {
            throw new SeqDbException(ErrorCode.ER_CANT_REMOVE_ALL_FIELDS);
        }
        for (StoredTable child : children) {
            for (StoredTable.StoredForeignKey key : referringKeys(child)) {
                if (containsIgnoreCase(key.referencedColumns(), dropped)) {
                    throw new SeqDbException(ErrorCode.ER_FK_COLUMN_CANNOT_DROP_CHILD, dropped, key.name(),
                            child.database(), child.name());
                }
            }
        }
        for (StoredTable.StoredForeignKey key : foreignKeys) {
            if (containsIgnoreCase(key.columns(), dropped)) {
                String index = keys.stream().filter(k -> !k.columns().isEmpty()
                        && k.columns().get(0).equalsIgnoreCase(key.columns().get(0))).map(StoredTable.StoredKey::name)
                        .findFirst().orElse(key.name());
                throw new SeqDbException(ErrorCode.ER_DROP_INDEX_FK, index);
            }
        }
        List<StoredTable.StoredKey> kept = new ArrayList<>();
        for (StoredTable.StoredKey key : keys) {
            if (!containsIgnoreCase(key.columns(), dropped)) {
                kept.add(key);
            } else if (key.columns().size() > 1) {
                throw new SeqDbException(ErrorCode.ER_KEY_COLUMN_DOES_NOT_EXIST, dropped);
            }
        }
        keys = kept;
        columns.remove(at);
        sources.remove(at);
        converted.remove(Integer.valueOf(at));
        converted.replaceAll(i -> i > at ? i - 1 : i);
        return true;
    }

    /**
     * MODIFY / CHANGE (a new definition, converted on the copy) or RENAME COLUMN ({@code replacement}
     * null); false (after a note) when the column is not there and IF EXISTS was given.
     */
    boolean change(String oldName, StoredTable.StoredColumn replacement, String newName, boolean ifExists,
                   SessionState state) {
        int at = indexOf(oldName);
        if (at < 0) {
            if (!ifExists) {
                throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, oldName, table);
            }
            state.addNotice(Notice.note(ErrorCode.ER_BAD_FIELD_ERROR, oldName, table));
            return false;
        }
        StoredTable.StoredColumn old = columns.get(at);
        int clash = indexOf(newName);
        if (clash >= 0 && clash != at) {
            throw new SeqDbException(ErrorCode.ER_DUP_FIELDNAME, newName);
        }
        StoredTable.StoredColumn next = replacement != null ? replacement
                : new StoredTable.StoredColumn(newName, old.type(), old.nullable(), old.defaultSql(), old.autoIncrement(),
                        old.comment(), old.onUpdateSql(), old.nullWritten());
        if (replacement != null && !replacement.type().equalsIgnoreCase(old.type())) {
            for (StoredTable.StoredForeignKey key : foreignKeys) {
                if (containsIgnoreCase(key.columns(), old.name())) {
                    throw new SeqDbException(ErrorCode.ER_FK_COLUMN_CANNOT_CHANGE, old.name(), key.name());
                }
            }
            for (StoredTable child : children) {
                for (StoredTable.StoredForeignKey key : referringKeys(child)) {
                    if (containsIgnoreCase(key.referencedColumns(), old.name())) {
                        throw new SeqDbException(ErrorCode.ER_FK_COLUMN_CANNOT_CHANGE_CHILD, old.name(), key.name(),
                                child.database(), child.name());
                    }
                }
            }
        }
        columns.set(at, next);
        if (!old.name().equals(next.name())) {
            renamedParentColumns.add(new String[] {old.name(), next.name()});
        }
        if (replacement != null && !converted.contains(at)) {
            converted.add(at);
        }
        if (!old.name().equals(next.name())) {
            renameInKeys(old.name(), next.name());
        }
        return true;
    }

    private void renameInKeys(String from, String to) {
        List<StoredTable.StoredKey> renamed = new ArrayList<>();
        for (StoredTable.StoredKey key : keys) {
            renamed.add(new StoredTable.StoredKey(key.kind(), key.name(), renamedIn(key.columns(), from, to)));
        }
        keys = renamed;
        for (int i = 0; i < foreignKeys.size(); i++) {
            StoredTable.StoredForeignKey key = foreignKeys.get(i);
            foreignKeys.set(i, new StoredTable.StoredForeignKey(key.name(), renamedIn(key.columns(), from, to),
                    key.referencedDatabase(), key.referencedTable(), key.referencedColumns(), key.onDelete(),
                    key.onUpdate()));
        }
    }

    /** The child's foreign keys that refer to this table. */
    private List<StoredTable.StoredForeignKey> referringKeys(StoredTable child) {
        return child.foreignKeys().stream().filter(k -> k.refersTo(database, table)).toList();
    }

    private static List<String> renamedIn(List<String> names, String from, String to) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.add(name.equalsIgnoreCase(from) ? to : name);
        }
        return List.copyOf(result);
    }

    private int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
