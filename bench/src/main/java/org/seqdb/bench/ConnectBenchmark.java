package org.seqdb.bench;

import java.sql.Connection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of opening and closing a connection to a database that is already open (one
 * connection is held for the whole trial, so no open/close reaches the files' boot or close).
 */
@State(Scope.Benchmark)
public class ConnectBenchmark extends PeerBenchmark {
    @Param({"seqdb", "h2", "h2_safe", "hsqldb", "hsqldb_safe", "derby"})
    public Peer db;
    private OpenDatabase open;

    @Setup(Level.Trial)
    public void open() throws Exception {
        open = OpenDatabase.open(db, true);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        open.close();
    }

    @Benchmark
    public boolean openAndCloseConnection() throws Exception {
        try (Connection another = open.connect()) {
            return another.isClosed();
        }
    }
}
