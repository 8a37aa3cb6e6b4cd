package org.seqdb.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seqdb.engine.Column;

/**
 * What a result set works out about its columns when first asked: the index of each label (for
 * the getters by label) and each column's {@link ColumnAccessor}. Both are made on first use and
 * held in this one object, so a result read by index with getLong only (a NEXTVAL) makes neither.
 */
final class ColumnLookup {
    private final List<Column> columns;
    private Map<String, Integer> indexByLabel;
    private ColumnAccessor[] accessors;

    ColumnLookup(List<Column> columns) {
        this.columns = columns;
    }

    /**
     * The 1-based index of the column labelled {@code label}, compared case-insensitively: the
     * first column with that label, else the first whose underlying name it is; null if none.
     */
    Integer indexOf(String label) {
        if (indexByLabel == null) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = columns.size() - 1; i >= 0; i--) {
                index.put(columns.get(i).label().toLowerCase(Locale.ROOT), i + 1);
            }
            for (int i = columns.size() - 1; i >= 0; i--) {
                String name = columns.get(i).name();
                if (!name.isEmpty()) {
                    index.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
                }
            }
            indexByLabel = index;
        }
        return label == null ? null : indexByLabel.get(label.toLowerCase(Locale.ROOT));
    }

    /** The accessor of the column at a 1-based index the caller has checked. */
    ColumnAccessor accessor(int columnIndex) {
        if (accessors == null) {
            accessors = new ColumnAccessor[columns.size()];
        }
        ColumnAccessor accessor = accessors[columnIndex - 1];
        if (accessor == null) {
            accessor = ColumnAccessor.of(columns.get(columnIndex - 1));
            accessors[columnIndex - 1] = accessor;
        }
        return accessor;
    }
}
