package org.seqdb.engine.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.SequenceOptions;

/**
 * The arithmetic of cache blocks, cycles and SETVAL, at the edges. Expected values follow
 * MariaDB 10.11 (checked against the oracle: the same sequences' SELECT * FROM s traces are
 * pinned in the script tests).
 */
class SequenceGeneratorTest {
    /** Every row the generator wrote, persisted or only recorded within a persisted resume point. */
    private final List<SequencePosition> persisted = new ArrayList<>();
    private final Rows rows = new Rows(persisted);

    /** A Reservation that keeps what it was given, and fails while told to. */
    static final class Rows implements Reservation {
        final List<SequencePosition> written;
        /** The resume points persisted, in order (each in the round of its row). */
        final List<Long> resumePoints = new ArrayList<>();
        final List<Long> resumeRounds = new ArrayList<>();
        /** The rows that were persisted (not only recorded), in order: resumePoints.get(i) went with the i-th. */
        final List<SequencePosition> persistedRows = new ArrayList<>();
        boolean failing;

        Rows(List<SequencePosition> written) {
            this.written = written;
        }

        @Override
        public void persist(SequencePosition row, long resumeAfterKill) {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
            written.add(row);
            persistedRows.add(row);
            resumePoints.add(resumeAfterKill);
            resumeRounds.add(row.round());
        }

        @Override
        public void record(SequencePosition row, long resumeAfterKill) {
            assertEquals(resumePoints.get(resumePoints.size() - 1), resumeAfterKill, "record names the last resume point");
            written.add(row);
        }
    }

    private SequenceGenerator generator(SequenceDefinition definition) {
        return new SequenceGenerator("test", "s", definition, new SequencePosition(definition.start(), 0),
                AutoIncrementSettings.DEFAULT, rows);
    }

    private static SequenceDefinition definition(long min, long max, long start, long increment, long cache,
                                                 boolean cycle) {
        return new SequenceDefinition(min, max, start, increment, cache, cycle, null, null, null);
    }

    @Test
    void firstValueReservesABlockBeforeItIsReturned() {
        SequenceGenerator g = generator(definition(1, Long.MAX_VALUE - 1, 1, 1, 2, false));
        assertEquals(1, g.next());
        assertEquals(List.of(new SequencePosition(3, 0)), persisted);
        assertEquals(2, g.next());
        assertEquals(1, persisted.size(), "the second value comes from the cache");
        assertEquals(3, g.next());
        assertEquals(new SequencePosition(5, 0), persisted.get(1));
    }

    @Test
    void nocacheWritesEveryValue() {
        SequenceGenerator g = generator(definition(1, 100, 10, 5, 0, false));
        assertEquals(10, g.next());
        assertEquals(15, g.next());
        assertEquals(List.of(new SequencePosition(15, 0), new SequencePosition(20, 0)), persisted);
    }

    @Test
    void runsOutAtMaxValueAndStaysOut() {
        SequenceGenerator g = generator(definition(1, 3, 1, 1, 1000, false));
        assertEquals(1, g.next());
        assertEquals(new SequencePosition(4, 0), persisted.get(0), "block clamped at MAXVALUE + 1");
        assertEquals(2, g.next());
        assertEquals(3, g.next());
        SeqDbException e = assertThrows(SeqDbException.class, g::next);
        assertEquals(4084, e.vendorCode());
        assertEquals("Sequence 'test.s' has run out", e.getMessage());
        assertThrows(SeqDbException.class, g::next);
    }

    @Test
    void cyclesToMinValueAndCountsRounds() {
        SequenceGenerator g = generator(definition(1, 3, 1, 1, 1, true));
        assertEquals(List.of(1L, 2L, 3L, 1L, 2L), List.of(g.next(), g.next(), g.next(), g.next(), g.next()));
        assertEquals(new SequencePosition(3, 1), g.position());
    }

    @Test
    void negativeIncrementCyclesToMaxValue() {
        SequenceGenerator g = generator(definition(-3, -1, -1, -1, 1, true));
        assertEquals(List.of(-1L, -2L, -3L, -1L), List.of(g.next(), g.next(), g.next(), g.next()));
        assertEquals(1, g.position().round());
    }

    @Test
    void incrementLargerThanRangeCyclesOnEveryValue() {
        SequenceGenerator g = generator(definition(1, 3, 1, 10, 1000, true));
        assertEquals(1, g.next());
        assertEquals(1, g.next());
        assertEquals(1, g.position().round());
    }

