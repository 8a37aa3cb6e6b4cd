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
    private final Transactions transactions;
    private volatile boolean closed;

    public EngineSession(Database database, Consumer<Database> onClose) {
        this.database = database;
        this.onClose = onClose;
        this.state = new SessionState(database);
        this.transactions = new Transactions(state);
        this.runner = new StatementRunner(state, transactions);
    }

    @Override
    public Result execute(String sql) {
        Parser.Parsed parsed;
        synchronized (this) {
            ensureOpen();
            try {
                parsed = database.statementCache().parse(sql, state.variables.ignoreSpace());
            } catch (SeqDbException e) {
                beginStatement(null);
                addErrorNotices(e);
                throw e;
            }
            if (parsed.parameterCount() > 0) {
                beginStatement(null);
                SeqDbException e = parsed.markersInPlainQuery();
                addErrorNotices(e);
                throw e;
            }
            return run(parsed.statement(), NO_PARAMETERS);
        }
    }

    @Override
    public PreparedCommand prepare(String sql) {
        boolean ignoreSpace;
        synchronized (this) {
            ensureOpen();
            ignoreSpace = state.variables.ignoreSpace();
        }
        Parser.Parsed parsed = database.statementCache().parse(sql, ignoreSpace);
        return new EnginePreparedCommand(this, parsed);
    }

    /** Runs one parsed statement with its parameters; the one way statements run. */
    synchronized Result run(Statement statement, Object[] parameters) {
        ensureOpen();
        beginStatement(statement);
        try {
            return runner.run(statement, parameters).withNotices(statementNotices());
        } catch (SeqDbException e) {
            addErrorNotices(e);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            SeqDbException wrapped = new SeqDbException(e, ErrorCode.ER_INTERNAL, String.valueOf(e));
            state.addNotice(Notice.error(wrapped));
            throw wrapped;
        }
    }

    /**
     * Starts the statement's notices: a new list, unless the statement uses no table and so
     * leaves the list of the statement before for SHOW WARNINGS and @@warning_count.
     */
    private void beginStatement(Statement statement) {
        // field writes only: this runs before every statement, SELECT NEXTVAL(s) among them
        state.statementNow = null;
        state.statementSerial++;
        state.currentRow = 0;
        if (statement != null && Diagnostics.keepsPreviousNotices(statement)) {
            state.statementNoticesFrom = state.notices.size();
            return;
        }
        if (!state.notices.isEmpty()) {
            state.notices = new ArrayList<>();
        }
        state.statementNoticesFrom = 0;
    }

    private void addErrorNotices(SeqDbException e) {
        state.addNotice(Notice.error(e));
        for (Notice more : e.alsoReported()) {
            state.addNotice(more);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new SeqDbException(ErrorCode.ER_CONNECTION_CLOSED, "The connection is closed");
        }
    }

    @Override
    public synchronized List<Notice> notices() {
        return statementNotices();
    }

    private List<Notice> statementNotices() {
        List<Notice> all = state.notices;
        return all.size() == state.statementNoticesFrom ? List.of()
                : List.copyOf(all.subList(state.statementNoticesFrom, all.size()));
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
    public synchronized boolean autoCommit() {
        ensureOpen();
        Object value = state.variables.get(null, "autocommit");
        return !(value instanceof Long l) || l != 0;
    }

    @Override
    public synchronized void setAutoCommit(boolean on) {
        ensureOpen();
        state.variables.set("SESSION", "autocommit", on ? 1L : 0L);
        transactions.autocommitSet();
    }

    @Override
    public synchronized void commit() {
        ensureOpen();
        transactions.commit();
    }

    @Override
    public synchronized void rollback() {
        ensureOpen();
        transactions.rollback();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                transactions.close();
                for (Object temporary : state.temporaries.values()) {
                    if (temporary instanceof org.seqdb.engine.catalog.TableHandle table) {
                        database.catalog().dropTemporaryRows(table);
                    }
                }
            } catch (RuntimeException e) {
                // the database may be closing; what was not committed is rolled back when it opens again
            }
            state.temporaries.clear();
        }
        onClose.accept(database);
    }
}
