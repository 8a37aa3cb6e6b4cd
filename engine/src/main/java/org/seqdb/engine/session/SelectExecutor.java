package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.meta.InformationSchema;
import org.seqdb.engine.meta.MetaTable;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SELECT and DO. The rows of the FROM source are read first, then each row is filtered and
 * its select list evaluated; the whole result is built before anything is returned, so a
 * statement that fails (a sequence running out in row 500) returns no rows at all.
 */
final class SelectExecutor {
    private final SessionState state;
    private final Resolver resolver;
    private final Evaluator evaluator;
    private final NameCheck names;
    /** Column lists of selects whose types are known without running them (the NEXTVAL hot path). */
    private final NodeCache<Statement.Select, List<Column>> staticColumns = new NodeCache<>();

    SelectExecutor(SessionState state, Resolver resolver, Evaluator evaluator) {
        this.state = state;
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.names = new NameCheck(resolver, evaluator);
    }

    Result select(Statement.Select select, Object[] parameters) {
        if (select.from() == null && select.where() == null && select.orderBy().isEmpty()
                && select.offset() == null) {
            return selectWithoutSource(select, parameters);
        }
        Source source = source(select.from());
        Statement.FromSource from = select.from();
        boolean named = from != null && !from.dual();
        names.select(select, source.columns(), !named ? null : from.alias() != null ? from.alias() : from.name().name());
        List<Statement.SelectItem> items = expandStars(select.items(), source.columns());
        long limit = bound(select.limit(), parameters, Long.MAX_VALUE);
        long offset = bound(select.offset(), parameters, 0);
        boolean ordered = !select.orderBy().isEmpty();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> sortKeys = ordered ? new ArrayList<>() : null;
        for (Row row : source.rows()) {
            if (!ordered && rows.size() >= limit + offset) {
                break;
            }
            if (select.where() != null && !Arithmetic.isTrue(evaluator.evaluate(select.where(), row, parameters))) {
                continue;
            }
            Object[] values = new Object[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = evaluator.evaluate(items.get(i).expression(), row, parameters);
            }
            rows.add(values);
            if (ordered) {
                sortKeys.add(RowOrder.keys(select.orderBy(), items, values, row, evaluator, parameters));
            }
        }
        if (ordered) {
            rows = RowOrder.sort(rows, sortKeys, select.orderBy());
        }
        List<Object[]> window = rows.subList((int) Math.min(offset, rows.size()),
                (int) Math.min(rows.size(), Math.min(Integer.MAX_VALUE, offset + Math.min(limit, Integer.MAX_VALUE))));
        return Result.rows(columns(items, source.columns(), rows), new ArrayList<>(window));
    }

    private long bound(Expression value, Object[] parameters, long absent) {
        if (value == null) {
            return absent;
        }
        return Math.max(0, Arithmetic.toLong(evaluator.evaluate(value, Row.NONE, parameters)));
    }

    /** SELECT expr, ...: one row, no source; the common case of SELECT NEXTVAL(s). */
    private Result selectWithoutSource(Statement.Select select, Object[] parameters) {
        names.select(select, List.of(), null);
        List<Statement.SelectItem> items = select.items();
        Object[] values = new Object[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.evaluate(items.get(i).expression(), Row.NONE, parameters);
        }
        boolean none = select.limit() != null && bound(select.limit(), parameters, 1) == 0;
        List<Object[]> rows = none ? List.of() : List.<Object[]>of(values);
        List<Column> columns = staticColumns.get(select);
        if (columns == null) {
            columns = columns(items, List.of(), rows);
            if (allStatic(items)) {
                columns = List.copyOf(columns);
                staticColumns.put(select, columns);
            }
        }
        return Result.rows(columns, rows);
    }

    /**
     * DO evaluates its expressions for their effects, as MariaDB's mysql_do does: names are resolved
     * first (an unknown sequence, 4091, or a column, 1054 in 'DO', is an error of the statement),
     * then every expression is evaluated, and an error while evaluating one (a sequence running out,
     * 1690) stays in the list of warnings as an Error while DO itself succeeds.
     */
    Result doStatement(Statement.Do statement, Object[] parameters) {
        names.doStatement(statement);
        for (Expression expression : statement.expressions()) {
            try {
                evaluator.evaluate(expression, Row.NONE, parameters);
            } catch (SeqDbException e) {
                state.addNotice(Notice.error(e));
                e.alsoReported().forEach(state::addNotice);
            }
        }
        return Result.updateCount(0);
    }

