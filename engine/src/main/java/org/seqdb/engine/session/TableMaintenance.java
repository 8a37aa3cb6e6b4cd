package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * ANALYZE / CHECK / OPTIMIZE / REPAIR TABLE answered as MariaDB answers them for InnoDB tables and
 * for sequences. seqdb's file needs none of them (MVStore keeps its own statistics and reuses its
 * space), so nothing is done: each table gets MariaDB's rows, a missing one its error rows.
 */
final class TableMaintenance {
    private final Resolver resolver;

    TableMaintenance(Resolver resolver) {
        this.resolver = resolver;
    }

    Result run(Statement.TableMaintenance statement) {
        String op = statement.operation();
        List<Object[]> rows = new ArrayList<>();
        for (ObjectName name : statement.tables()) {
            String table = resolver.databaseOf(name) + "." + name.name();
            SchemaObject object = resolver.find(name);
            if (object == null) {
                rows.add(new Object[] {table, op, "Error", "Table '" + table + "' doesn't exist"});
                rows.add(new Object[] {table, op, "status", "Operation failed"});
            } else if (object instanceof SequenceHandle || op.equals("repair")) {
                rows.add(new Object[] {table, op, "note", "The storage engine for the table doesn't support " + op});
            } else if (op.equals("optimize")) {
                rows.add(new Object[] {table, op, "note",
                    "Table does not support optimize, doing recreate + analyze instead"});
                rows.add(new Object[] {table, op, "status", "OK"});
            } else {
                rows.add(new Object[] {table, op, "status", "OK"});
            }
        }
        return Result.rows(List.of(Column.computed("Table", ValueType.VARCHAR), Column.computed("Op", ValueType.VARCHAR),
                Column.computed("Msg_type", ValueType.VARCHAR), Column.computed("Msg_text", ValueType.VARCHAR)), rows);
    }
}
