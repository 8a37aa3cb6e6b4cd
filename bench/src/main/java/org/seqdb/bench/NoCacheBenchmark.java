package org.seqdb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * NEXTVAL of a sequence without a cache: every value is a write. The fair comparison is at
 * equal durability: seqdb (process) with the peers' settings that survive a killed process
 * (h2_safe, derby; see PeerCrashCheck), seqdb_sync (fsync) with those too as the upper bound.
 * The peers' default settings are measured as well, to show what their speed costs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class NoCacheBenchmark {
    @Param({"seqdb", "seqdb_sync", "h2", "h2_safe", "hsqldb", "hsqldb_safe", "derby"})
    public Peer db;
    private OpenDatabase open;
    private Connection connection;
    private PreparedStatement next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        open = OpenDatabase.open(db, false);
        connection = open.connect();
        next = connection.prepareStatement(db.nextValueSql());
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
        open.close();
    }

    @Benchmark
    public long nocache() throws Exception {
        return NextValueBenchmark.first(next.executeQuery());
    }
}
