package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Statement;

/** SHOW WARNINGS / ERRORS, DATABASES, [FULL] TABLES, CREATE SEQUENCE / TABLE, VARIABLES. */
final class ShowExecutor {
    /** The schema MariaDB always lists; seqdb answers queries on it from the catalog. */
    static final String INFORMATION_SCHEMA = "information_schema";

    private final SessionState state;
    private final Resolver resolver;
    private final Evaluator evaluator;
    private final Catalog catalog;

    ShowExecutor(SessionState state, Resolver resolver, Evaluator evaluator) {
        this.state = state;
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.catalog = state.database.catalog();
    }

    /**
     * Reads the notices of the statement before; SHOW WARNINGS does not start a new list
     * (MariaDB does not clear them), so they are still the session's current notices.
     */
    Result warnings(Statement.ShowWarnings show) {
        List<Notice> notices = state.notices;
        if (show.count()) {
            long count = show.errorsOnly() ? notices.stream().filter(n -> n.level() == Notice.Level.Error).count()
                    : notices.size();
            String label = show.errorsOnly() ? "@@session.error_count" : "@@session.warning_count";
            return Result.rows(List.of(Column.computed(label, ValueType.BIGINT)),
                    List.<Object[]>of(new Object[] {count}));
        }
        List<Object[]> rows = new ArrayList<>();
        long skip = show.offset();
        for (Notice notice : notices) {
            if (show.limit() >= 0 && rows.size() >= show.limit()) {
                break;
            }
            if (!show.errorsOnly() || notice.level() == Notice.Level.Error) {
                if (skip > 0) {
                    skip--;
                    continue;
                }
                rows.add(new Object[] {notice.level().name(), (long) notice.code(), notice.message()});
            }
        }
        return Result.rows(List.of(Column.computed("Level", ValueType.VARCHAR),
                Column.computed("Code", ValueType.INTEGER), Column.computed("Message", ValueType.VARCHAR)), rows);
    }

    Result databases(Statement.ShowDatabases show) {
        List<String> names = new ArrayList<>();
        names.add(INFORMATION_SCHEMA);
        names.addAll(catalog.databases());
        names.sort(String::compareTo);
        List<Object[]> rows = new ArrayList<>();
        for (String name : names) {
            if (show.like() == null || LikePattern.matches(show.like(), name)) {
                rows.add(new Object[] {name});
            }
        }
        String label = show.like() == null ? "Database" : "Database (" + show.like() + ")";
        return Result.rows(List.of(Column.computed(label, ValueType.VARCHAR)), rows);
    }

    Result tables(Statement.ShowTables show, Object[] parameters) {
        String database = show.database() != null ? show.database() : state.currentDatabase;
        if (database == null) {
            throw new SeqDbException(ErrorCode.ER_NO_DB_ERROR);
        }
        if (!catalog.databaseExists(database)) {
            throw new SeqDbException(ErrorCode.ER_BAD_DB_ERROR, database);
        }
        String nameLabel = "Tables_in_" + database + (show.like() == null ? "" : " (" + show.like() + ")");
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(nameLabel, "TABLE_NAME", "TABLE_NAMES", INFORMATION_SCHEMA, ValueType.VARCHAR, false));
        if (show.full()) {
            columns.add(new Column("Table_type", "TABLE_TYPE", "TABLE_NAMES", INFORMATION_SCHEMA, ValueType.VARCHAR,
                    false));
        }
        List<Object[]> rows = new ArrayList<>();
        for (SchemaObject object : visibleObjects(database)) {
            String type = object instanceof SequenceHandle ? "SEQUENCE"
                    : object.temporary() ? "TEMPORARY TABLE" : "BASE TABLE";
            Object[] values = show.full() ? new Object[] {object.name(), type} : new Object[] {object.name()};
            if (show.like() != null && !LikePattern.matches(show.like(), object.name())) {
                continue;
            }
            if (show.where() != null && !Arithmetic.isTrue(evaluator.evaluate(show.where(),
                    new Row(columnsNamed(columns, nameLabel), values), parameters))) {
                continue;
            }
            rows.add(values);
        }
        return Result.rows(columns, rows);
    }

    /** In WHERE, the name column is addressed by its label (Tables_in_db), and Table_type by its own. */
    private static List<Column> columnsNamed(List<Column> columns, String nameLabel) {
        List<Column> named = new ArrayList<>();
        named.add(Column.computed(nameLabel, ValueType.VARCHAR).withName(nameLabel));
        if (columns.size() > 1) {
            named.add(Column.computed("Table_type", ValueType.VARCHAR).withName("Table_type"));
        }
        return named;
    }

    /** The permanent objects of a database, by name (MariaDB does not list temporary ones). */
    private List<SchemaObject> visibleObjects(String database) {
        List<SchemaObject> objects = new ArrayList<>(catalog.objectsIn(database));
        objects.sort((a, b) -> a.name().compareTo(b.name()));
        return objects;
    }

    Result create(Statement.ShowCreate show) {
        SchemaObject object = resolver.find(show.name());
        String database = resolver.databaseOf(show.name());
        if (object == null) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, show.name().name());
        }
        String text;
        if (object instanceof SequenceHandle sequence) {
            text = show.sequence() ? CreateStatements.sequence(sequence) : CreateStatements.sequenceTable(sequence);
        } else if (show.sequence()) {
            throw new SeqDbException(ErrorCode.ER_NOT_SEQUENCE, database, show.name().name());
        } else {
            TableHandle table = (TableHandle) object;
            long next = table.shape().autoIncrementColumn() < 0 ? 0
                    : table.peekAutoIncrement() != 0 ? table.peekAutoIncrement() : AutoIncrementStart.of(state, table);
            text = CreateStatements.table(table, next);
        }
        return Result.rows(List.of(Column.computed("Table", ValueType.VARCHAR),
                Column.computed("Create Table", ValueType.VARCHAR)), List.<Object[]>of(new Object[] {object.name(), text}));
    }

    Result variables(Statement.ShowVariables show) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Object> variable : state.variables.all().entrySet()) {
            if (show.like() == null || LikePattern.matches(show.like(), variable.getKey())) {
                Object value = variable.getValue();
                String text = value instanceof Long l && isSwitch(variable.getKey()) ? (l != 0 ? "ON" : "OFF")
                        : String.valueOf(value);
                rows.add(new Object[] {variable.getKey(), text});
            }
        }
        return Result.rows(List.of(Column.computed("Variable_name", ValueType.VARCHAR),
                Column.computed("Value", ValueType.VARCHAR)), rows);
    }

    /** SHOW STATUS: how this session read table rows, under MariaDB's counter names. */
    Result status(Statement.ShowStatus show) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] counter : new Object[][] {{"Handler_read_key", state.rowsReadByKey},
            {"Handler_read_rnd_next", state.rowsReadByScan}}) {
            if (show.like() == null || LikePattern.matches(show.like(), (String) counter[0])) {
                rows.add(new Object[] {counter[0], String.valueOf(counter[1])});
            }
        }
        return Result.rows(List.of(Column.computed("Variable_name", ValueType.VARCHAR),
                Column.computed("Value", ValueType.VARCHAR)), rows);
    }

    private static boolean isSwitch(String name) {
        return name.equals("autocommit") || name.equals("foreign_key_checks") || name.equals("unique_checks")
                || name.equals("sql_notes") || name.equals("sql_quote_show_create");
    }
}
