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
    private final TableReader tables;
    private final JoinReader joins;
    private final Grouping grouping;
    private final NameCheck names;
    private final MetaJoin metaJoins;
    /** Column lists of selects whose types are known without running them (the NEXTVAL hot path). */
    private final NodeCache<Statement.Select, List<Column>> staticColumns = new NodeCache<>();

    SelectExecutor(SessionState state, Resolver resolver, Evaluator evaluator, TableReader tables, JoinReader joins) {
        this.state = state;
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.tables = tables;
        this.joins = joins;
        this.grouping = new Grouping(evaluator);
        this.names = new NameCheck(resolver, evaluator);
        this.metaJoins = new MetaJoin(resolver, evaluator, state.database.catalog());
    }

    Result select(Statement.Select select, Object[] parameters) {
        if (select.from() == null && select.where() == null && select.orderBy().isEmpty()
                && select.offset() == null && !select.grouped() && !select.distinct()) {
            return selectWithoutSource(select, parameters);
        }
        Source source = source(select, parameters);
        Statement.FromSource from = select.from();
        boolean named = from != null && !from.dual();
        if (from == null || from.joins().isEmpty()) {
            // a join's names are checked by its JoinScope (qualifiers of several tables)
            names.select(select, source.columns(),
                    !named ? null : from.alias() != null ? from.alias() : from.name().name());
        }
        List<Statement.SelectItem> items = expandStars(select.items(), source);
        evaluator.startRowNumbers(items);
        long limit = bound(select.limit(), parameters, Long.MAX_VALUE);
        long offset = bound(select.offset(), parameters, 0);
        boolean ordered = !select.orderBy().isEmpty();
        boolean grouped = select.grouped();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> sortKeys = ordered ? new ArrayList<>() : null;
        List<Row> groupedRows = grouped ? new ArrayList<>() : null;
        int rowNumber = 0;
        for (Row row : source.rows()) {
            state.currentRow = ++rowNumber;
            if (!ordered && !grouped && !select.distinct() && rows.size() >= limit + offset) {
                break;
            }
            if (!source.filtered() && select.where() != null
                    && !Arithmetic.isTrue(evaluator.evaluate(select.where(), row, parameters))) {
                continue;
            }
            if (grouped) {
                groupedRows.add(row);
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
        if (grouped) {
            for (Grouping.GroupRow group : grouping.run(select, items, source.columns(), groupedRows, parameters)) {
                rows.add(group.values());
                if (ordered) {
                    sortKeys.add(group.sortKeys());
                }
            }
        }
        if (ordered) {
            rows = RowOrder.sort(rows, sortKeys, select.orderBy());
        }
        if (select.distinct()) {
            rows = distinct(rows);
        }
        List<Object[]> window = rows.subList((int) Math.min(offset, rows.size()),
                (int) Math.min(rows.size(), Math.min(Integer.MAX_VALUE, offset + Math.min(limit, Integer.MAX_VALUE))));
        return Result.rows(columns(items, source, rows, parameters), new ArrayList<>(window));
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
            columns = columns(items, new Source(List.of(), List.of()), rows, parameters);
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

    private static List<Object[]> distinct(List<Object[]> rows) {
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        List<Object[]> kept = new ArrayList<>();
        for (Object[] row : rows) {
            List<Object> key = new ArrayList<>();
            for (Object value : row) {
                key.add(Grouping.distinctKey(value));
            }
            if (seen.add(key)) {
                kept.add(row);
            }
        }
        return kept;
    }

    /**
     * What a FROM clause reads: its columns and rows; {@code filtered}: the rows already match WHERE;
     * {@code qualifiers}: for joined tables, the alias (or table name) of each column, else null.
     */
    record Source(List<Column> columns, List<Row> rows, boolean filtered, List<String> qualifiers) {
        Source(List<Column> columns, List<Row> rows) {
            this(columns, rows, false, null);
        }

        Source(List<Column> columns, List<Row> rows, boolean filtered) {
            this(columns, rows, filtered, null);
        }
    }

    private Source source(Statement.Select select, Object[] parameters) {
        Statement.FromSource from = select.from();
        if (from != null && metaJoins.handles(from)) {
            return metaJoins.read(from, parameters);
        }
        if (from != null && !from.joins().isEmpty()) {
            return joins.read(select, parameters);
        }
        if (from == null || from.dual()) {
            return new Source(List.of(), List.of(Row.NONE));
        }
        if (from.derived() != null) {
            return derived(from, parameters);
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
            return tables.read(table, select, parameters);
        }
        VirtualSequenceTable virtual = VirtualSequenceTable.parse(from.name().name());
        if (virtual != null) {
            return new Source(virtual.columns(), virtual.rows());
        }
        throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, resolver.databaseOf(from.name()), from.name().name());
    }

    /** FROM (SELECT ...) alias: the query's rows, its columns named by their labels and qualified by the alias. */
    private Source derived(Statement.FromSource from, Object[] parameters) {
        Result result = evaluator.subqueries().run(from.derived(), parameters);
        List<Column> columns = new ArrayList<>();
        for (Column c : result.columns()) {
            columns.add(new Column(c.label(), c.label(), from.alias(), "", c.type(), c.nullable(), c.sqlType(), false));
        }
        List<Row> rows = new ArrayList<>(result.rows().size());
        for (Object[] values : result.rows()) {
            rows.add(new Row(columns, values));
        }
        return new Source(columns, rows);
    }

    /** {@code *} is every column, {@code t.*} those of joined table t; joined columns are referred to qualified. */
    private static List<Statement.SelectItem> expandStars(List<Statement.SelectItem> items, Source source) {
        List<Statement.SelectItem> expanded = new ArrayList<>();
        List<Column> columns = source.columns();
        List<String> qualifiers = source.qualifiers();
        for (Statement.SelectItem item : items) {
            if (item.expression() instanceof Expression.Star star) {
                for (int i = 0; i < columns.size(); i++) {
                    String qualifier = qualifiers == null ? null : qualifiers.get(i);
                    if (star.qualifier() != null && qualifier != null && !star.qualifier().equals(qualifier)) {
                        continue;
                    }
                    Column column = columns.get(i);
                    expanded.add(new Statement.SelectItem(new Expression.ColumnRef(qualifier, column.name()),
                            column.name()));
                }
            } else {
                expanded.add(item);
            }
        }
        return expanded;
    }

    private static List<Column> columns(List<Statement.SelectItem> items, Source from, List<Object[]> rows,
                                        Object[] parameters) {
        List<Column> sourceColumns = from.columns();
        Row typing = new Row(sourceColumns, new Object[sourceColumns.size()], from.qualifiers());
        List<Column> columns = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Statement.SelectItem item = items.get(i);
            if (item.expression() instanceof Expression.ColumnRef ref) {
                Column source = find(from, ref);
                if (source != null) {
                    columns.add(source.withLabel(item.label()));
                    continue;
                }
            }
            if (item.expression() instanceof Expression.Aggregate aggregate) {
                columns.add(AggregateColumns.of(aggregate, item.label(), sourceColumns, rows, i));
                continue;
            }
            if (isTypedByItsParts(item.expression())) {
                ExprType typed = ExpressionTypes.of(item.expression(), typing, parameters);
                if (typed != null) {
                    columns.add(typed.column(item.label()));
                    continue;
                }
            }
            ExprType fixed = fixedDecimalsArithmetic(item.expression(), typing, parameters);
            if (fixed != null) {
                columns.add(fixed.column(item.label()));
                continue;
            }
            ValueType type = staticType(item.expression());
            if (type == null) {
                type = typeOfValues(rows, i);
            }
            columns.add(Column.computed(item.label(), type));
        }
        return columns;
    }

    private static Column find(Source from, Expression.ColumnRef ref) {
        if (from.qualifiers() != null && ref.qualifier() != null) {
            for (int i = 0; i < from.columns().size(); i++) {
                if (ref.qualifier().equals(from.qualifiers().get(i))
                        && from.columns().get(i).name().equalsIgnoreCase(ref.name())) {
                    return from.columns().get(i);
                }
            }
        }
        return find(from.columns(), ref.name());
    }

    private static Column find(List<Column> columns, String name) {
        for (Column column : columns) {
            if (column.name().equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }

    /** Function calls, CASE and CAST have the type MariaDB gives them whatever their values (upper(NULL) is text). */
    /**
     * The type of arithmetic on a double of fixed decimals (a FLOAT(M,D) or DOUBLE(M,D) column, ROUND(x, 2)),
     * which keeps them as in MariaDB ({@code a + 0} of a FLOAT(7,2) prints 1.50); null for other expressions,
     * which their values type.
     */
    private static ExprType fixedDecimalsArithmetic(Expression expression, Row typing, Object[] parameters) {
        if (!(expression instanceof Expression.Binary b) || !Arithmetic.isArithmetic(b.operator())) {
            return null;
        }
        ExprType typed = ExpressionTypes.of(expression, typing, parameters);
        return typed != null && typed.kind() == ExprType.Kind.DOUBLE && typed.scale() < NumberFunctions.NOT_FIXED
                ? typed : null;
    }

    private static boolean isTypedByItsParts(Expression expression) {
        return expression instanceof Expression.FunctionCall || expression instanceof Expression.Case
                || expression instanceof Expression.Cast;
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
                || expression instanceof Expression.In || expression instanceof Expression.Between
                || expression instanceof Expression.Unary u && u.operator().equals("NOT")
                || expression instanceof Expression.Binary b && isCondition(b.operator())) {
            return ValueType.INTEGER;
        }
        return null;
    }

    /** Comparisons and AND / OR / XOR give 1, 0 or NULL: an INT to MariaDB. */
    private static boolean isCondition(String operator) {
        return !Arithmetic.isArithmetic(operator);
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
        if (value instanceof java.time.LocalDateTime) {
            return ValueType.DATETIME;
        }
        if (value instanceof java.time.LocalDate) {
            return ValueType.DATE;
        }
        if (value instanceof java.time.Duration) {
            return ValueType.TIME;
        }
        if (value instanceof byte[]) {
            return ValueType.BINARY;
        }
        return ValueType.VARCHAR;
    }
}
