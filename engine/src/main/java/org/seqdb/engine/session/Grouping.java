package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * GROUP BY, HAVING and the aggregates COUNT, SUM, AVG, MIN, MAX. Rows are put in groups by
 * the GROUP BY values (groups come out ordered by them, as MariaDB sorts them); each aggregate
 * is computed over its group and put in place of its call, and the rest of the select list is
 * read from the group's first row. Without GROUP BY all rows are one group, even when there
 * are none (SELECT COUNT(*) of an empty table is 0).
 */
final class Grouping {
    private final Evaluator evaluator;

    Grouping(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** One output row of a grouped select: its select-list values and its ORDER BY keys. */
    record GroupRow(Object[] values, Object[] sortKeys) {
    }

    List<GroupRow> run(Statement.Select select, List<Statement.SelectItem> items, List<Column> sourceColumns,
                       List<Row> rows, Object[] parameters) {
        Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
        if (select.groupBy().isEmpty()) {
            groups.put(List.of(), rows);
        } else {
            for (Row row : rows) {
                List<Object> key = new ArrayList<>();
                for (Expression e : select.groupBy()) {
                    key.add(groupValue(e, items, row, parameters));
                }
                groups.computeIfAbsent(groupKey(key), k -> new ArrayList<>()).add(row);
            }
        }
        List<Map.Entry<List<Object>, List<Row>>> ordered = new ArrayList<>(groups.entrySet());
        if (!select.groupBy().isEmpty()) {
            ordered.sort((a, b) -> compareKeys(firstValues(a.getValue(), select, items, parameters),
                    firstValues(b.getValue(), select, items, parameters)));
        }
        List<GroupRow> out = new ArrayList<>();
        Row empty = new Row(sourceColumns, new Object[sourceColumns.size()]);
        for (Map.Entry<List<Object>, List<Row>> group : ordered) {
            List<Row> members = group.getValue();
            Row first = members.isEmpty() ? empty : members.get(0);
            Object[] values = new Object[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = evaluator.evaluate(withAggregates(items.get(i).expression(), members, parameters), first,
                        parameters);
            }
            Row withAliases = withAliases(first, items, values);
            if (select.having() != null && !Arithmetic.isTrue(evaluator.evaluate(
                    withAggregates(select.having(), members, parameters), withAliases, parameters))) {
                continue;
            }
            Object[] keys = null;
            if (!select.orderBy().isEmpty()) {
                List<Statement.OrderItem> order = new ArrayList<>();
                for (Statement.OrderItem item : select.orderBy()) {
                    order.add(new Statement.OrderItem(withAggregates(item.expression(), members, parameters),
                            item.descending()));
                }
                keys = RowOrder.keys(order, items, values, withAliases, evaluator, parameters);
            }
            out.add(new GroupRow(values, keys));
        }
        return out;
    }

    private List<Object> firstValues(List<Row> members, Statement.Select select, List<Statement.SelectItem> items,
                                     Object[] parameters) {
        List<Object> values = new ArrayList<>();
        for (Expression e : select.groupBy()) {
            values.add(groupValue(e, items, members.get(0), parameters));
        }
        return values;
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c = x == null || y == null ? (x == null ? (y == null ? 0 : -1) : 1) : Arithmetic.compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A GROUP BY entry: a select-list position or alias, or an expression over the row. */
    private Object groupValue(Expression e, List<Statement.SelectItem> items, Row row, Object[] parameters) {
        if (e instanceof Expression.Literal literal && literal.value() instanceof Long position && position >= 1
                && position <= items.size()) {
            return evaluator.evaluate(items.get((int) (position - 1)).expression(), row, parameters);
        }
        if (e instanceof Expression.ColumnRef ref && ref.qualifier() == null && row.indexOf(ref.name()) < 0) {
            for (Statement.SelectItem item : items) {
                if (item.label().equalsIgnoreCase(ref.name())) {
                    return evaluator.evaluate(item.expression(), row, parameters);
                }
            }
        }
        return evaluator.evaluate(e, row, parameters);
    }

    /** Groups compare as MariaDB compares their values: text without regard to case or trailing spaces. */
    private static List<Object> groupKey(List<Object> values) {
        List<Object> key = new ArrayList<>();
        for (Object value : values) {
            key.add(distinctKey(value));
        }
        return key;
    }

    static Object distinctKey(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof String s) {
            return "s" + s.stripTrailing().toUpperCase(java.util.Locale.ROOT);
        }
        if (value instanceof BigDecimal d) {
            return "n" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return "n" + value;
        }
        return value.getClass().getSimpleName() + ValueText.of(value);
    }

    private static Row withAliases(Row row, List<Statement.SelectItem> items, Object[] values) {
        List<Column> columns = new ArrayList<>(row.columns());
        List<String> qualifiers = row.qualifiers() == null ? null : new ArrayList<>(row.qualifiers());
        Object[] all = new Object[row.values().length + values.length];
        System.arraycopy(row.values(), 0, all, 0, row.values().length);
        for (int i = 0; i < items.size(); i++) {
            columns.add(Column.computed(items.get(i).label(), SelectExecutor.typeOf(values[i]))
                    .withName(items.get(i).label()));
            all[row.values().length + i] = values[i];
            if (qualifiers != null) {
                qualifiers.add(null);
            }
        }
        return new Row(columns, all, qualifiers);
    }

    /** {@code expression} with each aggregate call replaced by its value over {@code rows}. */
    private Expression withAggregates(Expression expression, List<Row> rows, Object[] parameters) {
        return ExpressionTree.rewrite(expression, node -> node instanceof Expression.Aggregate aggregate
                ? new Expression.Literal(aggregate(aggregate, rows, parameters)) : node);
    }

    private Object aggregate(Expression.Aggregate aggregate, List<Row> rows, Object[] parameters) {
        if (aggregate.argument() instanceof Expression.Star) {
            return (long) rows.size();
        }
        if (aggregate.name().equals("GROUP_CONCAT")) {
            return groupConcat(aggregate, rows, parameters);
        }
        List<Object> values = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Row row : rows) {
            Object value = evaluator.evaluate(aggregate.argument(), row, parameters);
            if (value != null && (!aggregate.distinct() || seen.add(distinctKey(value)))) {
                values.add(value);
            }
        }
        return switch (aggregate.name()) {
            case "COUNT" -> (long) values.size();
            case "SUM" -> values.isEmpty() ? null : sum(values);
            case "AVG" -> values.isEmpty() ? null : average(values);
            case "MIN" -> extreme(values, -1);
            default -> extreme(values, 1);
        };
    }

