package org.seqdb.engine.sequence;

import org.seqdb.engine.sql.ast.SequenceOptions;

/**
 * How CREATE and ALTER turn options into a definition, and when the result is legal
 * (MariaDB's {@code sequence_definition::check_and_adjust}). A definition that fails
 * {@link #isLegal} is error 4085.
 */
public final class SequenceRules {
    public static final long DEFAULT_CACHE = 1000;
    /** MariaDB's MAX_AUTO_INCREMENT_VALUE: the largest step INCREMENT 0 can take. */
    private static final long MAX_AUTO_INCREMENT_VALUE = 65535;

    private SequenceRules() {
    }

    /** The definition CREATE SEQUENCE makes: what is not given follows the increment's sign. */
    public static SequenceDefinition forCreate(SequenceOptions options) {
        long increment = options.increment() != null ? options.increment() : 1;
        long min = options.minValue() != null ? options.minValue() : increment < 0 ? Long.MIN_VALUE + 1 : 1;
        long max = options.maxValue() != null ? options.maxValue() : increment < 0 ? -1 : Long.MAX_VALUE - 1;
        long start = options.start() != null ? options.start() : increment < 0 ? max : min;
        long cache = options.cache() != null ? options.cache() : DEFAULT_CACHE;
        boolean cycle = options.cycle() != null && options.cycle();
        return new SequenceDefinition(min, max, start, increment, cache, cycle, options.valueType(),
                options.engine(), options.comment());
    }

    /** The definition ALTER SEQUENCE makes: what is not given is kept. */
    public static SequenceDefinition forAlter(SequenceDefinition old, SequenceOptions options) {
        return new SequenceDefinition(
                options.minValue() != null ? options.minValue() : old.minValue(),
                options.maxValue() != null ? options.maxValue() : old.maxValue(),
                options.start() != null ? options.start() : old.start(),
                options.increment() != null ? options.increment() : old.increment(),
                options.cache() != null ? options.cache() : old.cache(),
                options.cycle() != null ? options.cycle() : old.cycle(),
                old.valueType(), old.engine(), old.comment());
    }

    /**
     * True if a sequence with this definition, about to hand out {@code nextNotCached},
     * is consistent: bounds ordered and inside the 64-bit range less one at each end, a cache
     * small enough that cache * increment cannot overflow, and the next value not before
     * the start of the range in the direction of travel.
     */
    public static boolean isLegal(SequenceDefinition d, long nextNotCached, AutoIncrementSettings autoIncrement) {
        long realIncrement = d.increment() != 0 ? d.increment() : autoIncrement.increment();
        long maxIncrement = d.increment() != 0 ? Math.abs(realIncrement) : MAX_AUTO_INCREMENT_VALUE;
        return d.maxValue() >= d.start()
                && d.maxValue() > d.minValue()
                && d.start() >= d.minValue()
                && d.maxValue() != Long.MAX_VALUE
                && d.minValue() != Long.MIN_VALUE
                && d.cache() >= 0
                && d.cache() < (Long.MAX_VALUE - maxIncrement) / maxIncrement
                && (realIncrement > 0 && nextNotCached >= d.minValue()
                    || realIncrement < 0 && nextNotCached <= d.maxValue());
    }
}
