package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequencePosition;

/** A sequence's one row as SELECT * FROM s shows it: the eight columns of MariaDB's sequence table. */
final class SequenceRowView {
    static final List<String> COLUMN_NAMES = List.of("next_not_cached_value", "minimum_value", "maximum_value",
            "start_value", "increment", "cache_size", "cycle_option", "cycle_count");

    private SequenceRowView() {
    }

    static List<Column> columns(SequenceHandle handle) {
        return List.of(
                column(handle, "next_not_cached_value", ValueType.BIGINT),
                column(handle, "minimum_value", ValueType.BIGINT),
                column(handle, "maximum_value", ValueType.BIGINT),
                column(handle, "start_value", ValueType.BIGINT),
                column(handle, "increment", ValueType.BIGINT),
                column(handle, "cache_size", ValueType.BIGINT_UNSIGNED),
                column(handle, "cycle_option", ValueType.TINYINT),
                column(handle, "cycle_count", ValueType.BIGINT));
    }

    private static Column column(SequenceHandle handle, String name, ValueType type) {
        return new Column(name, name, handle.name(), handle.database(), type, false);
    }

    static Row row(SequenceHandle handle) {
        SequenceDefinition d = handle.definition();
        SequencePosition stored = handle.stored();
        return new Row(columns(handle), new Object[] {stored.nextNotCached(), d.minValue(), d.maxValue(), d.start(),
            d.increment(), d.cache(), d.cycle() ? 1L : 0L, stored.round()});
    }
}
