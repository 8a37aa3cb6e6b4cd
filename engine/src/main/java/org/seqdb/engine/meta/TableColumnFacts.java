package org.seqdb.engine.meta;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.store.StoredTable;
import org.seqdb.engine.table.ColumnType;
import org.seqdb.engine.table.TableShape;

/** A table's rows of INFORMATION_SCHEMA.COLUMNS, with the facts MariaDB 10.11 gives for each type. */
final class TableColumnFacts {
    private TableColumnFacts() {
    }

    static List<Object[]> rows(TableHandle table) {
        List<Object[]> rows = new ArrayList<>();
        TableShape shape = table.shape();
        List<StoredTable.StoredColumn> columns = table.definition().columns();
        for (int i = 0; i < columns.size(); i++) {
            StoredTable.StoredColumn column = columns.get(i);
            ColumnType type = shape.column(i).type();
            boolean text = type.hasCharacterSet();
            rows.add(new Object[] {"def", table.database(), table.name(), column.name(), (long) (i + 1),
                columnDefault(column), column.nullable() ? "YES" : "NO", type.base(), type.characterLength(),
                type.octetLength(), type.numericPrecision(), type.numericScale(), type.datetimePrecision(),
                text ? "utf8mb4" : null, text ? "utf8mb4_general_ci" : null, column.type(), shape.columnKey(i),
                extra(column), "select,insert,update,references", column.comment() == null ? "" : column.comment(),
                "NEVER", null});
        }
        return rows;
    }

    /** COLUMN_DEFAULT: the default as printed; 'NULL' (text) for a nullable column without one, else NULL. */
    private static String columnDefault(StoredTable.StoredColumn column) {
        if (column.defaultSql() != null) {
            return column.defaultSql();
        }
        return column.nullable() ? "NULL" : null;
    }

    private static String extra(StoredTable.StoredColumn column) {
        if (column.autoIncrement()) {
            return "auto_increment";
        }
        if (column.onUpdateSql() != null) {
            return "on update " + column.onUpdateSql();
        }
        return "";
    }
}
