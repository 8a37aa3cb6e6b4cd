package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.meta.InformationSchema;
import org.seqdb.engine.meta.MetaTable;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SHOW [FULL] COLUMNS (and DESCRIBE) and SHOW INDEX of one table or sequence: MariaDB's rows of
 * INFORMATION_SCHEMA.COLUMNS and STATISTICS under SHOW's labels, so the two cannot disagree. SHOW
 * prints a default as the value itself ({@code x}, not COLUMNS' quoted {@code 'x'}; NULL for none).
 */
final class ShowTableFacts {
    private final SessionState state;
    private final Resolver resolver;
    private final Evaluator evaluator;
    private final Catalog catalog;

    ShowTableFacts(SessionState state, Resolver resolver, Evaluator evaluator) {
        this.state = state;
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.catalog = state.database.catalog();
    }

    Result columns(Statement.ShowColumns show, Object[] parameters) {
        MetaTable meta = InformationSchema.table("COLUMNS", catalog);
        String[] labels = show.full()
                ? new String[] {"Field", "Type", "Collation", "Null", "Key", "Default", "Extra", "Privileges", "Comment"}
                : new String[] {"Field", "Type", "Null", "Key", "Default", "Extra"};
        String[] sources = show.full()
                ? new String[] {"COLUMN_NAME", "COLUMN_TYPE", "COLLATION_NAME", "IS_NULLABLE", "COLUMN_KEY",
                    "COLUMN_DEFAULT", "EXTRA", "PRIVILEGES", "COLUMN_COMMENT"}
                : new String[] {"COLUMN_NAME", "COLUMN_TYPE", "IS_NULLABLE", "COLUMN_KEY", "COLUMN_DEFAULT", "EXTRA"};
        List<Object[]> rows = rowsOf(meta, show.table(), sources);
        int defaultColumn = List.of(labels).indexOf("Default");
        List<Object[]> kept = new ArrayList<>();
        for (Object[] row : rows) {
            row[defaultColumn] = shownDefault((String) row[defaultColumn]);
            if (show.like() != null && !LikePattern.matches(show.like(), (String) row[0])) {
                continue;
            }
            if (kept(show.where(), labels, row, parameters)) {
                kept.add(row);
            }
        }
        return Result.rows(columnsLabelled(labels), kept);
    }

    Result indexes(Statement.ShowIndex show, Object[] parameters) {
        MetaTable meta = InformationSchema.table("STATISTICS", catalog);
        String[] labels = {"Table", "Non_unique", "Key_name", "Seq_in_index", "Column_name", "Collation",
            "Cardinality", "Sub_part", "Packed", "Null", "Index_type", "Comment", "Index_comment", "Ignored"};
        String[] sources = {"TABLE_NAME", "NON_UNIQUE", "INDEX_NAME", "SEQ_IN_INDEX", "COLUMN_NAME", "COLLATION",
            "CARDINALITY", "SUB_PART", "PACKED", "NULLABLE", "INDEX_TYPE", "COMMENT", "INDEX_COMMENT", "IGNORED"};
        List<Object[]> kept = new ArrayList<>();
        for (Object[] row : rowsOf(meta, show.table(), sources)) {
            if (kept(show.where(), labels, row, parameters)) {
                kept.add(row);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            boolean number = i == 1 || i == 3 || i == 6 || i == 7;
            columns.add(Column.computed(labels[i], number ? ValueType.BIGINT : ValueType.VARCHAR).withName(labels[i]));
        }
        return Result.rows(columns, kept);
    }

    /** The meta table's rows of {@code name} (1146 if there is no such table or sequence), projected. */
    private List<Object[]> rowsOf(MetaTable meta, ObjectName name, String[] sources) {
        String database = resolver.databaseOf(name);
        if (catalog.find(database, name.name()) == null) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, name.name());
        }
        int schema = indexOf(meta, "TABLE_SCHEMA");
        int table = indexOf(meta, "TABLE_NAME");
        int[] projected = new int[sources.length];
        for (int i = 0; i < sources.length; i++) {
            projected[i] = indexOf(meta, sources[i]);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : meta.rows()) {
            if (database.equals(row[schema]) && name.name().equals(row[table])) {
                Object[] values = new Object[projected.length];
                for (int i = 0; i < projected.length; i++) {
                    values[i] = row[projected[i]];
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private boolean kept(Expression where, String[] labels, Object[] row, Object[] parameters) {
        return where == null || Arithmetic.isTrue(evaluator.evaluate(where, new Row(columnsLabelled(labels), row),
                parameters));
    }

    private static List<Column> columnsLabelled(String[] labels) {
        List<Column> columns = new ArrayList<>();
        for (String label : labels) {
            columns.add(Column.computed(label, ValueType.VARCHAR).withName(label));
        }
        return columns;
    }

    private static int indexOf(MetaTable meta, String name) {
        for (int i = 0; i < meta.columns().size(); i++) {
            if (meta.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name);
    }

    /** COLUMNS' default as SHOW prints it: NULL for none or NULL, a quoted text without its quotes. */
    private static String shownDefault(String columnDefault) {
        if (columnDefault == null || columnDefault.equals("NULL")) {
            return null;
        }
        if (columnDefault.length() >= 2 && columnDefault.startsWith("'") && columnDefault.endsWith("'")) {
            return columnDefault.substring(1, columnDefault.length() - 1).replace("''", "'");
        }
        return columnDefault;
    }
}