    @Test
    void valuesNearLongMaxNeverOverflow() {
        long max = Long.MAX_VALUE - 1;
        SequenceGenerator g = generator(definition(1, max, max - 2, 1, 1000, false));
        assertEquals(max - 2, g.next());
        assertEquals(max - 1, g.next());
        assertEquals(max, g.next());
        assertThrows(SeqDbException.class, g::next);
        assertEquals(new SequencePosition(Long.MAX_VALUE, 0), persisted.get(0));
    }

    @Test
    void valuesNearLongMinNeverOverflow() {
        long min = Long.MIN_VALUE + 1;
        SequenceGenerator g = generator(definition(min, -1, min + 1, -1, 1000, false));
        assertEquals(min + 1, g.next());
        assertEquals(min, g.next());
        assertThrows(SeqDbException.class, g::next);
        assertEquals(new SequencePosition(Long.MIN_VALUE, 0), persisted.get(0));
    }

    @Test
    void hugeIncrementWithVeryNegativeMaxDoesNotWrap() {
        // max - blockSize is below Long.MIN_VALUE here: a naive subtraction would wrap
        long increment = 1_000_000_000_000_000_000L;
        SequenceGenerator g = generator(definition(-9_000_000_000_000_000_000L, -5_000_000_000_000_000_000L,
                -9_000_000_000_000_000_000L, increment, 8, false));
        assertEquals(-9_000_000_000_000_000_000L, g.next());
        assertEquals(new SequencePosition(-5_000_000_000_000_000_000L + 1, 0), persisted.get(0));
    }

    @Test
    void setValueMovesForwardOnly() {
        SequenceGenerator g = generator(definition(1, 1000, 1, 1, 10, false));
        assertEquals(1, g.next());
        assertEquals(SequenceGenerator.SetResult.SET, g.set(100, true, 0));
        assertEquals(new SequencePosition(101, 0), persisted.get(persisted.size() - 1));
        assertEquals(SequenceGenerator.SetResult.IGNORED, g.set(50, true, 0));
        assertEquals(101, g.next());
    }

    @Test
    void setValueNotUsedHandsOutTheValueItself() {
        SequenceGenerator g = generator(definition(1, 1000, 1, 1, 10, false));
        assertEquals(SequenceGenerator.SetResult.SET, g.set(7, false, 0));
        assertEquals(7, g.next());
    }

    @Test
    void setValueIntoAFutureRoundNeedsCycle() {
        SequenceGenerator noCycle = generator(definition(1, 10, 1, 1, 1, false));
        assertThrows(SeqDbException.class, () -> noCycle.set(5, true, 1));
        SequenceGenerator cycle = generator(definition(1, 10, 1, 1, 1, true));
        assertEquals(SequenceGenerator.SetResult.SET, cycle.set(5, true, 2));
        assertEquals(new SequencePosition(6, 2), cycle.position());
        assertEquals(SequenceGenerator.SetResult.IGNORED, cycle.set(9, true, 1), "an earlier round is backwards");
    }

    /** A generator whose clock moves {@code millisPerRead} every time it is read. */
    private SequenceGenerator clocked(SequenceDefinition definition, long millisPerRead) {
        long[] now = {0};
        return new SequenceGenerator("test", "s", definition, new SequencePosition(definition.start(), 0),
                () -> AutoIncrementSettings.DEFAULT, rows, () -> now[0] += millisPerRead * 1_000_000);
    }

