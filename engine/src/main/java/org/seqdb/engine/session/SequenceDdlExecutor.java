package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Result;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequencePosition;
import org.seqdb.engine.sequence.SequenceRules;
import org.seqdb.engine.sql.StorageEngines;
import org.seqdb.engine.sql.ast.SequenceOptions;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * CREATE, ALTER and DROP SEQUENCE, and FLUSH TABLES, in MariaDB's order of checks: options
 * legal (4085) before the name is free (1050), the database exists (1049) before anything.
 * Permanent objects change under the catalog's DDL lock; temporary ones in the session.
 */
final class SequenceDdlExecutor {
    private final SessionState state;
    private final Resolver resolver;
    private final Catalog catalog;

    SequenceDdlExecutor(SessionState state, Resolver resolver) {
        this.state = state;
        this.resolver = resolver;
        this.catalog = state.database.catalog();
    }

    Result create(Statement.CreateSequence create) {
        ObjectName name = create.name();
        String database = resolver.databaseOf(name);
        if (create.orReplace() && create.ifNotExists()) {
            throw new SeqDbException(ErrorCode.ER_WRONG_USAGE, "OR REPLACE", "IF NOT EXISTS");
        }
        if (!catalog.databaseExists(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        SequenceDefinition definition = SequenceRules.forCreate(create.options());
        if (!SequenceRules.isLegal(definition, definition.start(), catalog.autoIncrement())) {
            throw new SeqDbException(ErrorCode.ER_SEQUENCE_INVALID_DATA, database, name.name());
        }
        if (create.temporary()) {
            return createTemporary(create, database, definition);
        }
        synchronized (catalog.ddlLock()) {
            SchemaObject existing = catalog.find(database, name.name());
            if (existing != null && !create.orReplace()) {
                return alreadyExists(create.ifNotExists(), name.name());
            }
            checkTableOptions(create.options());
            catalog.createSequence(database, name.name(), definition);
        }
        return Result.updateCount(0);
    }

    /**
     * What the storage engine says when it creates the sequence's table: 1478 if it cannot hold a
     * sequence, 1911 for a name = value option it does not define (InnoDB, MyISAM and Aria define
     * none that seqdb keeps).
     */
    static void checkTableOptions(SequenceOptions options) {
        if (options.engine() != null && !StorageEngines.supportsSequences(options.engine())) {
            throw new SeqDbException(ErrorCode.ER_ILLEGAL_HA_CREATE_OPTION, options.engine(), "SEQUENCE");
        }
        if (!options.engineAttributes().isEmpty()) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_OPTION, options.engineAttributes().get(0));
        }
    }

    private Result createTemporary(Statement.CreateSequence create, String database, SequenceDefinition definition) {
        String key = Resolver.temporaryKey(database, create.name().name());
        if (state.temporaries.containsKey(key) && !create.orReplace()) {
            return alreadyExists(create.ifNotExists(), create.name().name());
        }
        checkTableOptions(create.options());
        state.temporaries.put(key, catalog.temporaryHandle(database, create.name().name(), definition,
                new SequencePosition(definition.start(), 0)));
        state.resolutionEpoch++;
        return Result.updateCount(0);
    }

    private Result alreadyExists(boolean ifNotExists, String name) {
        if (!ifNotExists) {
            throw new SeqDbException(ErrorCode.ER_TABLE_EXISTS_ERROR, name);
        }
        state.addNotice(Notice.note(ErrorCode.ER_TABLE_EXISTS_ERROR, name));
        return Result.updateCount(0);
    }

    /**
     * ALTER SEQUENCE works on the permanent sequence of that name: MariaDB opens the base table, so a
     * temporary sequence is neither altered nor in the way (4091 if there is only a temporary one).
     */
    Result alter(Statement.AlterSequence alter) {
        ObjectName name = alter.name();
        String database = resolver.databaseOf(name);
        synchronized (catalog.ddlLock()) {
            SchemaObject object = catalog.find(database, name.name());
            if (object == null) {
                if (alter.ifExists()) {
                    state.addNotice(Notice.note(ErrorCode.ER_UNKNOWN_SEQUENCES, database + "." + name.name()));
                    return Result.updateCount(0);
                }
                throw new SeqDbException(ErrorCode.ER_UNKNOWN_SEQUENCES, name.name());
            }
            if (!(object instanceof SequenceHandle handle)) {
                throw new SeqDbException(ErrorCode.ER_NOT_SEQUENCE, database, name.name());
            }
            SequenceDefinition definition = SequenceRules.forAlter(handle.definition(), alter.options());
            catalog.replaceSequenceRow(handle, definition, stored -> {
                // MariaDB builds the altered row afresh: only next_not_cached_value is carried over (read
                // under the sequence's lock, so no block reserved meanwhile is lost); cycle_count restarts at 0
                SequencePosition position = new SequencePosition(stored.nextNotCached(), 0);
                if (alter.options().restart()) {
                    long restartAt = alter.options().restartValue() != null ? alter.options().restartValue()
                            : definition.start();
                    position = new SequencePosition(restartAt, 0);
                }
                if (!SequenceRules.isLegal(definition, position.nextNotCached(), catalog.autoIncrement())) {
                    throw new SeqDbException(ErrorCode.ER_SEQUENCE_INVALID_DATA, database, name.name());
                }
                return position;
            });
        }
        return Result.updateCount(0);
    }

    Result drop(Statement.DropSequence drop) {
        UniqueNames.check(resolver, drop.names());
        List<String> missing = new ArrayList<>();
        synchronized (catalog.ddlLock()) {
            for (ObjectName name : drop.names()) {
                String database = resolver.databaseOf(name);
                String key = Resolver.temporaryKey(database, name.name());
                if (state.temporaries.get(key) instanceof SequenceHandle) {
                    state.temporaries.remove(key);
                    state.resolutionEpoch++;
                    continue;
                }
                SchemaObject object = drop.temporary() ? null : catalog.find(database, name.name());
                if (object == null) {
                    missing.add(database + "." + name.name());
                } else if (!(object instanceof SequenceHandle)) {
                    if (!drop.ifExists()) {
                        throw new SeqDbException(ErrorCode.ER_NOT_SEQUENCE2, database, name.name());
                    }
                    state.addNotice(Notice.note(ErrorCode.ER_NOT_SEQUENCE2, database, name.name()));
                } else {
                    catalog.drop(object);
                }
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join(",", missing);
            if (!drop.ifExists()) {
                throw new SeqDbException(ErrorCode.ER_UNKNOWN_SEQUENCES, names);
            }
            state.addNotice(Notice.note(ErrorCode.ER_UNKNOWN_SEQUENCES, names));
        }
        return Result.updateCount(0);
    }

    /**
     * FLUSH TABLES [names]: every named (or every) permanent sequence forgets its cached block.
     * Temporary sequences keep theirs: MariaDB closes only the shared tables, and a session's
     * temporary tables are not among them.
     */
    Result flush(Statement.FlushTables flush) {
        if (flush.names().isEmpty()) {
            for (String database : catalog.databases()) {
                for (SchemaObject object : catalog.objectsIn(database)) {
                    if (object instanceof SequenceHandle handle) {
                        handle.discardCache();
                    }
                }
            }
            return Result.updateCount(0);
        }
        for (ObjectName name : flush.names()) {
            if (catalog.find(resolver.databaseOf(name), name.name()) instanceof SequenceHandle handle) {
                handle.discardCache();
            }
        }
        return Result.updateCount(0);
    }
}
