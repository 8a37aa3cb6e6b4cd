package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.table.TableShape;

/** A table's columns as result columns, with the MariaDB types JDBC clients are told. */
final class TableColumns {
    private TableColumns() {
    }

    /** @param shownTable the table name a client sees for the columns: the alias when there is one */
    static List<Column> of(TableHandle table, String shownTable) {
        List<Column> columns = new ArrayList<>();
        for (TableShape.ShapeColumn column : table.shape().columns()) {
            columns.add(new Column(column.name(), column.name(), shownTable, table.database(),
                    column.type().valueType(), column.nullable(), column.type().sqlType(), column.autoIncrement()));
        }
        return columns;
    }

    static List<Column> of(TableHandle table) {
        return of(table, table.name());
    }
}
