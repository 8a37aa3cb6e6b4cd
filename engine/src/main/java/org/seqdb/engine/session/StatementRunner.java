package org.seqdb.engine.session;

import org.seqdb.engine.Result;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Statement;

/** Sends each kind of statement to the executor that runs it. One per session. */
final class StatementRunner {
    private final SelectExecutor select;
    private final SequenceDdlExecutor sequences;
    private final DatabaseExecutor databases;
    private final TableExecutor tables;
    private final TableDdlExecutor tableDdl;
    private final ShowExecutor show;
    private final ViewExecutor views;

    StatementRunner(SessionState state) {
        Resolver resolver = new Resolver(state);
        Evaluator evaluator = new Evaluator(state, resolver);
        this.select = new SelectExecutor(state, resolver, evaluator);
        this.sequences = new SequenceDdlExecutor(state, resolver);
        this.databases = new DatabaseExecutor(state, evaluator);
        this.tables = new TableExecutor(state, resolver, evaluator);
        this.tableDdl = new TableDdlExecutor(state, resolver);
        this.show = new ShowExecutor(state, resolver, evaluator);
        this.views = new ViewExecutor(state, resolver);
    }

    DatabaseExecutor databases() {
        return databases;
    }

    Result run(Statement statement, Object[] parameters) {
        if (statement instanceof Statement.Select s) {
            return select.select(s, parameters);
        }
        if (statement instanceof Statement.Do s) {
            return select.doStatement(s, parameters);
        }
        if (statement instanceof Statement.CreateSequence s) {
            return sequences.create(s);
        }
        if (statement instanceof Statement.AlterSequence s) {
            return sequences.alter(s);
        }
        if (statement instanceof Statement.DropSequence s) {
            return sequences.drop(s);
        }
        if (statement instanceof Statement.FlushTables s) {
            return sequences.flush(s);
        }
        if (statement instanceof Statement.CreateDatabase s) {
            return databases.create(s);
        }
        if (statement instanceof Statement.DropDatabase s) {
            return databases.drop(s);
        }
        if (statement instanceof Statement.Use s) {
            return databases.use(s);
        }
        if (statement instanceof Statement.SetVariables s) {
            return databases.set(s, parameters);
        }
        if (statement instanceof Statement.CreateTable s) {
            return s.sequence() && !s.temporary() ? tableDdl.createSequenceTable(s)
                    : tables.createTable(s);
        }
        if (statement instanceof Statement.CreateTableLike s) {
            return tableDdl.createTableLike(s);
        }
        if (statement instanceof Statement.RenameTables s) {
            return tableDdl.renameTables(s);
        }
        if (statement instanceof Statement.AlterTable s) {
            return tableDdl.alterTable(s);
        }
        if (statement instanceof Statement.DropView s) {
            return views.drop(s);
        }
        if (statement instanceof Statement.DropTable s) {
            return tables.dropTable(s);
        }
        if (statement instanceof Statement.Insert s) {
            return tables.insert(s, parameters);
        }
        if (statement instanceof Statement.Update s) {
            return tables.refuseRowChange(s.table());
        }
        if (statement instanceof Statement.Delete s) {
            return tables.refuseRowChange(s.table());
        }
        if (statement instanceof Statement.ShowWarnings s) {
            return show.warnings(s);
        }
        if (statement instanceof Statement.ShowDatabases s) {
            return show.databases(s);
        }
        if (statement instanceof Statement.ShowTables s) {
            return show.tables(s, parameters);
        }
        if (statement instanceof Statement.ShowCreate s) {
            return show.create(s);
        }
        if (statement instanceof Statement.ShowVariables s) {
            return show.variables(s);
        }
        if (statement instanceof Statement.Accepted) {
            return Result.updateCount(0);
        }
        if (statement instanceof Statement.Empty) {
            throw new SeqDbException(ErrorCode.ER_EMPTY_QUERY);
        }
        throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, statement.getClass().getSimpleName());
    }
}
