package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * The tables of a FROM clause with joins and how names reach their columns: a qualified name
 * by the table's alias (or its name when it has none), an unqualified one by being the only
 * table with that column (else MariaDB's 1052 ambiguous), an unknown one 1054 with the clause.
 */
final class JoinScope {
    private final List<TableHandle> tables;
    private final List<String> names;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> qualifiers = new ArrayList<>();
    private final int[] offsets;
    /** Names a subquery may take from the rows around it. */
    private final java.util.function.Predicate<Expression.ColumnRef> outer;

    private JoinScope(List<TableHandle> tables, List<String> names, List<Boolean> mayBeMissing,
                      java.util.function.Predicate<Expression.ColumnRef> outer) {
        this.tables = tables;
        this.names = names;
        this.outer = outer;
        this.offsets = new int[tables.size()];
        for (int t = 0; t < tables.size(); t++) {
            offsets[t] = columns.size();
            for (Column column : TableColumns.of(tables.get(t))) {
                columns.add(mayBeMissing.get(t) ? new Column(column.label(), column.name(), column.table(),
                        column.database(), column.type(), true, column.sqlType(), column.autoIncrement()) : column);
                qualifiers.add(names.get(t));
            }
        }
    }

    static JoinScope of(Statement.FromSource from, Function<ObjectName, TableHandle> resolve,
                        java.util.function.Predicate<Expression.ColumnRef> outer) {
        List<TableHandle> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> mayBeMissing = new ArrayList<>();
        add(tables, names, resolve.apply(from.name()), from.alias());
        mayBeMissing.add(false);
        for (Statement.Join join : from.joins()) {
            add(tables, names, resolve.apply(join.table()), join.alias());
            mayBeMissing.add(join.kind().equals("LEFT"));
            if (join.kind().equals("RIGHT")) {
                for (int t = 0; t < mayBeMissing.size() - 1; t++) {
                    mayBeMissing.set(t, true);
                }
            }
        }
        return new JoinScope(tables, names, mayBeMissing, outer);
    }

    private static void add(List<TableHandle> tables, List<String> names, TableHandle table, String alias) {
        String name = alias != null ? alias : table.name();
        if (names.contains(name)) {
            throw new SeqDbException(ErrorCode.ER_NONUNIQ_TABLE, name);
        }
        tables.add(table);
        names.add(name);
    }

    List<TableHandle> tables() {
        return tables;
    }

    List<Column> columns() {
        return columns;
    }

    List<String> qualifiers() {
        return qualifiers;
    }

    int offsetOf(int table) {
        return offsets[table];
    }

    /** The columns of one table alone (for reading its rows before they are joined). */
    List<Column> columnsOf(int table) {
        int end = table + 1 < offsets.length ? offsets[table + 1] : columns.size();
        return columns.subList(offsets[table], end);
    }

    /** Checks every column the statement names (1054 unknown, 1052 ambiguous). */
    void check(Statement.Select select) {
        List<String> labels = new ArrayList<>();
        for (Statement.SelectItem item : select.items()) {
            check(item.expression(), "SELECT", List.of());
            labels.add(item.label());
        }
        for (Statement.Join join : select.from().joins()) {
            check(join.on(), "ON", List.of());
        }
        check(select.where(), "WHERE", List.of());
        for (Expression group : select.groupBy()) {
            check(group, "GROUP BY", labels);
        }
        check(select.having(), "HAVING", labels);
        for (Statement.OrderItem order : select.orderBy()) {
            check(order.expression(), "ORDER BY", labels);
        }
    }

    private void check(Expression expression, String clause, List<String> labels) {
        for (Expression.ColumnRef ref : Expressions.columnRefs(expression)) {
            tableOf(ref, clause, labels);
        }
        if (expression instanceof Expression.Star star && star.qualifier() != null
                && !names.contains(star.qualifier())) {
            throw new SeqDbException(ErrorCode.ER_BAD_TABLE_ERROR, tables.get(0).database() + "." + star.qualifier());
        }
    }

    /** The index of the table a column reference means; -1 for a select-list label, -2 for an outer row's column. */
    int tableOf(Expression.ColumnRef ref, String clause, List<String> labels) {
        if (ref.qualifier() != null) {
            int table = qualifierIndex(ref.qualifier());
            if (table < 0 || tables.get(table).shape().indexOf(ref.name()) < 0) {
                if (outer.test(ref)) {
                    return -2;
                }
                throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, ref.qualifier() + "." + ref.name(), clause);
            }
            return table;
        }
        int found = -1;
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).shape().indexOf(ref.name()) >= 0) {
                if (found >= 0) {
                    throw new SeqDbException(ErrorCode.ER_NON_UNIQ_ERROR, ref.name(), clause);
                }
                found = t;
            }
        }
        if (found < 0 && labels.stream().noneMatch(l -> l.equalsIgnoreCase(ref.name()))) {
            if (outer.test(ref)) {
                return -2;
            }
            throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, ref.name(), clause);
        }
        return found;
    }

    private int qualifierIndex(String qualifier) {
        for (int t = 0; t < names.size(); t++) {
            String name = names.get(t);
            if (qualifier.equals(name) || qualifier.equals(tables.get(t).database() + "." + name)) {
                return t;
            }
        }
        return -1;
    }

    /** The AND-ed terms of {@code where} that name columns of {@code table} only (null if none). */
    Expression termsOnlyOf(Expression where, int table) {
        if (where == null) {
            return null;
        }
        if (where instanceof Expression.Binary b && b.operator().equals("AND")) {
            Expression left = termsOnlyOf(b.left(), table);
            Expression right = termsOnlyOf(b.right(), table);
            return left == null ? right : right == null ? left : new Expression.Binary("AND", left, right);
        }
        List<Expression.ColumnRef> refs = Expressions.columnRefs(where);
        if (refs.isEmpty() || Expressions.hasSideEffects(where)) {
            return null;
        }
        for (Expression.ColumnRef ref : refs) {
            if (tableOf(ref, "WHERE", List.of()) != table) {
                return null;
            }
        }
        return where;
    }

    /**
     * The expression ON sets column {@code column} of table {@code table} equal to when that
     * expression names only tables before it ({@code o.id = p.owner_id}); null if there is none.
     */
    Expression pinnedBy(Expression on, int table, int column) {
        if (on instanceof Expression.Binary b && b.operator().equals("AND")) {
            Expression left = pinnedBy(b.left(), table, column);
            return left != null ? left : pinnedBy(b.right(), table, column);
        }
        if (!(on instanceof Expression.Binary b) || !b.operator().equals("=")) {
            return null;
        }
        if (isColumn(b.left(), table, column) && onlyBefore(b.right(), table)) {
            return b.right();
        }
        if (isColumn(b.right(), table, column) && onlyBefore(b.left(), table)) {
            return b.left();
        }
        return null;
    }

    private boolean isColumn(Expression e, int table, int column) {
        return e instanceof Expression.ColumnRef ref && tableOf(ref, "ON", List.of()) == table
                && tables.get(table).shape().indexOf(ref.name()) == column;
    }

    private boolean onlyBefore(Expression e, int table) {
        if (Expressions.hasSideEffects(e)) {
            return false;
        }
        for (Expression.ColumnRef ref : Expressions.columnRefs(e)) {
            int t = tableOf(ref, "ON", List.of());
            if (t < 0 || t >= table) {
                return false;
            }
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
