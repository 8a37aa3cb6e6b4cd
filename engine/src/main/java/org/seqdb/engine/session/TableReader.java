package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.RowTransaction;

/**
 * The rows a SELECT reads from a table, in the session's transaction: its columns are checked
 * first (1054 for a name the table lacks, even with no rows), then the rows WHERE selects are
 * found (by key when it pins one, see {@link RowFinder}); FOR UPDATE locks them.
 */
final class TableReader {
    private final SessionState state;
    private final Transactions transactions;
    private final RowFinder finder;
    private final Evaluator evaluator;

    TableReader(SessionState state, Transactions transactions, Evaluator evaluator) {
        this.evaluator = evaluator;
        this.state = state;
        this.transactions = transactions;
        this.finder = new RowFinder(evaluator);
    }

    SelectExecutor.Source read(TableHandle table, Statement.Select select, Object[] parameters) {
        String alias = select.from().alias();
        check(table, select, alias);
        List<Column> columns = TableColumns.of(table, alias != null ? alias : table.name());
        RowTransaction transaction = transactions.current();
        TableRows rows = new TableRows(transaction, table, state);
        // FOR UPDATE, and every SELECT of a SERIALIZABLE transaction, is a locking read
        boolean locking = select.forUpdate() || transactions.locksReads();
        transaction.statementStart(rows.maps(), !locking);
        try {
            List<Row> found = new ArrayList<>();
            for (TableRows.StoredRow row : finder.find(rows, columns, select.where(), parameters, locking)) {
                found.add(new Row(columns, row.values()));
            }
            return new SelectExecutor.Source(columns, found, true);
        } finally {
            transaction.statementEnd();
        }
    }

    private void check(TableHandle table, Statement.Select select, String alias) {
        ColumnBinder binder = new ColumnBinder(table.shape(), alias, state.variables.oracleMode(),
                evaluator::isOuterColumn);
        List<String> labels = new ArrayList<>();
        for (Statement.SelectItem item : select.items()) {
            binder.check(item.expression(), "SELECT", List.of());
            labels.add(item.label());
        }
        binder.check(select.where(), "WHERE", List.of());
        for (var group : select.groupBy()) {
            binder.check(group, "GROUP BY", labels);
        }
        binder.check(select.having(), "HAVING", labels);
        for (Statement.OrderItem order : select.orderBy()) {
            binder.check(order.expression(), "ORDER BY", labels);
        }
    }
}
