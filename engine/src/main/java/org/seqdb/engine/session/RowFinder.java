package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.seqdb.engine.Column;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.table.ColumnType;
import org.seqdb.engine.table.RowKeys;
import org.seqdb.engine.table.TableShape;
import org.seqdb.engine.table.TemporalCoercion;

/**
 * Finds the rows of one table a WHERE clause selects. When the clause pins the whole primary key
 * (or a unique key) to constants or parameters ({@code id = ?}, {@code id IN (1, 2)}, ANDed with
 * anything), the rows are looked up by key instead of scanned; every row found is still checked
 * against the whole clause.
 */
final class RowFinder {
    /** A constant that can equal no value of the column (5.5 for an INT): the lookup finds nothing. */
    private static final Object NO_MATCH = new Object();

    private final Evaluator evaluator;

    RowFinder(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * The rows matching {@code where}, in key order for a scan; with {@code lock}, each is locked
     * and checked again on its newest committed values (as UPDATE and DELETE read rows).
     */
    List<TableRows.StoredRow> find(TableRows rows, List<Column> columns, Expression where, Object[] parameters,
                                   boolean lock) {
        List<Object> keys = lookupKeys(rows, where, parameters, lock);
        List<TableRows.StoredRow> found = new ArrayList<>();
        if (keys != null) {
            for (Object key : keys) {
                Object[] values = lock ? rows.lock(key) : rows.get(key);
                if (values != null && matches(where, columns, values, parameters)) {
                    found.add(new TableRows.StoredRow(key, values));
                }
            }
            return found;
        }
        for (Iterator<TableRows.StoredRow> it = lock ? rows.scanLatest() : rows.scan(); it.hasNext(); ) {
            TableRows.StoredRow row = it.next();
            if (matches(where, columns, row.values(), parameters)) {
                found.add(row);
            }
        }
        if (lock) {
            List<TableRows.StoredRow> locked = new ArrayList<>();
            for (TableRows.StoredRow row : found) {
                Object[] newest = rows.lock(row.key());
                if (newest != null && matches(where, columns, newest, parameters)) {
                    locked.add(new TableRows.StoredRow(row.key(), newest));
                }
            }
            return locked;
        }
        return found;
    }

    boolean matches(Expression where, List<Column> columns, Object[] values, Object[] parameters) {
        return where == null || Arithmetic.isTrue(evaluator.evaluate(where, new Row(columns, values), parameters));
    }

    /** The keys to look up, or null if the rows must be scanned. */
    private List<Object> lookupKeys(TableRows rows, Expression where, Object[] parameters, boolean lock) {
        if (where == null) {
            return null;
        }
        Map<Integer, List<Object>> pinned = new HashMap<>();
        collect(where, rows.shape(), parameters, pinned);
        if (pinned.isEmpty()) {
            return null;
        }
        TableShape shape = rows.shape();
        TableShape.KeyShape primary = shape.primaryKey();
        List<Object> keys = primary == null ? null : keys(primary, shape, pinned);
        if (keys != null) {
            return keys;
        }
        List<TableShape.KeyShape> unique = shape.uniqueKeys();
        for (int k = 0; k < unique.size(); k++) {
            List<Object> values = keys(unique.get(k), shape, pinned);
            if (values != null) {
                List<Object> primaryKeys = new ArrayList<>();
                for (Object value : values) {
                    Object key = lock ? rows.findByUniqueLatest(k, value) : rows.findByUnique(k, value);
                    if (key != null) {
                        primaryKeys.add(key);
                    }
                }
                return primaryKeys;
            }
        }
        return null;
    }

    /** The key values of {@code key} if every column of it is pinned, else null. */
    private static List<Object> keys(TableShape.KeyShape key, TableShape shape, Map<Integer, List<Object>> pinned) {
        int[] columns = key.columns();
        if (columns.length == 1) {
            List<Object> values = pinned.get(columns[0]);
            return values == null ? null : values.stream().filter(v -> v != NO_MATCH).toList();
        }
        Object[] parts = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            List<Object> values = pinned.get(columns[i]);
            if (values == null || values.size() != 1) {
                return null;
            }
            if (values.get(0) == NO_MATCH) {
                return List.of();
            }
            parts[i] = values.get(0);
        }
        return List.of((Object) parts);
    }

