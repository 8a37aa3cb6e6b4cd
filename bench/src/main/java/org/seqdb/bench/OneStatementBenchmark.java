package org.seqdb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A benchmark of one prepared statement on one connection, for the whole trial, to a peer's fresh
 * database with sequence {@code s}. A subclass declares its peers as {@code @Param db} (a
 * {@link Peer}; read here from the trial's parameters) and says whether the sequence is cached and
 * what SQL the statement runs.
 */
@State(Scope.Benchmark)
public abstract class OneStatementBenchmark extends PeerBenchmark {
    private final boolean cachedSequence;
    private final Function<Peer, String> sql;
    private OpenDatabase open;
    private Connection connection;
    /** The statement a benchmark method executes. */
    protected PreparedStatement statement;

    /**
     * @param cachedSequence whether sequence {@code s} has a cache (1000 values per block where the
     *                       peer lets one say so)
     * @param sql            the statement's SQL in the peer's dialect
     */
    protected OneStatementBenchmark(boolean cachedSequence, Function<Peer, String> sql) {
        this.cachedSequence = cachedSequence;
        this.sql = sql;
    }

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) throws Exception {
        Peer peer = Peer.valueOf(params.getParam("db"));
        open = OpenDatabase.open(peer, cachedSequence);
        connection = open.connect();
        statement = connection.prepareStatement(sql.apply(peer));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
        open.close();
    }
}
