package org.seqdb.engine.sequence;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * The MariaDB arithmetic of one sequence's values (sql/sql_sequence.cc: next_value,
 * set_value, adjust_values), with no I/O of its own.
 *
 * <h2>Invariants</h2>
 * <ol>
 * <li>A value v is returned only if v is before {@code reservedUntil} in the direction of
 *     travel, and {@code reservedUntil} (with {@code round}) is not beyond a {@code resumeAfterKill}
 *     that has been passed to {@link Reservation#persist} and persist returned. So a reopened
 *     sequence, which starts from the stored row after a clean close and from the persisted
 *     resume point after a kill, never returns v again.</li>
 * <li>{@code nextFreeValue} only moves forward within a round; {@code round} only grows
 *     (except through ALTER ... RESTART, which makes a new generator).</li>
 * <li>Arithmetic never overflows: a step past a bound clamps to bound ± 1, which the
 *     range checks of {@link SequenceRules#isLegal} keep inside the 64-bit range.</li>
 * <li>Values inside the reserved block are handed out without the lock, by taking a ticket of
 *     the {@link TicketBlock} that holds them: one atomic add, which never has to be retried. A
 *     block is published only after the values it holds have been persisted, and the lock holder
 *     closes it before it changes the state, so its tickets from then on hold no value.
 *     Everything else (a new block, a cycle, SETVAL, retirement) runs under the lock.</li>
 * </ol>
 *
 * <h2>Life of a cache block</h2>
 * CREATE stores next_not_cached_value = START. The first NEXTVAL finds nextFreeValue not
 * before reservedUntil, so it reserves: reservedUntil += increment * cache (clamped at
 * MAXVALUE + 1), persists it (or only records it, when a resume point persisted before covers
 * it: below), and returns START. Values up to reservedUntil are then handed
 * out from memory. FLUSH TABLES, ALTER, INSERT or a reopen rebuild the generator from the
 * stored row, so the rest of the block is skipped, as in MariaDB.
 *
 * <h2>Reserving ahead when blocks go fast</h2>
 * Making a block durable is a commit of the file: about 75 µs, and a new chunk of about 14 KB that
 * MVStore reuses only 45 s later. A sequence that uses a block every few microseconds (a NOCACHE
 * one uses one per value) would spend most of its time committing and grow the file by gigabytes a
 * minute. So when the resume point is persisted again less than {@value #HOT_MILLIS} ms after the
 * last time, the generator persists the next one twice as many blocks beyond the row: 1, 2, 4 ...
 * (never past MAXVALUE / MINVALUE, nor into another round), until persists come at least
 * {@value #HOT_MILLIS} ms apart. A busy sequence thus commits about 100 times a second however fast
 * it goes. The blocks within the resume point only {@link Reservation#record} the row, which
 * SELECT shows at once as in MariaDB. After more than {@value #COLD_MILLIS} ms without a persist
 * the resume point is the row itself again. (PostgreSQL logs its sequences 32 values ahead for the
 * same reason.) The price is paid only when the process is killed: a busy sequence then skips about
 * what it hands out in {@value #HOT_MILLIS} to 2 x {@value #HOT_MILLIS} ms at its pace of the moment,
 * beyond the rest of its block; one whose blocks last longer than {@value #HOT_MILLIS} ms skips
 * exactly what MariaDB skips.
 */
public final class SequenceGenerator {
    /** Persists closer together than this make the generator reserve twice as far ahead. */
    static final long HOT_MILLIS = 10;
    /** A persist later than this after the previous one goes back to reserving no block ahead. */
    static final long COLD_MILLIS = 100;
    /**
     * A guard only: doubling stops long before this (at 20M values a second, 10 ms of CACHE 1 blocks
     * is 2^18 of them).
     */
    private static final int MAX_BLOCKS_AHEAD = 1 << 24;

    private final SequenceDefinition definition;
    private final Reservation reservation;
    /** @@GLOBAL.auto_increment_increment / _offset now: what an INCREMENT 0 sequence steps by. */
    private final Supplier<AutoIncrementSettings> autoIncrement;
    /**
     * The step: INCREMENT, or for INCREMENT 0 the global auto_increment_increment, read (as MariaDB's
     * adjust_values reads it) when the generator is built from the stored row, when it cycles and at
     * SETVAL; changed only under the lock with the block closed.
     */
    private long realIncrement;
    private long autoIncrementOffset;
    private final String database;
    private final String name;

    /**
     * The values from nextFreeValue up to reservedUntil, which the fast path hands out without the
     * lock (invariant 4); replaced under the lock, closed while the lock holder changes the state.
     */
    private volatile TicketBlock block;
    /**
     * The next value to hand out once the current block is closed; under the lock (while a block
     * is open, the block knows how far its values have gone).
     */
    private long nextFreeValue;
    /** The end of the persisted block; read and written under the lock only. */
    private long reservedUntil;
    private long round;
    /** Set when the sequence ran out; cleared only by rebuilding from the stored row. */
    private boolean allValuesUsed;
    /** Set when a newer generator replaced this one: it hands out nothing more. */
    private boolean retired;
    /** Where a kill resumes the sequence (in {@code resumeRound}), as last persisted; under the lock. */
    private long resumeAfterKill;
    private long resumeRound;
    /** How many blocks beyond the row the last persisted resume point was; under the lock. */
    private int blocksAhead;
    private final LongSupplier nanoClock;
    private long lastPersistNanos;
    private boolean persistedBefore;

    /** Builds the generator from the stored row, as MariaDB does when it opens the table. */
    public SequenceGenerator(String database, String name, SequenceDefinition definition,
                             SequencePosition stored, AutoIncrementSettings autoIncrement, Reservation reservation) {
        this(database, name, definition, stored, () -> autoIncrement, reservation);
    }

    /** @param autoIncrement the global auto_increment settings of the moment, for INCREMENT 0 */
    public SequenceGenerator(String database, String name, SequenceDefinition definition, SequencePosition stored,
                             Supplier<AutoIncrementSettings> autoIncrement, Reservation reservation) {
        this(database, name, definition, stored, autoIncrement, reservation, System::nanoTime);
    }

    /** @param nanoClock what tells how fast blocks go (System::nanoTime; a test's own clock) */
    SequenceGenerator(String database, String name, SequenceDefinition definition, SequencePosition stored,
                      Supplier<AutoIncrementSettings> autoIncrement, Reservation reservation, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.database = database;
        this.name = name;
        this.definition = definition;
        this.reservation = reservation;
        this.autoIncrement = autoIncrement;
        this.reservedUntil = stored.nextNotCached();
        this.round = stored.round();
        // nothing beyond the stored row is known to be covered (after FLUSH it may not even be in
        // the file yet, only in memory): the first block reserved persists a resume point of its own
        this.resumeAfterKill = stored.nextNotCached();
        this.resumeRound = stored.round();
        this.nextFreeValue = adjustedValue(stored.nextNotCached());
        this.block = TicketBlock.of(nextFreeValue, reservedUntil, realIncrement);
    }

    public SequenceDefinition definition() {
        return definition;
    }

    /** The next value; throws error 4084 when a NOCYCLE sequence is exhausted. */
    public long next() {
        TicketBlock current = block;
        long ticket = current.take();
        if (ticket < current.size) {
            return current.valueAt(ticket);
        }
        return nextUnderLock();
    }

    /** The slow path: a new block, a cycle, or running out. */
    private synchronized long nextUnderLock() {
        if (retired) {
            throw RetiredGeneratorException.INSTANCE;
        }
        // while this thread waited for the lock, another may have opened a new block
        TicketBlock current = block;
        long ticket = current.take();
        if (ticket < current.size) {
            return current.valueAt(ticket);
        }
        closeBlock();
        try {
            long value = nextFreeValue;
            nextFreeValue = stepFrom(value);
            if (realIncrement > 0 ? value < reservedUntil : value > reservedUntil) {
                return value;
            }
            if (allValuesUsed) {
                throw runOut();
            }
            return reserveAndTake(value);
        } finally {
            openBlock();
        }
    }

    /** Under the lock: stops the fast path and brings nextFreeValue to where the block's values got. */
    private void closeBlock() {
        TicketBlock current = block;
        long handedOut = current.close();
        if (handedOut > 0) {
            nextFreeValue = stepFrom(current.valueAt(handedOut - 1));
        }
    }

    /** Under the lock: lets the fast path hand out the values from nextFreeValue to reservedUntil. */
    private void openBlock() {
        block = TicketBlock.of(nextFreeValue, retired ? nextFreeValue : reservedUntil, realIncrement);
    }

    /** {@code value} is the first of a new block: reserve the block, persist it, hand it out. */
    private long reserveAndTake(long value) {
        long reservedBefore = reservedUntil;
        long blockSize = definition.cache() != 0 ? realIncrement * definition.cache() : realIncrement;
        boolean outOfValues;
        if (realIncrement > 0) {
            if (passesMax(reservedUntil, blockSize)) {
                reservedUntil = definition.maxValue() + 1;
                outOfValues = value >= reservedUntil;
            } else {
                reservedUntil += blockSize;
                outOfValues = false;
            }
        } else {
            if (passesMin(reservedUntil, blockSize)) {
                reservedUntil = definition.minValue() - 1;
                outOfValues = value <= reservedUntil;
            } else {
                reservedUntil += blockSize;
                outOfValues = false;
            }
        }
        if (outOfValues) {
            if (!definition.cycle()) {
                throw runOut();
            }
            round++;
            reservedUntil = realIncrement > 0 ? definition.minValue() : definition.maxValue();
            nextFreeValue = adjustedValue(reservedUntil);
            long first = nextFreeValue;
            nextFreeValue = stepFrom(nextFreeValue);
            if (realIncrement > 0 ? first < reservedUntil : first > reservedUntil) {
                return first;
            }
            return reserveAndTake(first);
        }
        try {
            SequencePosition row = new SequencePosition(reservedUntil, round);
            if (resumesAfter(reservedUntil)) {
                reservation.record(row, resumeAfterKill);
            } else {
                persist(row, resumePointAhead(blockSize));
            }
        } catch (RuntimeException e) {
            reservedUntil = reservedBefore;
            nextFreeValue = value;
            throw e;
        }
        return value;
    }

    /** True if a kill would already resume at or after {@code blockEnd} of this round. */
    private boolean resumesAfter(long blockEnd) {
        return resumeRound == round && (realIncrement > 0 ? blockEnd <= resumeAfterKill : blockEnd >= resumeAfterKill);
    }

    private void persist(SequencePosition row, long resume) {
        reservation.persist(row, resume);
        resumeAfterKill = resume;
        resumeRound = row.round();
    }

    /**
     * The resume point to persist with the block ending at reservedUntil: that end, or blocks
     * beyond it when blocks go fast (see the class comment).
     */
    private long resumePointAhead(long blockSize) {
        int ahead = blocksAheadNow();
        long extra;
        try {
            extra = Math.multiplyExact(blockSize, (long) ahead);
        } catch (ArithmeticException tooFar) {
            return reservedUntil;
        }
        if (extra == 0 || (realIncrement > 0 ? passesMax(reservedUntil, extra) : passesMin(reservedUntil, extra))) {
            return reservedUntil;
        }
        return reservedUntil + extra;
    }

    /**
     * Doubles the blocks reserved ahead while persists come less than HOT_MILLIS apart, keeps them
     * while they come up to COLD_MILLIS apart, drops them after that.
     */
    private int blocksAheadNow() {
        long now = nanoClock.getAsLong();
        long sinceLast = now - lastPersistNanos;
        boolean first = !persistedBefore;
        lastPersistNanos = now;
        persistedBefore = true;
        if (first || sinceLast > COLD_MILLIS * 1_000_000) {
            blocksAhead = 0;
        } else if (sinceLast < HOT_MILLIS * 1_000_000) {
            blocksAhead = Math.min(MAX_BLOCKS_AHEAD, Math.max(1, 2 * blocksAhead));
        }
        return blocksAhead;
    }

    /** What SETVAL did. */
    public enum SetResult {
        /** The position moved (or already was there): SETVAL returns its argument. */
        SET,
        /** The position would have moved backwards: nothing changed, SETVAL returns NULL. */
        IGNORED
    }

    /**
     * SETVAL(s, value, isUsed, newRound): moves the sequence so that the next value follows
     * {@code value} (or is {@code value} when not used), never backwards.
     */
    public synchronized SetResult set(long value, boolean isUsed, long newRound) {
        if (retired) {
            throw RetiredGeneratorException.INSTANCE;
        }
        closeBlock();
        try {
            return setUnderClosedBlock(value, isUsed, newRound);
        } finally {
            openBlock();
        }
    }

    /** SETVAL with the fast path stopped: nextFreeValue changes only here until a block opens. */
    private SetResult setUnderClosedBlock(long value, boolean isUsed, long newRound) {
        long target = isUsed ? stepFrom(value) : value;
        boolean mustStore = false;
        if (Long.compareUnsigned(round, newRound) > 0) {
            return SetResult.IGNORED;
        }
        if (round == newRound) {
            if (realIncrement > 0 ? target < nextFreeValue : target > nextFreeValue) {
                return SetResult.IGNORED;
            }
            if (target == nextFreeValue) {
                return SetResult.SET;
            }
        } else if (!definition.cycle()) {
            // a later round of a NOCYCLE sequence cannot exist: 4084, but (unlike NEXTVAL running out)
            // the sequence is not marked used up, so NEXTVAL goes on from where it is
            throw new SeqDbException(ErrorCode.ER_SEQUENCE_RUN_OUT, database, name);
        } else {
            mustStore = true;
        }
        long roundBefore = round;
        long nextBefore = nextFreeValue;
        long reservedBefore = reservedUntil;
        round = newRound;
        nextFreeValue = adjustedValue(target);
        if (mustStore || (realIncrement > 0 ? nextFreeValue > reservedUntil : nextFreeValue < reservedUntil)) {
            reservedUntil = nextFreeValue;
            try {
                persist(new SequencePosition(reservedUntil, round), reservedUntil);
            } catch (RuntimeException e) {
                round = roundBefore;
                nextFreeValue = nextBefore;
                reservedUntil = reservedBefore;
                throw e;
            }
        }
        return SetResult.SET;
    }

    /**
     * Stops this generator: callers that still hold it get {@link RetiredGeneratorException}
     * and must ask their handle for the current one. Called with the lock held by the replacer.
     */
    public synchronized void retire() {
        retired = true;
        closeBlock();
        openBlock();
    }

    /** The position as it is in memory (for tests; SELECT reads the stored row). */
    public synchronized SequencePosition position() {
        return new SequencePosition(reservedUntil, round);
    }

    /** One step from {@code value}, clamped to MAXVALUE + 1 (MINVALUE - 1 going down). */
    private long stepFrom(long value) {
        if (realIncrement > 0) {
            return passesMax(value, realIncrement) ? definition.maxValue() + 1 : value + realIncrement;
        }
        return passesMin(value, realIncrement) ? definition.minValue() - 1 : value + realIncrement;
    }

    /** True if value + step (step > 0) is past MAXVALUE, computed without overflow. */
    private boolean passesMax(long value, long step) {
        long max = definition.maxValue();
        long limit = max - step;
        boolean limitBelowLongRange = ((max ^ step) & (max ^ limit)) < 0;
        return limitBelowLongRange || value > limit;
    }

    /** True if value + step (step < 0) is before MINVALUE, computed without overflow. */
    private boolean passesMin(long value, long step) {
        long min = definition.minValue();
        long limit = min - step;
        boolean limitAboveLongRange = ((min ^ step) & (min ^ limit)) < 0;
        return limitAboveLongRange || value < limit;
    }

    /**
     * MariaDB's adjust_values: the step is read again (for INCREMENT 0 the global
     * auto_increment_increment of the moment), and with a step above 1 from it the next value is
     * aligned to auto_increment_offset (value ≡ offset modulo increment).
     */
    private long adjustedValue(long value) {
        if (definition.increment() != 0) {
            realIncrement = definition.increment();
            autoIncrementOffset = 0;
        } else {
            AutoIncrementSettings settings = autoIncrement.get();
            realIncrement = settings.increment();
            autoIncrementOffset = realIncrement != 1 ? settings.offset() % settings.increment() : 0;
        }
        if (definition.increment() != 0 || realIncrement == 1) {
            return value;
        }
        long off = Math.floorMod(value, realIncrement);
        long toAdd = Math.floorMod(realIncrement + autoIncrementOffset - off, realIncrement);
        if (value > definition.maxValue() - toAdd) {
            return definition.maxValue() + 1;
        }
        return value + toAdd;
    }

    private SeqDbException runOut() {
        allValuesUsed = true;
        return new SeqDbException(ErrorCode.ER_SEQUENCE_RUN_OUT, database, name);
    }
}
