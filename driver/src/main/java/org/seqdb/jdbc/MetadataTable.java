package org.seqdb.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.ValueType;

/**
 * Builds the fixed-shape result sets of DatabaseMetaData: columns declared as
 * {@code "NAME"} (text) or {@code "NAME:int"} (integer), rows added in order.
 */
final class MetadataTable {
    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    MetadataTable(String... declarations) {
        for (String declaration : declarations) {
            int colon = declaration.indexOf(':');
            String name = colon < 0 ? declaration : declaration.substring(0, colon);
            ValueType type = colon < 0 ? ValueType.VARCHAR
                    : switch (declaration.substring(colon + 1)) {
                        case "int" -> ValueType.INTEGER;
                        case "long" -> ValueType.BIGINT;
                        default -> throw new IllegalArgumentException(declaration);
                    };
            columns.add(new Column(name, name, "", "", type, true));
        }
    }

    /** Adds a row; Integer and Short values are held as Long, as the engine holds integers. */
    MetadataTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row of " + values.length + " values for " + columns.size() + " columns");
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            row[i] = v instanceof Integer || v instanceof Short ? (Object) ((Number) v).longValue() : v;
        }
        rows.add(row);
        return this;
    }

    SeqDbResultSet toResultSet() {
        return SeqDbResultSet.detached(Result.rows(columns, rows));
    }
}
