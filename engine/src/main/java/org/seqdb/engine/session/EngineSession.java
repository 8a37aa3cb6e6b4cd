package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.seqdb.engine.PreparedCommand;
import org.seqdb.engine.Result;
import org.seqdb.engine.Session;
import org.seqdb.engine.database.Database;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.Parser;
import org.seqdb.engine.sql.ast.Statement;

/**
 * A session: parses (through the database's statement cache) and runs statements one at a
 * time, keeping the notices of each. Any failure reaches the caller as a
 * {@link SeqDbException}; an unexpected one is wrapped, never passed on raw.
 */
public final class EngineSession implements Session {
    private static final Object[] NO_PARAMETERS = new Object[0];

    private final Database database;
    private final Consumer<Database> onClose;
    private final SessionState state;
    private final StatementRunner runner;
    private volatile boolean closed;

    public EngineSession(Database database, Consumer<Database> onClose) {
        this.database = database;
        this.onClose = onClose;
        this.state = new SessionState(database);
        this.runner = new StatementRunner(state);
    }

    @Override
    public Result execute(String sql) {
        Parser.Parsed parsed;
        synchronized (this) {
            ensureOpen();
            try {
                parsed = database.statementCache().parse(sql);
            } catch (SeqDbException e) {
                beginStatement(null);
                state.addNotice(Notice.error(e));
                throw e;
            }
            return run(parsed.statement(), NO_PARAMETERS);
        }
    }

    @Override
    public PreparedCommand prepare(String sql) {
        synchronized (this) {
            ensureOpen();
        }
        Parser.Parsed parsed = database.statementCache().parse(sql);
        return new EnginePreparedCommand(this, parsed);
    }

    /** Runs one parsed statement with its parameters; the one way statements run. */
    synchronized Result run(Statement statement, Object[] parameters) {
        ensureOpen();
        beginStatement(statement);
        try {
            return runner.run(statement, parameters);
        } catch (SeqDbException e) {
            state.addNotice(Notice.error(e));
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            SeqDbException wrapped = new SeqDbException(e, ErrorCode.ER_INTERNAL, String.valueOf(e));
            state.addNotice(Notice.error(wrapped));
            throw wrapped;
        }
    }

    /** The notices of the statement before stay readable by SHOW WARNINGS and @@warning_count. */
    private void beginStatement(Statement statement) {
        if (statement instanceof Statement.ShowWarnings) {
            return;
        }
        if (!state.notices.isEmpty() || !state.previousNotices.isEmpty()) {
            state.previousNotices = state.notices;
            state.notices = new ArrayList<>();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new SeqDbException(ErrorCode.ER_CONNECTION_CLOSED, "The connection is closed");
        }
    }

    @Override
    public synchronized List<Notice> notices() {
        return List.copyOf(state.notices);
    }

    @Override
    public synchronized String currentDatabase() {
        return state.currentDatabase;
    }

    @Override
    public synchronized void useDatabase(String databaseName) {
        ensureOpen();
        runner.databases().use(databaseName);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            state.temporaries.clear();
        }
        onClose.accept(database);
    }
}
