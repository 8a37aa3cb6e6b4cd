package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;

/**
 * One row of a FROM source as expressions see it: its columns and their values, and for the
 * columns of tables the name a qualified reference uses (the alias, else the table's name).
 */
record Row(List<Column> columns, Object[] values, List<String> qualifiers) {
    static final Row NONE = new Row(List.of(), new Object[0]);

    Row(List<Column> columns, Object[] values) {
        this(columns, values, null);
    }

    /**
     * The index of {@code qualifier.name}: among the columns of that table when the row knows
     * qualifiers, else by name alone; -1 if none.
     */
    int indexOf(String qualifier, String name) {
        if (qualifiers != null) {
            for (int i = 0; i < columns.size(); i++) {
                String q = qualifiers.get(i);
                if (q != null && (q.equals(qualifier) || qualifier.endsWith("." + q))
                        && columns.get(i).name().equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return indexOf(name);
    }

    /**
     * The index of {@code [qualifier.]name} only where the qualifier names this column's table: its
     * qualifier when the row knows them, else the table (or alias) the column reports; -1 if none.
     * Subqueries resolve names this way, a row at a time from the innermost out.
     */
    int strictIndexOf(String qualifier, String name) {
        if (qualifier == null) {
            return indexOf(name);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (!column.name().equalsIgnoreCase(name)) {
                continue;
            }
            String table = qualifiers != null ? qualifiers.get(i) : column.table();
            if (table != null && !table.isEmpty() && (qualifier.equals(table)
                    || qualifier.equals(column.database() + "." + table))) {
                return i;
            }
        }
        return -1;
    }

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
