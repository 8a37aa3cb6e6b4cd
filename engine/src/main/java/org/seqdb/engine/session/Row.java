package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;

/** One row of a FROM source as expressions see it: its columns and their values. */
record Row(List<Column> columns, Object[] values) {
    static final Row NONE = new Row(List.of(), new Object[0]);

    /** The index of a column by name (case-insensitive, as MariaDB column names are), or -1. */
    int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
