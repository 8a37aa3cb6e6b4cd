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
import org.seqdb.engine.sequence.SequenceRules;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.SequenceOptions;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.StoredTable;

/**
 * The table-namespace statements that sequences answer to as tables do: CREATE TABLE ...
 * SEQUENCE=1 (with MariaDB's structure checks, error 4086), CREATE TABLE ... LIKE,
 * RENAME TABLE and ALTER TABLE ... RENAME / ENGINE= / COMMENT=.
 */
final class TableDdlExecutor {
    /** The columns a sequence table must have, in order (sql/sql_sequence.cc: sequence_structure). */
    private record RequiredColumn(String name, String baseType, boolean unsigned) {
    }

    private static final List<RequiredColumn> SEQUENCE_STRUCTURE = List.of(
            new RequiredColumn("next_not_cached_value", "bigint", false),
            new RequiredColumn("minimum_value", "bigint", false),
            new RequiredColumn("maximum_value", "bigint", false),
            new RequiredColumn("start_value", "bigint", false),
            new RequiredColumn("increment", "bigint", false),
            new RequiredColumn("cache_size", "bigint", true),
            new RequiredColumn("cycle_option", "tinyint", true),
            new RequiredColumn("cycle_count", "bigint", false));

    private final SessionState state;
    private final Resolver resolver;
    private final Catalog catalog;
    private final Transactions transactions;
    private final TableAlterations alterations;
    private final ForeignKeys foreignKeys;

    TableDdlExecutor(SessionState state, Resolver resolver, Transactions transactions, ColumnDefaults defaults,
                     ForeignKeys foreignKeys) {
        this.state = state;
        this.resolver = resolver;
        this.catalog = state.database.catalog();
        this.transactions = transactions;
        this.foreignKeys = foreignKeys;
        this.alterations = new TableAlterations(state, new TableDefinitions(state, resolver), defaults, foreignKeys);
    }

