package org.seqdb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1000 values in one statement (seqdb's seq_1_to_1000, H2's SYSTEM_RANGE, HSQLDB's UNNEST;
 * Derby has no row generator and is left out).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ThousandValuesBenchmark {
    @Param({"seqdb", "h2", "h2_safe", "hsqldb", "hsqldb_safe"})
    public Peer db;
    private OpenDatabase open;
    private Connection connection;
    private PreparedStatement thousand;

    @Setup(Level.Trial)
    public void open() throws Exception {
        open = OpenDatabase.open(db, true);
        connection = open.connect();
        thousand = connection.prepareStatement(db.thousandValuesSql());
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
        open.close();
    }

    /** Values per second = this score x 1000. */
    @Benchmark
    public long thousandValuesInOneStatement() throws Exception {
        long last = 0;
        try (ResultSet rs = thousand.executeQuery()) {
            while (rs.next()) {
                last = rs.getLong(1);
            }
        }
        return last;
    }
}
