package org.seqdb.bench;

import java.sql.ResultSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * 1000 values in one statement (seqdb's seq_1_to_1000, H2's SYSTEM_RANGE, HSQLDB's UNNEST;
 * Derby has no row generator and is left out).
 */
public class ThousandValuesBenchmark extends OneStatementBenchmark {
    /** The peers of this benchmark (the trial's setup reads the parameter). */
    @Param({"seqdb", "h2", "h2_safe", "hsqldb", "hsqldb_safe"})
    public Peer db;

    public ThousandValuesBenchmark() {
        super(true, Peer::thousandValuesSql);
    }

    /** Values per second = this score x 1000. */
    @Benchmark
    public long thousandValuesInOneStatement() throws Exception {
        long last = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                last = rs.getLong(1);
            }
        }
        return last;
    }
}
