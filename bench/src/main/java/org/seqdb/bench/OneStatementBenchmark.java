package org.seqdb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark of one prepared statement on one connection, for the whole trial, to a peer's fresh
 * database with sequence {@code s}. A subclass names the peers ({@code @Param db}), whether the
 * sequence is cached and the statement's SQL.
 */
@State(Scope.Benchmark)
public abstract class OneStatementBenchmark extends PeerBenchmark {
    private OpenDatabase open;
    private Connection connection;
    /** The statement a benchmark method executes. */
    protected PreparedStatement statement;

    /** The peer of this trial (the subclass's {@code @Param db}). */
    protected abstract Peer peer();

    /** Whether sequence {@code s} has a cache (1000 values per block where the peer lets one say so). */
    protected abstract boolean cachedSequence();

    protected abstract String sql(Peer peer);

    @Setup(Level.Trial)
    public void open() throws Exception {
        open = OpenDatabase.open(peer(), cachedSequence());
        connection = open.connect();
        statement = connection.prepareStatement(sql(peer()));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
        open.close();
    }
}
