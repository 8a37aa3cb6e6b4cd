package org.seqdb.engine.meta;

import java.util.List;

/** The eight columns of a sequence's table, as MariaDB describes them. */
public final class SequenceColumns {
    public static final List<ColumnFacts> FACTS = List.of(
            new ColumnFacts("next_not_cached_value", "bigint", "bigint(21)", false, null, 19L, ""),
            new ColumnFacts("minimum_value", "bigint", "bigint(21)", false, null, 19L, ""),
            new ColumnFacts("maximum_value", "bigint", "bigint(21)", false, null, 19L, ""),
            new ColumnFacts("start_value", "bigint", "bigint(21)", false, null, 19L,
                    "start value when sequences is created or value if RESTART is used"),
            new ColumnFacts("increment", "bigint", "bigint(21)", false, null, 19L, "increment value"),
            new ColumnFacts("cache_size", "bigint", "bigint(21) unsigned", false, null, 20L, ""),
            new ColumnFacts("cycle_option", "tinyint", "tinyint(1) unsigned", false, null, 3L,
                    "0 if no cycles are allowed, 1 if the sequence should begin a new cycle when maximum_value is "
                            + "passed"),
            new ColumnFacts("cycle_count", "bigint", "bigint(21)", false, null, 19L, "How many cycles have been done"));

    private SequenceColumns() {
    }
}
