package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SELECT ... UNION [ALL | DISTINCT] SELECT ...: each select runs as it would alone, left to
 * right; the union's columns are labelled as the first select's and typed to hold every part's
 * values (text if any part gives text, else DOUBLE, else DECIMAL at the widest scale, else an
 * integer type); then duplicates are removed, ORDER BY and LIMIT applied. This is how Hibernate's
 * schema tools read all sequences in one statement.
 */
final class UnionExecutor {
    private final SelectExecutor select;
    private final Evaluator evaluator;

    UnionExecutor(SelectExecutor select, Evaluator evaluator) {
        this.select = select;
        this.evaluator = evaluator;
    }

    Result union(Statement.Union union, Object[] parameters) {
        checkWidthsBeforeRunning(union.parts());
        List<Result> results = new ArrayList<>(union.parts().size());
        for (Statement.Select part : union.parts()) {
            Result result = select.select(part, parameters);
            if (!results.isEmpty() && result.columns().size() != results.get(0).columns().size()) {
                throw new SeqDbException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
            }
            results.add(result);
        }
        List<Column> columns = columns(results);
        int[] scales = decimalScales(results, columns);
        List<Object[]> rows = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (int part = 0; part < results.size(); part++) {
            boolean distinct = part < union.distinctThrough();
            for (Object[] values : results.get(part).rows()) {
                Object[] converted = convert(values, columns, scales);
                if (!distinct || seen.add(distinctKey(converted))) {
                    rows.add(converted);
                }
            }
        }
        return Result.rows(columns, window(order(rows, columns, union, parameters), union, parameters));
    }

    /** MariaDB refuses a union of different widths before it runs any part (no NEXTVAL is taken). */
    private static void checkWidthsBeforeRunning(List<Statement.Select> parts) {
        int width = -1;
        for (Statement.Select part : parts) {
            for (Statement.SelectItem item : part.items()) {
                if (item.expression() instanceof Expression.Star) {
                    return;
                }
            }
            if (width >= 0 && part.items().size() != width) {
                throw new SeqDbException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
            }
            width = part.items().size();
        }
    }

    private static List<Column> columns(List<Result> results) {
        List<Column> first = results.get(0).columns();
        List<Column> columns = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            ValueType type = ValueType.NULL;
            boolean same = true;
            for (Result result : results) {
                ValueType next = result.columns().get(i).type();
                same &= next == first.get(i).type();
                type = wider(type, next);
            }
            columns.add(same ? first.get(i) : Column.computed(first.get(i).label(), type));
        }
        return columns;
    }

    private static ValueType wider(ValueType a, ValueType b) {
        if (a == ValueType.NULL || a == b) {
            return b;
        }
        if (b == ValueType.NULL) {
            return a;
        }
        if (!numeric(a) || !numeric(b)) {
            return ValueType.VARCHAR; // text, or dates and times mixed with other types: shown as text
        }
        if (a == ValueType.DOUBLE || b == ValueType.DOUBLE || a == ValueType.FLOAT || b == ValueType.FLOAT) {
            return ValueType.DOUBLE;
        }
        if (a == ValueType.DECIMAL || b == ValueType.DECIMAL || a == ValueType.BIGINT_UNSIGNED
                || b == ValueType.BIGINT_UNSIGNED) {
            return a.isInteger() && b.isInteger() ? ValueType.BIGINT_UNSIGNED : ValueType.DECIMAL;
        }
        return ValueType.BIGINT;
    }

    /** A DECIMAL column of a union shows every value at the widest scale of its parts (1 UNION 2.5: 1.0, 2.5). */
    private static int[] decimalScales(List<Result> results, List<Column> columns) {
        int[] scales = new int[columns.size()];
        for (Result result : results) {
            for (Object[] values : result.rows()) {
                for (int i = 0; i < scales.length; i++) {
                    if (values[i] instanceof BigDecimal decimal) {
                        scales[i] = Math.max(scales[i], decimal.scale());
                    }
                }
            }
        }
        return scales;
    }

    private static boolean numeric(ValueType type) {
        return type.isInteger() || type == ValueType.DECIMAL || type == ValueType.DOUBLE || type == ValueType.FLOAT;
    }

    private static Object[] convert(Object[] values, List<Column> columns, int[] scales) {
        Object[] converted = values.clone();
        for (int i = 0; i < converted.length; i++) {
            converted[i] = convert(converted[i], columns.get(i).type());
            if (converted[i] instanceof BigDecimal decimal && columns.get(i).type() == ValueType.DECIMAL) {
                converted[i] = decimal.setScale(scales[i]);
            }
        }
        return converted;
    }

    private static Object convert(Object value, ValueType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case VARCHAR -> value instanceof BigDecimal d ? d.toPlainString() : value instanceof byte[] bytes
                    ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value.toString();
            case DOUBLE -> value instanceof Number n ? n.doubleValue() : value;
            case DECIMAL -> value instanceof Number && !(value instanceof BigDecimal) ? new BigDecimal(value.toString())
                    : value;
            default -> value;
        };
    }

    /** Text compares as MariaDB's default collation does: case-insensitively, trailing spaces ignored. */
    private static List<Object> distinctKey(Object[] values) {
        List<Object> key = new ArrayList<>(values.length);
        for (Object value : values) {
            if (value instanceof String text) {
                key.add(text.stripTrailing().toLowerCase(Locale.ROOT));
            } else if (value instanceof BigDecimal decimal) {
                key.add(decimal.stripTrailingZeros());
            } else {
                key.add(value);
            }
        }
        return key;
    }

    private List<Object[]> order(List<Object[]> rows, List<Column> columns, Statement.Union union,
                                 Object[] parameters) {
        if (union.orderBy().isEmpty()) {
            return rows;
        }
        List<Statement.SelectItem> items = new ArrayList<>(columns.size());
        for (Column column : columns) {
            items.add(new Statement.SelectItem(new Expression.ColumnRef(null, column.label()), column.label()));
        }
        List<Column> byLabel = new ArrayList<>(columns.size());
        for (Column column : columns) {
            byLabel.add(column.withName(column.label()));
        }
        List<Object[]> keys = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            keys.add(RowOrder.keys(union.orderBy(), items, values, new Row(byLabel, values), evaluator, parameters));
        }
        return RowOrder.sort(rows, keys, union.orderBy());
    }

    private List<Object[]> window(List<Object[]> rows, Statement.Union union, Object[] parameters) {
        long limit = bound(union.limit(), parameters, Long.MAX_VALUE);
        long offset = bound(union.offset(), parameters, 0);
        int from = (int) Math.min(offset, rows.size());
        int to = (int) Math.min(rows.size(), Math.min(Integer.MAX_VALUE, from + Math.min(limit, Integer.MAX_VALUE)));
        return new ArrayList<>(rows.subList(from, to));
    }

    private long bound(Expression value, Object[] parameters, long absent) {
        if (value == null) {
            return absent;
        }
        return Math.max(0, Arithmetic.toLong(evaluator.evaluate(value, Row.NONE, parameters)));
    }
}