    /** Takes {@code count} values, checking each lies before the resume point persisted for its round. */
    private List<Long> takeCheckingResumePoints(SequenceGenerator g, int count) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long value = g.next();
            int last = rows.resumePoints.size() - 1;
            assertEquals(g.position().round(), rows.resumeRounds.get(last), "the resume point is in the round in use");
            long resume = rows.resumePoints.get(last);
            assertTrue(g.definition().increment() > 0 ? value < resume : value > resume,
                    value + " is not before the resume point " + resume);
            values.add(value);
        }
        return values;
    }

    @Test
    void fastBlocksPersistAResumePointTwiceAsFarAheadEachTime() {
        SequenceGenerator g = clocked(definition(1, Long.MAX_VALUE - 1, 1, 1, 10, false), 1);
        List<Long> values = takeCheckingResumePoints(g, 2000);
        assertEquals(1999, values.get(1999) - values.get(0), "no value skipped without a kill");
        assertEquals(200, persisted.size(), "every block's row is written (SELECT shows it)");
        assertEquals(new SequencePosition(2001, 0), persisted.get(199));
        // resume points: the row itself (11), then 1, 2, 4 ... 128 blocks beyond the row (21 + 10, 41 + 20, ...)
        assertEquals(List.of(11L, 31L, 61L, 111L, 201L, 371L, 701L, 1351L, 2641L), rows.resumePoints);
    }

    @Test
    void nocacheValuesThatComeFastAreReservedAheadToo() {
        SequenceGenerator g = clocked(definition(1, 1000, 1, 1, 0, false), 1);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), takeCheckingResumePoints(g, 8));
        // the row itself (2), then 1, 2 and 4 values beyond the row (3 + 1, 5 + 2, 8 + 4)
        assertEquals(List.of(2L, 4L, 7L, 12L), rows.resumePoints);
        assertEquals(8, persisted.size(), "every value's row is written");
        assertEquals(new SequencePosition(9, 0), persisted.get(7));
    }

    @Test
    void persistsTenMillisecondsApartStopTheDoubling() {
        // blocks of 10 values; the clock moves 1 ms per persist for the first five, then 15 ms
        long[] now = {0};
        int[] reads = {0};
        SequenceGenerator g = new SequenceGenerator("test", "s", definition(1, Long.MAX_VALUE - 1, 1, 1, 10, false),
                new SequencePosition(1, 0), () -> AutoIncrementSettings.DEFAULT, rows,
                () -> now[0] += (++reads[0] <= 5 ? 1 : SequenceGenerator.HOT_MILLIS + 5) * 1_000_000);
        takeCheckingResumePoints(g, 3000);
        List<Long> ahead = new ArrayList<>();
        for (int i = 0; i < rows.resumePoints.size(); i++) {
            ahead.add((rows.resumePoints.get(i) - rows.persistedRows.get(i).nextNotCached()) / 10);
        }
        assertEquals(List.of(0L, 1L, 2L, 4L, 8L, 8L, 8L), ahead.subList(0, 7), "blocks ahead of each persisted row");
    }

    @Test
    void slowBlocksPersistEveryRowAsItIs() {
        SequenceGenerator slow = clocked(definition(1, 1000, 1, 1, 10, false), SequenceGenerator.COLD_MILLIS + 1);
        takeCheckingResumePoints(slow, 100);
        SequenceGenerator nocache = clocked(definition(1, 1000, 1, 1, 0, false), SequenceGenerator.HOT_MILLIS);
        takeCheckingResumePoints(nocache, 100);
        SequenceGenerator cacheOne = clocked(definition(1, 1000, 1, 1, 1, false), SequenceGenerator.COLD_MILLIS + 1);
        takeCheckingResumePoints(cacheOne, 100);
        assertEquals(210, rows.resumePoints.size());
        for (int i = 0; i < persisted.size(); i++) {
            assertEquals(persisted.get(i).nextNotCached(), rows.resumePoints.get(i), "resume point of row " + i);
        }
    }

    @Test
    void aResumePointAheadNeverPassesTheBoundsNorTheRound() {
        SequenceGenerator up = clocked(definition(1, 1000, 1, 3, 10, true), 1);
        takeCheckingResumePoints(up, 3000);
        SequenceGenerator down = clocked(definition(-1000, -1, -1, -7, 5, true), 1);
        takeCheckingResumePoints(down, 3000);
        for (int i = 0; i < rows.resumePoints.size(); i++) {
            long resume = rows.resumePoints.get(i);
            assertTrue(resume >= -1001 && resume <= 1001, "resume point " + resume + " outside the range");
        }
        assertTrue(rows.resumePoints.size() < persisted.size(), "hot blocks reserved ahead");
    }

    @Test
    void setvalPersistsItsRowAsTheResumePoint() {
        SequenceGenerator g = clocked(definition(1, Long.MAX_VALUE - 1, 1, 1, 10, false), 1);
        takeCheckingResumePoints(g, 300);
        assertEquals(SequenceGenerator.SetResult.SET, g.set(5000, true, 0));
        assertEquals(5001L, rows.resumePoints.get(rows.resumePoints.size() - 1));
        assertEquals(List.of(5001L), takeCheckingResumePoints(g, 1));
    }

    @Test
    void failedReservationHandsOutNothingAndCanBeRetried() {
        rows.failing = true;
        SequenceGenerator g = new SequenceGenerator("test", "s", definition(1, 100, 1, 1, 5, false),
                new SequencePosition(1, 0), AutoIncrementSettings.DEFAULT, rows);
        assertThrows(IllegalStateException.class, g::next);
        rows.failing = false;
        assertEquals(1, g.next(), "the value that failed to reserve is handed out once the write works");
        assertEquals(new SequencePosition(6, 0), persisted.get(0));
    }

    @Test
    void incrementZeroStepsByAutoIncrementSettingsAndAlignsToOffset() {
        SequenceGenerator g = new SequenceGenerator("test", "s", definition(1, 1000, 1, 0, 3, false),
                new SequencePosition(1, 0), new AutoIncrementSettings(10, 3), rows);
        assertEquals(List.of(3L, 13L, 23L, 33L), List.of(g.next(), g.next(), g.next(), g.next()));
    }

    @Test
    void incrementZeroReadsTheGlobalSettingsAgainWhenItCyclesAndAtSetval() {
        AutoIncrementSettings[] global = {new AutoIncrementSettings(3, 2)};
        SequenceGenerator g = new SequenceGenerator("test", "s", definition(1, 12, 1, 0, 0, true),
                new SequencePosition(1, 0), () -> global[0], rows);
        assertEquals(List.of(2L, 5L), List.of(g.next(), g.next()));
        global[0] = new AutoIncrementSettings(5, 1);
        assertEquals(List.of(8L, 11L), List.of(g.next(), g.next()), "the step read when it opened holds");
        assertEquals(List.of(1L, 6L), List.of(g.next(), g.next()), "the cycle reads 5 and offset 1");
        global[0] = new AutoIncrementSettings(4, 3);
        assertEquals(SequenceGenerator.SetResult.SET, g.set(5, false, 2));
        assertEquals(List.of(7L, 11L), List.of(g.next(), g.next()), "SETVAL aligns 5 to 3 modulo 4");
    }

    @Test
    void setvalToALaterRoundOfANocycleSequenceFailsButLeavesItUsable() {
        SequenceGenerator g = generator(definition(1, 10, 1, 1, 1000, false));
        SeqDbException e = assertThrows(SeqDbException.class, () -> g.set(3, true, 7));
        assertEquals(4084, e.vendorCode());
        assertEquals(1, g.next());
    }

    @Test
    void defaultsFollowTheIncrementsSign() {
        SequenceDefinition down = SequenceRules.forCreate(new SequenceOptions(-1L, null, null, null, null, null,
                false, null, null, null, null));
        assertEquals(Long.MIN_VALUE + 1, down.minValue());
        assertEquals(-1, down.maxValue());
        assertEquals(-1, down.start());
        SequenceDefinition up = SequenceRules.forCreate(SequenceOptions.NONE);
        assertEquals(1, up.minValue());
        assertEquals(Long.MAX_VALUE - 1, up.maxValue());
        assertEquals(1000, up.cache());
    }

    @Test
    void legalityMatchesMariaDbsChecks() {
        AutoIncrementSettings ai = AutoIncrementSettings.DEFAULT;
        assertTrue(SequenceRules.isLegal(definition(1, 10, 1, 1, 1000, false), 1, ai));
        assertFalse(SequenceRules.isLegal(definition(1, 10, 11, 1, 1000, false), 11, ai), "start above max");
        assertFalse(SequenceRules.isLegal(definition(5, 5, 5, 1, 1000, false), 5, ai), "max not above min");
        assertFalse(SequenceRules.isLegal(definition(1, Long.MAX_VALUE, 1, 1, 0, false), 1, ai), "max at Long.MAX");
        assertFalse(SequenceRules.isLegal(definition(Long.MIN_VALUE, 10, 1, 1, 0, false), 1, ai), "min at Long.MIN");
        assertFalse(SequenceRules.isLegal(definition(1, 10, 1, 1, -1, false), 1, ai), "negative cache");
        assertFalse(SequenceRules.isLegal(definition(1, 10, 1, 1L << 40, 1L << 30, false), 1, ai),
                "cache * increment would overflow");
    }
}
