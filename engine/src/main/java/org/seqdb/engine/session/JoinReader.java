package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.RowMap;
import org.seqdb.engine.store.RowTransaction;

/**
 * The rows of a FROM clause that joins tables: [INNER | CROSS] JOIN, LEFT [OUTER] JOIN,
 * RIGHT [OUTER] JOIN and commas, taken left to right as nested loops. The first table's rows
 * come through {@link RowFinder} with the WHERE terms that name only it (so {@code p.id = ?}
 * is a key lookup); a joined table is looked up by key when ON pins its primary key to values
 * of the rows before it ({@code o.id = p.owner_id}), and read once otherwise. WHERE then runs
 * on the joined rows. Columns of a table that may have no match (the right of LEFT JOIN, the
 * left of RIGHT JOIN) are reported nullable.
 */
final class JoinReader {
    private final SessionState state;
    private final Resolver resolver;
    private final Transactions transactions;
    private final Evaluator evaluator;
    private final RowFinder finder;

    JoinReader(SessionState state, Resolver resolver, Transactions transactions, Evaluator evaluator) {
        this.state = state;
        this.resolver = resolver;
        this.transactions = transactions;
        this.evaluator = evaluator;
        this.finder = new RowFinder(evaluator);
    }

    SelectExecutor.Source read(Statement.Select select, Object[] parameters) {
        JoinScope scope = JoinScope.of(select.from(), this::table, evaluator::isOuterColumn);
        scope.check(select);
        RowTransaction transaction = transactions.current();
        List<TableRows> tables = new ArrayList<>();
        List<RowMap> maps = new ArrayList<>();
        for (TableHandle table : scope.tables()) {
            TableRows rows = new TableRows(transaction, table, state);
            tables.add(rows);
            maps.addAll(rows.maps());
        }
        transaction.statementStart(maps);
        try {
            List<Object[]> joined = first(tables.get(0), scope, select.where(), parameters);
            List<Statement.Join> joins = select.from().joins();
            for (int j = 0; j < joins.size(); j++) {
                joined = join(joined, scope, j + 1, tables.get(j + 1), joins.get(j), parameters);
            }
            List<Row> rows = new ArrayList<>(joined.size());
            for (Object[] values : joined) {
                rows.add(new Row(scope.columns(), values, scope.qualifiers()));
            }
            return new SelectExecutor.Source(scope.columns(), rows, false, scope.qualifiers());
        } finally {
            transaction.statementEnd();
        }
    }

    private TableHandle table(org.seqdb.engine.sql.ast.ObjectName name) {
        SchemaObject object = resolver.find(name);
        if (object instanceof TableHandle table) {
            return table;
        }
        String database = resolver.databaseOf(name);
        if (object == null) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, name.name());
        }
        throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, "JOIN with a SEQUENCE");
    }

    /** The first table's rows, found with the WHERE terms that name only it; each as a full-width joined row. */
    private List<Object[]> first(TableRows rows, JoinScope scope, Expression where, Object[] parameters) {
        Expression own = scope.termsOnlyOf(where, 0);
        List<Column> columns = scope.columnsOf(0);
        List<Object[]> joined = new ArrayList<>();
        for (TableRows.StoredRow row : finder.find(rows, columns, own, parameters, false)) {
            Object[] values = new Object[scope.columns().size()];
            System.arraycopy(row.values(), 0, values, 0, row.values().length);
            joined.add(values);
        }
        return joined;
    }

    private List<Object[]> join(List<Object[]> left, JoinScope scope, int index, TableRows right,
                                Statement.Join join, Object[] parameters) {
        int offset = scope.offsetOf(index);
        int width = right.shape().columns().size();
        List<Object[]> allRight = null;
        List<Object[]> out = new ArrayList<>();
        boolean[] rightMatched = null;
        if (join.kind().equals("RIGHT")) {
            allRight = values(right);
            rightMatched = new boolean[allRight.size()];
        }
        for (Object[] outer : left) {
            List<Object[]> candidates = rightMatched != null ? allRight
                    : lookup(right, scope, index, join.on(), outer, parameters);
            if (candidates == null) {
                if (allRight == null) {
                    allRight = values(right);
                }
                candidates = allRight;
            }
            boolean matched = false;
            for (Object[] inner : candidates) {
                Object[] combined = outer.clone();
                System.arraycopy(inner, 0, combined, offset, width);
                if (join.on() == null || Arithmetic.isTrue(evaluator.evaluate(join.on(),
                        new Row(scope.columns(), combined, scope.qualifiers()), parameters))) {
                    out.add(combined);
                    matched = true;
                    if (rightMatched != null) {
                        rightMatched[indexOfSame(allRight, inner)] = true;
                    }
                }
            }
            if (!matched && join.kind().equals("LEFT")) {
                out.add(outer.clone());
            }
        }
        if (rightMatched != null) {
            for (int i = 0; i < allRight.size(); i++) {
                if (!rightMatched[i]) {
                    Object[] combined = new Object[scope.columns().size()];
                    System.arraycopy(allRight.get(i), 0, combined, offset, width);
                    out.add(combined);
                }
            }
        }
        return out;
    }

    private static int indexOfSame(List<Object[]> rows, Object[] row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return -1;
    }

    private static List<Object[]> values(TableRows rows) {
        List<Object[]> all = new ArrayList<>();
        for (Iterator<TableRows.StoredRow> it = rows.scan(); it.hasNext(); ) {
            all.add(it.next().values());
        }
        return all;
    }

    /**
     * The joined table's rows whose primary key ON pins to values of {@code outer}, or null when
     * ON does not pin it (the caller then reads them all).
     */
    private List<Object[]> lookup(TableRows rows, JoinScope scope, int index, Expression on, Object[] outer,
                                  Object[] parameters) {
        if (on == null || rows.shape().primaryKey() == null || rows.shape().primaryKey().columns().length != 1) {
            return null;
        }
        int keyColumn = rows.shape().primaryKey().columns()[0];
        Expression other = scope.pinnedBy(on, index, keyColumn);
        if (other == null) {
            return null;
        }
        Object value = evaluator.evaluate(other, new Row(scope.columns(), outer, scope.qualifiers()), parameters);
        Object key = RowFinder.keyFor(value, rows.shape().column(keyColumn).type());
        if (key == null) {
            return null;
        }
        List<Object[]> found = new ArrayList<>();
        if (key != RowFinder.noMatch()) {
            Object[] row = rows.get(key);
            if (row != null) {
                found.add(row);
            }
        }
        return found;
    }
}