    /** Walks the AND-ed terms of {@code where} for {@code column = constant} and {@code column IN (constants)}. */
    private void collect(Expression where, TableShape shape, Object[] parameters, Map<Integer, List<Object>> pinned) {
        if (where instanceof Expression.Binary b && b.operator().equals("AND")) {
            collect(b.left(), shape, parameters, pinned);
            collect(b.right(), shape, parameters, pinned);
            return;
        }
        if (where instanceof Expression.Binary b && b.operator().equals("=")) {
            Expression.ColumnRef ref = b.left() instanceof Expression.ColumnRef l ? l
                    : b.right() instanceof Expression.ColumnRef r ? r : null;
            Expression other = ref == b.left() ? b.right() : b.left();
            if (ref != null && isConstant(other)) {
                pin(shape, ref, List.of(other), parameters, pinned);
            }
            return;
        }
        if (where instanceof Expression.In in && !in.negated() && in.operand() instanceof Expression.ColumnRef ref
                && in.list().stream().allMatch(RowFinder::isConstant)) {
            pin(shape, ref, in.list(), parameters, pinned);
        }
    }

    private void pin(TableShape shape, Expression.ColumnRef ref, List<Expression> constants, Object[] parameters,
                     Map<Integer, List<Object>> pinned) {
        int column = shape.indexOf(ref.name());
        if (column < 0 || pinned.containsKey(column)) {
            return;
        }
        ColumnType type = shape.column(column).type();
        List<Object> values = new ArrayList<>();
        for (Expression constant : constants) {
            Object key = exactKey(evaluator.evaluate(constant, Row.NONE, parameters), type);
            if (key == null) {
                return;
            }
            values.add(key);
        }
        pinned.put(column, values);
    }

    /** The key part {@code value} is in a column of {@code type}; {@link #noMatch()} if it can be none; null if unknown. */
    static Object keyFor(Object value, ColumnType type) {
        return exactKey(value, type);
    }

    static Object noMatch() {
        return NO_MATCH;
    }

    private static boolean isConstant(Expression e) {
        return e instanceof Expression.Literal || e instanceof Expression.Parameter
                || e instanceof Expression.Unary u && u.operator().equals("-") && isConstant(u.operand());
    }

    /**
     * The key part a constant equals in a column of {@code type}, {@link #NO_MATCH} if it can equal
     * none, or null when only comparing row by row can tell (then the rows are scanned).
     */
    private static Object exactKey(Object value, ColumnType type) {
        if (value == null) {
            return NO_MATCH;
        }
        switch (type.family()) {
            case INTEGER -> {
                BigDecimal number = exactNumber(value);
                if (number == null) {
                    return null;
                }
                if (number.stripTrailingZeros().scale() > 0) {
                    return NO_MATCH;
                }
                BigInteger integer = number.toBigIntegerExact();
                if (integer.compareTo(type.minimum()) < 0 || integer.compareTo(type.maximum()) > 0) {
                    return NO_MATCH;
                }
                return RowKeys.component(integer.bitLength() < 64 ? (Object) integer.longValue() : integer, type);
            }
            case DECIMAL -> {
                BigDecimal number = exactNumber(value);
                return number == null ? null : number.stripTrailingZeros();
            }
            case TEXT -> {
                return value instanceof String s ? RowKeys.component(type.base().equals("char") ? s.stripTrailing() : s,
                        type) : null;
            }
            case DATE, DATETIME -> {
                LocalDateTime t = TemporalCoercion.readDateTime(value);
                if (t == null) {
                    return null;
                }
                if (type.family() == ColumnType.Family.DATE) {
                    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                            ? RowKeys.component(t.toLocalDate(), type) : NO_MATCH;
                }
                return RowKeys.component(t, type);
            }
            default -> {
                return null;
            }
        }
    }

    private static BigDecimal exactNumber(Object value) {
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof String s && s.matches("-?\\d{1,18}")) {
            return new BigDecimal(s);
        }
        return null;
    }
}
