package org.seqdb.engine.session;

import java.util.Locale;
import org.seqdb.engine.Result;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.AutoIncrementSettings;
import org.seqdb.engine.sql.ast.Statement;

/** CREATE DATABASE, DROP DATABASE, USE, and SET of variables. */
final class DatabaseExecutor {
    private final SessionState state;
    private final Evaluator evaluator;
    private final Catalog catalog;

    DatabaseExecutor(SessionState state, Evaluator evaluator) {
        this.state = state;
        this.evaluator = evaluator;
        this.catalog = state.database.catalog();
    }

    /** CREATE [OR REPLACE] DATABASE [IF NOT EXISTS]: OR REPLACE drops an existing one first. */
    Result create(Statement.CreateDatabase create) {
        if (create.orReplace() && create.ifNotExists()) {
            throw new SeqDbException(ErrorCode.ER_WRONG_USAGE, "OR REPLACE", "IF NOT EXISTS");
        }
        synchronized (catalog.ddlLock()) {
            if (create.orReplace() && catalog.databaseExists(create.name())) {
                drop(new Statement.DropDatabase(create.name(), false));
            }
            if (catalog.databaseExists(create.name()) || isInformationSchema(create.name())) {
                if (!create.ifNotExists()) {
                    throw new SeqDbException(ErrorCode.ER_DB_CREATE_EXISTS, create.name());
                }
                state.addNotice(Notice.note(ErrorCode.ER_DB_CREATE_EXISTS, create.name()));
                return Result.updateCount(0);
            }
            catalog.createDatabase(create.name());
        }
        return Result.updateCount(1);
    }

    Result drop(Statement.DropDatabase drop) {
        int objects;
        synchronized (catalog.ddlLock()) {
            if (!catalog.databaseExists(drop.name())) {
                if (!drop.ifExists()) {
                    throw new SeqDbException(ErrorCode.ER_DB_DROP_EXISTS, drop.name());
                }
                state.addNotice(Notice.note(ErrorCode.ER_DB_DROP_EXISTS, drop.name()));
                return Result.updateCount(0);
            }
            objects = catalog.objectsIn(drop.name()).size();
            catalog.dropDatabase(drop.name());
        }
        state.temporaries.entrySet().removeIf(entry -> {
            boolean inIt = entry.getKey().startsWith(drop.name() + '\u0000');
            if (inIt && entry.getValue() instanceof org.seqdb.engine.catalog.TableHandle table) {
                state.database.catalog().dropTemporaryRows(table);
            }
            return inIt;
        });
        if (drop.name().equals(state.currentDatabase)) {
            state.currentDatabase = null;
        }
        state.resolutionEpoch++;
        return Result.updateCount(objects);
    }

    Result use(Statement.Use use) {
        use(use.database());
        return Result.updateCount(0);
    }

    void use(String database) {
        if (!catalog.databaseExists(database) && !isInformationSchema(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        state.currentDatabase = database;
        state.resolutionEpoch++;
    }

    private static boolean isInformationSchema(String name) {
        return name.toLowerCase(Locale.ROOT).equals(ShowExecutor.INFORMATION_SCHEMA);
    }

    Result set(Statement.SetVariables set, Object[] parameters) {
        for (Statement.Assignment assignment : set.assignments()) {
            Object value = evaluator.evaluate(assignment.value(), Row.NONE, parameters);
            state.variables.set(assignment.scope(), assignment.name(), value);
            if (assignment.scope().equals("GLOBAL") && assignment.name().startsWith("auto_increment_")) {
                AutoIncrementSettings current = state.database.globals().autoIncrement();
                state.database.globals().put(assignment.name(), state.variables.get("GLOBAL", assignment.name()));
                if (!current.equals(state.database.globals().autoIncrement())) {
                    catalog.touch();
                }
            }
        }
        return Result.updateCount(0);
    }
}
