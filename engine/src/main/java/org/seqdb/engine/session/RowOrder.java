package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * ORDER BY: each entry is a 1-based select-list position, a select-list alias, or an
 * expression over the source row. NULLs sort first ascending, as in MariaDB; the sort is stable.
 */
final class RowOrder {
    private RowOrder() {
    }

    static Object[] keys(List<Statement.OrderItem> order, List<Statement.SelectItem> items, Object[] values, Row row,
                         Evaluator evaluator, Object[] parameters) {
        Object[] keys = new Object[order.size()];
        for (int k = 0; k < keys.length; k++) {
            Expression expression = order.get(k).expression();
            int position = selectPosition(expression, items);
            keys[k] = position >= 0 ? values[position] : evaluator.evaluate(expression, row, parameters);
        }
        return keys;
    }

    private static int selectPosition(Expression expression, List<Statement.SelectItem> items) {
        if (expression instanceof Expression.Literal literal && literal.value() instanceof Long position
                && position >= 1 && position <= items.size()) {
            return (int) (position - 1);
        }
        if (expression instanceof Expression.ColumnRef ref && ref.qualifier() == null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).label().equalsIgnoreCase(ref.name())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * {@code items} in the order {@code order} gives, each item's keys worked out on the row
     * {@code row} makes of it (ORDER BY of UPDATE / DELETE, of GROUP_CONCAT: no select list).
     */
    static <T> List<T> sorted(List<T> items, java.util.function.Function<T, Row> row, List<Statement.OrderItem> order,
                              Evaluator evaluator, Object[] parameters) {
        if (order.isEmpty()) {
            return items;
        }
        List<Object[]> keys = new ArrayList<>(items.size());
        for (T item : items) {
            keys.add(keys(order, List.of(), new Object[0], row.apply(item), evaluator, parameters));
        }
        return sort(items, keys, order);
    }

    static <T> List<T> sort(List<T> rows, List<Object[]> keys, List<Statement.OrderItem> order) {
        List<Integer> indexes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            indexes.add(i);
        }
        Comparator<Integer> comparator = (a, b) -> {
            for (int k = 0; k < order.size(); k++) {
                int c = compare(keys.get(a)[k], keys.get(b)[k]);
                if (c != 0) {
                    return order.get(k).descending() ? -c : c;
                }
            }
            return 0;
        };
        indexes.sort(comparator);
        List<T> sorted = new ArrayList<>(rows.size());
        for (int index : indexes) {
            sorted.add(rows.get(index));
        }
        return sorted;
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return Arithmetic.compare(a, b);
    }
}
