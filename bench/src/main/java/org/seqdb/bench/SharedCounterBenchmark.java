package org.seqdb.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * No database: one {@link AtomicLong} taken by 1, 2 and 8 threads, with {@code work} tokens of CPU
 * work ({@link Blackhole#consumeCPU}) before each value. {@code work} = 55 makes one thread run at
 * about seqdb's prepared NEXTVAL rate on the machine of bench/README, so {@code increment_8threads}
 * and {@code compareAndSet_8threads} show what 8 threads get from any counter they take turns at,
 * with that much other work per value: the ceiling of {@code NextValueBenchmark.prepared_8threads},
 * whose threads all take turns at one sequence's next value (MariaDB hands values out in order, so
 * threads cannot keep private batches). Not a database scenario: Report lists it as a row of its own.
 */
public class SharedCounterBenchmark extends PeerBenchmark {
    @State(Scope.Benchmark)
    public static class Counter {
        final AtomicLong value = new AtomicLong();
        /** About what one prepared NEXTVAL costs besides its counter on the machine of bench/README. */
        @Param({"55"})
        public int work;
    }

    /** The work, then one atomic add: what every increment benchmark does, on its number of threads. */
    private static long workThenIncrement(Counter counter) {
        Blackhole.consumeCPU(counter.work);
        return counter.value.incrementAndGet();
    }

    @Benchmark
    public long increment(Counter counter) {
        return workThenIncrement(counter);
    }

    /** 2 threads on 2 cores: each value moves the counter's cache line from one core to the other. */
    @Benchmark
    @Threads(2)
    public long increment_2threads(Counter counter) {
        return workThenIncrement(counter);
    }

    @Benchmark
    @Threads(8)
    public long increment_8threads(Counter counter) {
        return workThenIncrement(counter);
    }

    /** The same with a read and a compare-and-set loop instead of one atomic add. */
    @Benchmark
    @Threads(8)
    public long compareAndSet_8threads(Counter counter) {
        Blackhole.consumeCPU(counter.work);
        while (true) {
            long value = counter.value.get();
            if (counter.value.compareAndSet(value, value + 1)) {
                return value;
            }
        }
    }
}