    /** What a FROM clause reads: its columns and rows. */
    private record Source(List<Column> columns, List<Row> rows) {
    }

    private Source source(Statement.FromSource from) {
        if (from == null || from.dual()) {
            return new Source(List.of(), List.of(Row.NONE));
        }
        String database = resolver.databaseOf(from.name());
        if (database.equalsIgnoreCase(InformationSchema.NAME)) {
            MetaTable table = InformationSchema.table(from.name().name(), state.database.catalog());
            if (table == null) {
                throw new SeqDbException(ErrorCode.ER_UNKNOWN_TABLE_IN, from.name().name(), InformationSchema.NAME);
            }
            List<Row> rows = new ArrayList<>(table.rows().size());
            for (Object[] values : table.rows()) {
                rows.add(new Row(table.columns(), values));
            }
            return new Source(table.columns(), rows);
        }
        SchemaObject object = resolver.find(from.name());
        if (object instanceof SequenceHandle sequence) {
            Row row = SequenceRowView.row(sequence);
            return new Source(row.columns(), List.of(row));
        }
        if (object instanceof TableHandle table) {
            return new Source(TableColumns.of(table), List.of());
        }
        VirtualSequenceTable virtual = VirtualSequenceTable.parse(from.name().name());
        if (virtual != null) {
            return new Source(virtual.columns(), virtual.rows());
        }
        throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, resolver.databaseOf(from.name()), from.name().name());
    }

    private static List<Statement.SelectItem> expandStars(List<Statement.SelectItem> items, List<Column> columns) {
        List<Statement.SelectItem> expanded = new ArrayList<>();
        for (Statement.SelectItem item : items) {
            if (item.expression() instanceof Expression.Star) {
                for (Column column : columns) {
                    expanded.add(new Statement.SelectItem(new Expression.ColumnRef(null, column.name()),
                            column.name()));
                }
            } else {
                expanded.add(item);
            }
        }
        return expanded;
    }

    private static List<Column> columns(List<Statement.SelectItem> items, List<Column> sourceColumns,
                                        List<Object[]> rows) {
        List<Column> columns = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Statement.SelectItem item = items.get(i);
            if (item.expression() instanceof Expression.ColumnRef ref) {
                Column source = find(sourceColumns, ref.name());
                if (source != null) {
                    columns.add(new Column(item.label(), source.name(), source.table(), source.database(),
                            source.type(), source.nullable()));
                    continue;
                }
            }
            ValueType type = staticType(item.expression());
            if (type == null) {
                type = typeOfValues(rows, i);
            }
            columns.add(Column.computed(item.label(), type));
        }
        return columns;
    }

    private static Column find(List<Column> columns, String name) {
        for (Column column : columns) {
            if (column.name().equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }

    private static boolean allStatic(List<Statement.SelectItem> items) {
        for (Statement.SelectItem item : items) {
            if (staticType(item.expression()) == null) {
                return false;
            }
        }
        return true;
    }

    /** The type an expression has whatever its values, or null if only its values tell. */
    static ValueType staticType(Expression expression) {
        if (expression instanceof Expression.NextValue || expression instanceof Expression.PreviousValue
                || expression instanceof Expression.SetValue) {
            return ValueType.BIGINT;
        }
        if (expression instanceof Expression.Literal literal) {
            return typeOf(literal.value());
        }
        if (expression instanceof Expression.Hex) {
            return ValueType.VARCHAR;
        }
        if (expression instanceof Expression.IsNull || expression instanceof Expression.Like
                || expression instanceof Expression.In) {
            return ValueType.INTEGER;
        }
        return null;
    }

    private static ValueType typeOfValues(List<Object[]> rows, int column) {
        for (Object[] row : rows) {
            if (row[column] != null) {
                return typeOf(row[column]);
            }
        }
        return rows.isEmpty() ? ValueType.VARCHAR : ValueType.NULL;
    }

    static ValueType typeOf(Object value) {
        if (value == null) {
            return ValueType.NULL;
        }
        if (value instanceof Long || value instanceof Integer) {
            return ValueType.BIGINT;
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return ValueType.DECIMAL;
        }
        if (value instanceof Double || value instanceof Float) {
            return ValueType.DOUBLE;
        }
        return ValueType.VARCHAR;
    }
}
