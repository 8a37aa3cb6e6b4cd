package org.seqdb.engine.store;

import java.util.List;

/**
 * A table's definition as the store holds it.
 *
 * @param id                 the number naming the table's row maps in the file (given at CREATE and at
 *                           TRUNCATE, never reused); 0 for a definition from a file that held no rows yet
 * @param keys               PRIMARY KEY first (if any), then UNIQUE and plain keys in definition order
 * @param autoIncrementStart the AUTO_INCREMENT=n table option (1 when not given)
 */
public record StoredTable(String database, String name, List<StoredColumn> columns, String engine, String comment,
                          long id, List<StoredKey> keys, List<StoredForeignKey> foreignKeys,
                          long autoIncrementStart) {

    public StoredTable(String database, String name, List<StoredColumn> columns, String engine, String comment) {
        this(database, name, columns, engine, comment, 0, List.of(), List.of(), 1);
    }

    /** The same table in another database or under another name. */
    public StoredTable renamed(String newDatabase, String newName) {
        return new StoredTable(newDatabase, newName, columns, engine, comment, id, keys, foreignKeys,
                autoIncrementStart);
    }

    public StoredTable withOptions(String newEngine, String newComment) {
        return new StoredTable(database, name, columns, newEngine, newComment, id, keys, foreignKeys,
                autoIncrementStart);
    }

    public StoredTable withId(long newId) {
        return new StoredTable(database, name, columns, engine, comment, newId, keys, foreignKeys, autoIncrementStart);
    }

    /**
     * This table with its foreign keys that refer to {@code database.name} referring to
     * {@code newDatabase.newName} instead (InnoDB's RENAME TABLE of a parent); itself if none does.
     */
    public StoredTable withParentRenamed(String database, String name, String newDatabase, String newName) {
        return withKeysTo(database, name, key -> new StoredForeignKey(key.name(), key.columns(), newDatabase, newName,
                key.referencedColumns(), key.onDelete(), key.onUpdate()));
    }

    /**
     * This table with its foreign keys to {@code database.name} naming the parent's renamed columns
     * by their new names ({old, new} pairs; InnoDB's RENAME COLUMN of a referred-to column).
     */
    public StoredTable withReferencedColumnsRenamed(String database, String name, List<String[]> renames) {
        return withKeysTo(database, name, key -> {
            List<String> referenced = new java.util.ArrayList<>();
            for (String column : key.referencedColumns()) {
                String renamed = column;
                for (String[] rename : renames) {
                    renamed = renamed.equalsIgnoreCase(rename[0]) ? rename[1] : renamed;
                }
                referenced.add(renamed);
            }
            return new StoredForeignKey(key.name(), key.columns(), key.referencedDatabase(), key.referencedTable(),
                    List.copyOf(referenced), key.onDelete(), key.onUpdate());
        });
    }

    /** This table with {@code change} applied to its foreign keys to {@code database.name}; itself if it has none. */
    private StoredTable withKeysTo(String database, String name,
                                   java.util.function.UnaryOperator<StoredForeignKey> change) {
        boolean refers = false;
        List<StoredForeignKey> changed = new java.util.ArrayList<>(foreignKeys.size());
        for (StoredForeignKey key : foreignKeys) {
            if (key.refersTo(database, name)) {
                changed.add(change.apply(key));
                refers = true;
            } else {
                changed.add(key);
            }
        }
        return refers ? withStructure(columns, keys, List.copyOf(changed), autoIncrementStart) : this;
    }

    public StoredTable withStructure(List<StoredColumn> newColumns, List<StoredKey> newKeys,
                                     List<StoredForeignKey> newForeignKeys, long newAutoIncrementStart) {
        return new StoredTable(database, name, newColumns, engine, comment, id, newKeys, newForeignKeys,
                newAutoIncrementStart);
    }

    /**
     * One column: its name, its type as SHOW CREATE TABLE prints it, whether it may hold NULL, and
     * its attributes.
     *
     * @param defaultSql  the default as MariaDB prints it ({@code 1.00}, {@code 'x'}, {@code nextval(`db`.`s`)},
     *                    {@code current_timestamp()}), or null when the column has none
     * @param onUpdateSql ON UPDATE's expression as printed, or null
     * @param nullWritten NULL was written in the definition (a TIMESTAMP column then prints it)
     */
    public record StoredColumn(String name, String type, boolean nullable, String defaultSql, boolean autoIncrement,
                               String comment, String onUpdateSql, boolean nullWritten) {
        public StoredColumn(String name, String type, boolean nullable) {
            this(name, type, nullable, null, false, null, null, false);
        }
    }

    /** A key: {@code kind} is PRIMARY, UNIQUE or INDEX. */
    public record StoredKey(String kind, String name, List<String> columns) {
        public boolean primary() {
            return kind.equals("PRIMARY");
        }

        public boolean unique() {
            return !kind.equals("INDEX");
        }
    }

    /** A foreign key; {@code onDelete} / {@code onUpdate} are null when not given (RESTRICT). */
    public record StoredForeignKey(String name, List<String> columns, String referencedDatabase,
                                   String referencedTable, List<String> referencedColumns, String onDelete,
                                   String onUpdate) {
        /** True if the key refers to the table {@code database.table}. */
        public boolean refersTo(String database, String table) {
            return referencedDatabase.equals(database) && referencedTable.equals(table);
        }
    }
}
