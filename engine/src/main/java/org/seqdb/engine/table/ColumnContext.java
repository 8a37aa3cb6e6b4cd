package org.seqdb.engine.table;

import java.util.function.Consumer;
import org.seqdb.engine.error.Notice;

/**
 * Where a value is being stored, for MariaDB's messages: the table, the column, the 1-based row
 * of the statement; and where notes (a decimal rounded to its column) go.
 */
public record ColumnContext(String database, String table, String column, int row, Consumer<Notice> notes) {
}