    /** CREATE TABLE s (the 8 columns) SEQUENCE=1: a sequence with the default options. */
    Result createSequenceTable(Statement.CreateTable create) {
        String database = resolver.databaseOf(create.name());
        if (!catalog.databaseExists(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        String problem = structureProblem(create);
        if (problem != null) {
            throw new SeqDbException(ErrorCode.ER_SEQUENCE_INVALID_TABLE_STRUCTURE, database, create.name().name(),
                    problem);
        }
        SequenceOptions table = create.tableOptions();
        SequenceDefinition definition = SequenceRules.forCreate(new SequenceOptions(null, null, null, null, null,
                null, false, null, null, table.engine(), table.comment()));
        synchronized (catalog.ddlLock()) {
            if (catalog.find(database, create.name().name()) != null && !create.orReplace()) {
                return alreadyExists(create.ifNotExists(), create.name().name());
            }
            SequenceDdlExecutor.checkTableOptions(table);
            catalog.createSequence(database, create.name().name(), definition);
        }
        return Result.updateCount(0);
    }

    /** MariaDB's reason text for a table that cannot be a sequence, or null if it can. */
    private static String structureProblem(Statement.CreateTable create) {
        List<Statement.ColumnDefinition> columns = create.columns();
        if (columns.size() != SEQUENCE_STRUCTURE.size()) {
            return "Wrong number of columns";
        }
        if (create.hasKeys()) {
            return "Sequence tables cannot have any keys";
        }
        for (int i = 0; i < columns.size(); i++) {
            Statement.ColumnDefinition column = columns.get(i);
            RequiredColumn required = SEQUENCE_STRUCTURE.get(i);
            String baseType = column.type().replaceFirst("\\(.*", "");
            if (!column.name().equalsIgnoreCase(required.name()) || !baseType.equals(required.baseType())
                    || column.unsigned() != required.unsigned() || !column.notNull()) {
                return column.name();
            }
        }
        return null;
    }

    /** CREATE TABLE t LIKE s: a sequence copies the definition and starts anew; a table its columns and keys. */
    Result createTableLike(Statement.CreateTableLike create) {
        transactions.implicitCommit();
        String database = resolver.databaseOf(create.name());
        String sourceDatabase = resolver.databaseOf(create.source());
        if (!catalog.databaseExists(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        synchronized (catalog.ddlLock()) {
            SchemaObject source = resolver.find(create.source());
            if (source == null) {
                throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, sourceDatabase, create.source().name());
            }
            String name = create.name().name();
            if (catalog.find(database, name) != null && !create.orReplace()) {
                return alreadyExists(create.ifNotExists(), name);
            }
            if (source instanceof SequenceHandle sequence) {
                // MariaDB copies the table, not the row: the new sequence has the default options
                SequenceDefinition copied = sequence.definition();
                catalog.createSequence(database, name, SequenceRules.forCreate(new SequenceOptions(null, null, null,
                        null, null, null, false, null, null, copied.engine(), copied.comment())));
            } else {
                StoredTable t = ((TableHandle) source).definition();
                catalog.createTable(new StoredTable(database, name, t.columns(), t.engine(), t.comment(), 0, t.keys(),
                        List.of(), 1));
            }
        }
        return Result.updateCount(0);
    }

    /** RENAME TABLE a TO b, ...: in order; if one fails, those before it are undone. */
    Result renameTables(Statement.RenameTables rename) {
        transactions.implicitCommit();
        synchronized (catalog.ddlLock()) {
            List<SchemaObject> done = new ArrayList<>();
            List<ObjectName> originalNames = new ArrayList<>();
            try {
                for (Statement.Rename pair : rename.renames()) {
                    SchemaObject object = persistentObject(pair.from());
                    originalNames.add(new ObjectName(object.database(), object.name()));
                    done.add(moveTo(object, pair.to()));
                }
            } catch (SeqDbException e) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    ObjectName original = originalNames.get(i);
                    catalog.rename(done.get(i), original.database(), original.name());
                }
                throw e;
            }
        }
        return Result.updateCount(0);
    }

    /** ALTER TABLE [IF EXISTS] t RENAME TO u / ENGINE= / COMMENT= / column and key changes. */
    Result alterTable(Statement.AlterTable alter) {
        transactions.implicitCommit();
        synchronized (catalog.ddlLock()) {
            SchemaObject object = catalog.find(resolver.databaseOf(alter.name()), alter.name().name());
            if (object == null) {
                String database = resolver.databaseOf(alter.name());
                if (!alter.ifExists()) {
                    throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, alter.name().name());
                }
                // MariaDB reports the missing table at level Error, the statement still succeeds
                state.addNotice(Notice.error(new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database,
                        alter.name().name())));
                return Result.updateCount(0);
            }
            SequenceOptions options = alter.tableOptions();
            if (!alter.actions().isEmpty()) {
                if (!(object instanceof TableHandle table)) {
                    throw new SeqDbException(ErrorCode.ER_ILLEGAL_HA, "SEQUENCE", object.database(), object.name());
                }
                object = alterations.apply(table, alter.actions());
            }
            if (options.engine() != null || options.comment() != null) {
                object = withTableOptions(object, options);
            }
            if (alter.renameTo() != null) {
                moveTo(object, alter.renameTo());
            }
        }
        return Result.updateCount(0);
    }

    private SchemaObject withTableOptions(SchemaObject object, SequenceOptions options) {
        if (object instanceof SequenceHandle sequence) {
            SequenceDdlExecutor.checkTableOptions(options);
            SequenceDefinition d = sequence.definition();
            catalog.replaceSequenceDefinition(sequence, d.withTableOptions(
                    options.engine() != null ? options.engine() : d.engine(),
                    options.comment() != null ? options.comment() : d.comment()));
            return sequence;
        }
        StoredTable t = ((TableHandle) object).definition();
        return catalog.createTable(t.withOptions(options.engine() != null ? options.engine() : t.engine(),
                options.comment() != null ? options.comment() : t.comment()));
    }

    /** CREATE [UNIQUE] INDEX name ON t (columns): ALTER TABLE t ADD [UNIQUE] INDEX name (columns). */
    Result createIndex(Statement.CreateIndex create) {
        Statement.KeyDefinition key = new Statement.KeyDefinition(create.unique() ? "UNIQUE" : "INDEX", create.name(),
                create.columns());
        return alterTable(new Statement.AlterTable(create.table(), false, null, SequenceOptions.NONE,
                List.of(new Statement.AddKey(key, create.ifNotExists()))));
    }

    /** DROP INDEX name ON t: ALTER TABLE t DROP INDEX name. */
    Result dropIndex(Statement.DropIndex drop) {
        Statement.AlterAction action = drop.name().equalsIgnoreCase("PRIMARY")
                ? new Statement.DropKey("PRIMARY", false, drop.ifExists())
                : new Statement.DropKey(drop.name(), false, drop.ifExists());
        return alterTable(new Statement.AlterTable(drop.table(), false, null, SequenceOptions.NONE, List.of(action)));
    }

    /** TRUNCATE [TABLE] t: every row gone at once, and AUTO_INCREMENT back at its start (DDL: commits first). */
    Result truncate(Statement.Truncate truncate) {
        transactions.implicitCommit();
        synchronized (catalog.ddlLock()) {
            SchemaObject object = persistentObject(truncate.table());
            if (object instanceof TableHandle table) {
                refuseIfReferenced(table);
                catalog.truncateTable(table);
            } else {
                throw new SeqDbException(ErrorCode.ER_ILLEGAL_HA, "SEQUENCE", object.database(), object.name());
            }
        }
        return Result.updateCount(0);
    }

    /** InnoDB does not truncate a table another table's foreign key refers to (1701), unless the checks are off. */
    private void refuseIfReferenced(TableHandle table) {
        if (!foreignKeys.enabled()) {
            return;
        }
        for (ForeignKeys.Reference reference : foreignKeys.referencesTo(table)) {
            if (reference.child() != table) {
                StoredTable.StoredForeignKey key = reference.key();
                throw new SeqDbException(ErrorCode.ER_TRUNCATE_ILLEGAL_FK, "`" + reference.child().database() + "`.`"
                        + reference.child().name() + "`, CONSTRAINT `" + key.name() + "` FOREIGN KEY ("
                        + ForeignKeys.quoteAll(key.columns()) + ") REFERENCES `" + key.referencedDatabase() + "`.`"
                        + key.referencedTable() + "` (" + ForeignKeys.quoteAll(key.referencedColumns()) + ")");
            }
        }
    }

    private SchemaObject persistentObject(ObjectName name) {
        String database = resolver.databaseOf(name);
        SchemaObject object = catalog.find(database, name.name());
        if (object == null) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, name.name());
        }
        return object;
    }

    private SchemaObject moveTo(SchemaObject object, ObjectName target) {
        String database = resolver.databaseOf(target);
        if (!catalog.databaseExists(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        if (catalog.find(database, target.name()) != null) {
            throw new SeqDbException(ErrorCode.ER_TABLE_EXISTS_ERROR, target.name());
        }
        return catalog.rename(object, database, target.name());
    }

    private Result alreadyExists(boolean ifNotExists, String name) {
        if (!ifNotExists) {
            throw new SeqDbException(ErrorCode.ER_TABLE_EXISTS_ERROR, name);
        }
        state.addNotice(Notice.note(ErrorCode.ER_TABLE_EXISTS_ERROR, name));
        return Result.updateCount(0);
    }
}
