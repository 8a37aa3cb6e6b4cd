package org.seqdb.engine.store;

import org.seqdb.engine.sequence.SequenceDefinition;

/**
 * A sequence definition as an Object[] of MVStore's built-in types. Position 0 is the
 * layout version, so that later layouts can still read this one.
 */
final class SequenceCodec {
    private static final long LAYOUT = 1;

    private SequenceCodec() {
    }

    static Object[] encode(SequenceDefinition d, long version) {
        return new Object[] {LAYOUT, version, d.minValue(), d.maxValue(), d.start(), d.increment(), d.cache(),
            d.cycle() ? 1L : 0L, d.valueType(), d.engine(), d.comment()};
    }

    static SequenceDefinition decode(Object[] row) {
        return new SequenceDefinition((Long) row[2], (Long) row[3], (Long) row[4], (Long) row[5], (Long) row[6],
                (Long) row[7] != 0, (String) row[8], (String) row[9], (String) row[10]);
    }

    static long version(Object[] row) {
        return (Long) row[1];
    }

    static Object[] withVersion(Object[] row, long version) {
        Object[] copy = row.clone();
        copy[1] = version;
        return copy;
    }
}
