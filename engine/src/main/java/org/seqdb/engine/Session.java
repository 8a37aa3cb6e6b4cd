package org.seqdb.engine;

import java.util.List;
import org.seqdb.engine.error.Notice;

/**
 * A connection's view of a database: its current database, LASTVAL values, temporary
 * sequences, session variables and the notices of its last statement. A session may be
 * used by several threads, one statement at a time (calls are serialized on the session).
 */
public interface Session extends AutoCloseable {
    /** Parses and runs one statement. Throws {@link org.seqdb.engine.error.SeqDbException}. */
    Result execute(String sql);

    /** Parses a statement once for repeated execution. */
    PreparedCommand prepare(String sql);

    /**
     * The notes, warnings and error of the last statement that ran (SHOW WARNINGS). A statement
     * that succeeds also hands them back in {@link Result#notices()}, which another thread's
     * statement on the same session cannot change in between.
     */
    List<Notice> notices();

    /** The current database, or null if none is selected. */
    String currentDatabase();

    /** Makes {@code database} current (USE); fails with 1049 if it does not exist. */
    void useDatabase(String database);

    boolean isClosed();

    /** True unless autocommit was turned off ({@code SET autocommit=0} or {@link #setAutoCommit}). */
    boolean autoCommit();

    /** Turns autocommit on (committing an open transaction) or off. */
    void setAutoCommit(boolean on);

    /** Commits the open transaction on table rows, if any. */
    void commit();

    /** Rolls back the open transaction on table rows, if any; sequence values taken are not given back. */
    void rollback();

    /** Ends the session: its temporary sequences are dropped. */
    @Override
    void close();
}
