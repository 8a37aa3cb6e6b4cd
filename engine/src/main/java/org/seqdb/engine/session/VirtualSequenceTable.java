package org.seqdb.engine.session;

import java.util.AbstractList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueType;

/**
 * MariaDB's Sequence engine tables, which exist in every database without being created:
 * {@code seq_1_to_N} and {@code seq_A_to_B_step_C}, one column {@code seq}, counting down
 * when A is above B. They let one statement take many values: SELECT NEXTVAL(s) FROM seq_1_to_1000.
 */
record VirtualSequenceTable(long from, long to, long step) {
    private static final Pattern NAME = Pattern.compile("seq_(\\d+)_to_(\\d+)(?:_step_(\\d+))?");
    /** Bounds the rows one statement may produce, so a typo cannot exhaust memory. */
    private static final long MAX_ROWS = 100_000_000L;

    static VirtualSequenceTable parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        try {
            long from = Long.parseLong(m.group(1));
            long to = Long.parseLong(m.group(2));
            long step = m.group(3) == null ? 1 : Long.parseLong(m.group(3));
            return step == 0 ? null : new VirtualSequenceTable(from, to, step);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    List<Column> columns() {
        return List.of(new Column("seq", "seq", "seq", "", ValueType.BIGINT_UNSIGNED, false));
    }

    List<Row> rows() {
        List<Column> columns = columns();
        long count = Math.min(MAX_ROWS, Math.abs(to - from) / step + 1);
        boolean down = from > to;
        return new AbstractList<>() {
            @Override
            public Row get(int index) {
                long value = down ? from - index * step : from + index * step;
                return new Row(columns, new Object[] {value});
            }

            @Override
            public int size() {
                return (int) Math.min(Integer.MAX_VALUE, count);
            }
        };
    }
}
