package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.store.StoredTable;

/** A table's columns as result columns, typed from their declared types. */
final class TableColumns {
    private TableColumns() {
    }

    static List<Column> of(TableHandle table) {
        List<Column> columns = new ArrayList<>();
        for (StoredTable.StoredColumn column : table.definition().columns()) {
            columns.add(new Column(column.name(), column.name(), table.name(), table.database(),
                    typeOf(column.type()), column.nullable()));
        }
        return columns;
    }

    static ValueType typeOf(String declared) {
        String type = declared.toLowerCase(Locale.ROOT);
        if (type.startsWith("bigint")) {
            return ValueType.BIGINT;
        }
        if (type.startsWith("int") || type.startsWith("mediumint") || type.startsWith("smallint")) {
            return ValueType.INTEGER;
        }
        if (type.startsWith("tinyint") || type.startsWith("bool") || type.startsWith("bit")) {
            return ValueType.TINYINT;
        }
        if (type.startsWith("decimal") || type.startsWith("numeric")) {
            return ValueType.DECIMAL;
        }
        if (type.startsWith("double") || type.startsWith("float") || type.startsWith("real")) {
            return ValueType.DOUBLE;
        }
        return ValueType.VARCHAR;
    }
}
