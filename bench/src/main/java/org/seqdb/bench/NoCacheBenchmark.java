package org.seqdb.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * NEXTVAL of a sequence without a cache: for the peers every value is a write; seqdb, used this
 * fast, reserves ahead (SequenceGenerator: about one commit per 10 ms). The fair comparison is at
 * equal durability: seqdb (process) with the peers' settings that survive a killed process
 * (h2_safe, derby; see PeerCrashCheck), seqdb_sync (fsync) with those too as the upper bound.
 * The peers' default settings are measured as well, to show what their speed costs.
 */
public class NoCacheBenchmark extends OneStatementBenchmark {
    /** The peers of this benchmark (the trial's setup reads the parameter). */
    @Param({"seqdb", "seqdb_sync", "h2", "h2_safe", "hsqldb", "hsqldb_safe", "derby"})
    public Peer db;

    public NoCacheBenchmark() {
        super(false, Peer::nextValueSql);
    }

    @Benchmark
    public long nocache() throws Exception {
        return NextValueBenchmark.first(statement.executeQuery());
    }
}
