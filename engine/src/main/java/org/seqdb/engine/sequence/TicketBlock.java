package org.seqdb.engine.sequence;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The run of values {@code first, first + step, ...} that {@link SequenceGenerator}'s fast path
 * hands out without its lock. A caller takes a ticket with one atomic add and ticket i holds the
 * i-th value. Unlike a compare-and-set on the next value, an add never fails and is never retried,
 * so threads on several cores do not undo each other's work; and the values themselves are
 * computed from a ticket below {@link #size}, so no arithmetic happens near the bounds.
 *
 * <p>Tickets from {@code size} on hold no value and send their caller to the lock. The lock holder
 * {@link #close closes} the block before it changes the generator's state: every later ticket then
 * holds no value either, and the close tells how many values were handed out.
 */
final class TicketBlock {
    /** Added by {@link #close}: far above any size, and far below overflow however many tickets follow. */
    private static final long CLOSED = 1L << 62;
    private static final VarHandle TAKEN;

    static {
        try {
            TAKEN = MethodHandles.lookup().findVarHandle(TicketBlock.class, "taken", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** How many tickets hold a value. */
    final long size;
    private final long first;
    private final long step;
    /** Tickets taken so far, plus CLOSED once closed. */
    @SuppressWarnings("unused") // through TAKEN
    private volatile long taken;

    private TicketBlock(long first, long size, long step) {
        this.first = first;
        this.size = size;
        this.step = step;
    }

    /** The values from {@code first} that come before {@code end} in the direction of {@code step}. */
    static TicketBlock of(long first, long end, long step) {
        if (step > 0 ? first >= end : first <= end) {
            return new TicketBlock(first, 0, step);
        }
        // both as unsigned numbers, which they fit: 0 < distance < 2^64, and -Long.MIN_VALUE is 2^63
        long distance = step > 0 ? end - first : first - end;
        long stride = step > 0 ? step : -step;
        long size = Long.divideUnsigned(distance - 1, stride) + 1;
        // a longer block than this cannot come out of CACHE * INCREMENT; if one did, the lock would
        // hand out the rest of it
        return new TicketBlock(first, Long.compareUnsigned(size, CLOSED) < 0 ? size : CLOSED - 1, step);
    }

    /** A ticket: below {@link #size} it holds {@link #valueAt} it; from there on nothing. */
    long take() {
        return (long) TAKEN.getAndAdd(this, 1L);
    }

    /** The value of ticket {@code ticket} (below size; the arithmetic wraps, and the result is in range). */
    long valueAt(long ticket) {
        return first + ticket * step;
    }

    /** Makes every later ticket hold no value; returns how many values were handed out. Once only. */
    long close() {
        long takenBefore = (long) TAKEN.getAndAdd(this, CLOSED);
        if (takenBefore >= CLOSED) {
            throw new IllegalStateException("ticket block closed twice");
        }
        return Math.min(takenBefore, size);
    }
}