    /** GROUP_CONCAT: the group's non-NULL values as text, in its ORDER BY, joined by the separator; NULL if none. */
    private Object groupConcat(Expression.Aggregate aggregate, List<Row> rows, Object[] parameters) {
        List<Row> ordered = RowOrder.sorted(rows, row -> row, aggregate.orderBy(), evaluator, parameters);
        StringBuilder joined = new StringBuilder();
        Set<Object> seen = new HashSet<>();
        boolean any = false;
        for (Row row : ordered) {
            Object value = evaluator.evaluate(aggregate.argument(), row, parameters);
            if (value == null) {
                continue;
            }
            String text = TextFunctions.text(value);
            if (aggregate.distinct() && !seen.add(distinctKey(text))) {
                continue;
            }
            if (any) {
                joined.append(aggregate.separator());
            }
            joined.append(text);
            any = true;
        }
        return any ? joined.toString() : null;
    }

    /** SUM: DECIMAL for exact numbers (as MariaDB types SUM of an integer column), DOUBLE otherwise. */
    private static Object sum(List<Object> values) {
        boolean exact = values.stream().allMatch(v -> v instanceof Long || v instanceof BigInteger
                || v instanceof BigDecimal);
        if (!exact) {
            double total = 0;
            for (Object v : values) {
                total += Arithmetic.toDouble(Arithmetic.numeric(v));
            }
            return total;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Object v : values) {
            total = total.add(Arithmetic.toDecimal(Arithmetic.numeric(v)));
        }
        return total;
    }

    /** AVG: an exact average has 4 more decimals than its values (div_precision_increment). */
    private static Object average(List<Object> values) {
        Object total = sum(values);
        if (total instanceof Double d) {
            return d / values.size();
        }
        int scale = 0;
        for (Object v : values) {
            if (v instanceof BigDecimal d) {
                scale = Math.max(scale, d.scale());
            }
        }
        return ((BigDecimal) total).divide(BigDecimal.valueOf(values.size()), scale + 4, RoundingMode.HALF_UP);
    }

    private static Object extreme(List<Object> values, int sign) {
        Object best = null;
        for (Object v : values) {
            if (best == null || Arithmetic.compare(v, best) * sign > 0) {
                best = v;
            }
        }
        return best;
    }
}
