package org.seqdb.engine.session;

import org.seqdb.engine.Result;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.Isolation;

/** Sends each kind of statement to the executor that runs it. One per session. */
final class StatementRunner {
    private final SelectExecutor select;
    private final UnionExecutor union;
    private final SequenceDdlExecutor sequences;
    private final DatabaseExecutor databases;
    private final TableExecutor tables;
    private final TableDdlExecutor tableDdl;
    private final ShowExecutor show;
    private final ShowTableFacts tableFacts;
    private final SqlPreparedStatements sqlPrepared;
    private final TableMaintenance maintenance;
    private final Transactions transactions;
    private final Resolver resolver;
    private final ViewExecutor views;
    /** Whether a SELECT has a subquery (then it reads in the session's transaction even without a FROM table). */
    private final NodeCache<Statement.Select, Boolean> withSubquery = new NodeCache<>();

    private final SessionState state;

    StatementRunner(SessionState state, Transactions transactions) {
        this.state = state;
        this.transactions = transactions;
        this.resolver = new Resolver(state);
        Evaluator evaluator = new Evaluator(state, resolver);
        ColumnDefaults defaults = new ColumnDefaults(state, evaluator);
        this.select = new SelectExecutor(state, resolver, evaluator, new TableReader(state, transactions, evaluator),
                new JoinReader(state, resolver, transactions, evaluator));
        this.union = new UnionExecutor(select, evaluator);
        evaluator.subqueries().runWith((query, parameters) -> query instanceof Statement.Union u
                ? union.union(u, parameters) : select.select((Statement.Select) query, parameters));
        this.sequences = new SequenceDdlExecutor(state, resolver);
        this.databases = new DatabaseExecutor(state, evaluator);
        ForeignKeys foreignKeys = new ForeignKeys(state, transactions);
        this.tables = new TableExecutor(state, resolver, evaluator, transactions, defaults, foreignKeys);
        this.tableDdl = new TableDdlExecutor(state, resolver, transactions, defaults, foreignKeys);
        this.show = new ShowExecutor(state, resolver, evaluator);
        this.tableFacts = new ShowTableFacts(state, resolver, evaluator);
        this.sqlPrepared = new SqlPreparedStatements(state, evaluator, resolver);
        this.maintenance = new TableMaintenance(resolver);
        this.views = new ViewExecutor(state, resolver);
    }

    DatabaseExecutor databases() {
        return databases;
    }

    Result run(Statement statement, Object[] parameters) {
        boolean outer = state.statementOpensTables;
        state.statementOpensTables = outer || opensTables(statement);
        try {
            return runStatement(statement, parameters);
        } finally {
            state.statementOpensTables = outer;
        }
    }

    /** Whether MariaDB opens tables for the statement (and so the sequences it names with them). */
    private static boolean opensTables(Statement statement) {
        if (statement instanceof Statement.Select select) {
            return select.from() != null && !select.from().dual();
        }
        if (statement instanceof Statement.Union union) {
            return union.parts().stream().anyMatch(StatementRunner::opensTables);
        }
        if (statement instanceof Statement.SelectInto into) {
            return opensTables(into.query());
        }
        return statement instanceof Statement.Insert || statement instanceof Statement.Update
                || statement instanceof Statement.Delete;
    }

    private Result runStatement(Statement statement, Object[] parameters) {
        if (endsTransaction(statement)) {
            transactions.implicitCommit();
        }
        if (statement instanceof Statement.Select s) {
            if (readsTable(s)) {
                return transactions.statement(() -> select.select(s, parameters));
            }
            return select.select(s, parameters);
        }
        if (statement instanceof Statement.Union s) {
            if (s.parts().stream().anyMatch(this::readsTable)) {
                return transactions.statement(() -> union.union(s, parameters));
            }
            return union.union(s, parameters);
        }
        if (statement instanceof Statement.TransactionControl s) {
            return transactionControl(s);
        }
        if (statement instanceof Statement.Do s) {
            return select.doStatement(s, parameters);
        }
        if (statement instanceof Statement.CreateSequence s) {
            return sequences.create(s);
        }
        if (statement instanceof Statement.AlterSequence s) {
            return sequences.alter(s);
        }
        if (statement instanceof Statement.DropSequence s) {
            return sequences.drop(s);
        }
        if (statement instanceof Statement.FlushTables s) {
            return sequences.flush(s);
        }
        if (statement instanceof Statement.CreateDatabase s) {
            return databases.create(s);
        }
        if (statement instanceof Statement.DropDatabase s) {
            return databases.drop(s);
        }
        if (statement instanceof Statement.Use s) {
            return databases.use(s);
        }
        if (statement instanceof Statement.SetVariables s) {
            Result result = databases.set(s, parameters);
            if (s.assignments().stream().anyMatch(a -> a.name().equals("autocommit") && !a.scope().equals("USER"))) {
                transactions.autocommitSet();
            }
            return result;
        }
        if (statement instanceof Statement.SetTransaction s) {
            return setTransaction(s);
        }
        if (statement instanceof Statement.CreateIndex s) {
            return tableDdl.createIndex(s);
        }
        if (statement instanceof Statement.DropIndex s) {
            return tableDdl.dropIndex(s);
        }
        if (statement instanceof Statement.Truncate s) {
            return tableDdl.truncate(s);
        }
        if (statement instanceof Statement.CreateTable s) {
            return s.sequence() && !s.temporary() ? tableDdl.createSequenceTable(s)
                    : tables.createTable(s);
        }
        if (statement instanceof Statement.CreateTableLike s) {
            return tableDdl.createTableLike(s);
        }
        if (statement instanceof Statement.RenameTables s) {
            return tableDdl.renameTables(s);
        }
        if (statement instanceof Statement.AlterTable s) {
            return tableDdl.alterTable(s);
        }
        if (statement instanceof Statement.DropView s) {
            return views.drop(s);
        }
        if (statement instanceof Statement.DropTable s) {
            return tables.dropTable(s);
        }
        if (statement instanceof Statement.Insert s) {
            return tables.insert(s, parameters);
        }
        if (statement instanceof Statement.Update s) {
            return tables.update(s, parameters);
        }
        if (statement instanceof Statement.Delete s) {
            return tables.delete(s, parameters);
        }
        if (statement instanceof Statement.ShowWarnings s) {
            return show.warnings(s);
        }
        if (statement instanceof Statement.ShowDatabases s) {
            return show.databases(s);
        }
        if (statement instanceof Statement.ShowTables s) {
            return show.tables(s, parameters);
        }
        if (statement instanceof Statement.ShowCreate s) {
            return show.create(s);
        }
        if (statement instanceof Statement.SelectInto s) {
            return selectInto(s, parameters);
        }
        if (statement instanceof Statement.TableMaintenance s) {
            return maintenance.run(s);
        }
        if (statement instanceof Statement.Prepare s) {
            return sqlPrepared.prepare(s);
        }
        if (statement instanceof Statement.Execute s) {
            return sqlPrepared.execute(s, this::run);
        }
        if (statement instanceof Statement.Deallocate s) {
            return sqlPrepared.deallocate(s);
        }
        if (statement instanceof Statement.ShowColumns s) {
            return tableFacts.columns(s, parameters);
        }
        if (statement instanceof Statement.ShowIndex s) {
            return tableFacts.indexes(s, parameters);
        }
        if (statement instanceof Statement.ShowVariables s) {
            return show.variables(s);
        }
        if (statement instanceof Statement.ShowStatus s) {
            return show.status(s);
        }
        if (statement instanceof Statement.Accepted) {
            return Result.updateCount(0);
        }
        if (statement instanceof Statement.Empty) {
            throw new SeqDbException(ErrorCode.ER_EMPTY_QUERY);
        }
        throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, statement.getClass().getSimpleName());
    }

    /**
     * SELECT ... INTO @a, ...: the query's one row into the user variables, counted as one row; no row
     * is warning 1329 (the variables keep their values), more than one is 1172.
     */
    private Result selectInto(Statement.SelectInto into, Object[] parameters) {
        Result result = run(into.query(), parameters);
        if (result.columns().size() != into.variables().size()) {
            throw new SeqDbException(ErrorCode.ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT);
        }
        if (result.rows().size() > 1) {
            throw new SeqDbException(ErrorCode.ER_TOO_MANY_ROWS);
        }
        if (into.atEnd()) {
            state.addNotice(Notice.warning(ErrorCode.ER_WARN_DEPRECATED_SYNTAX_NO_REPLACEMENT,
                    "'<select expression> INTO <destination>;' is deprecated and will be removed in a future release."
                            + " Please use 'SELECT <select list> INTO <destination> FROM...' instead"));
        }
        if (result.rows().isEmpty()) {
            state.addNotice(Notice.warning(ErrorCode.ER_SP_FETCH_NO_DATA));
            return Result.updateCount(0);
        }
        Object[] row = result.rows().get(0);
        for (int i = 0; i < row.length; i++) {
            state.variables.set("USER", into.variables().get(i), row[i]);
        }
        return Result.updateCount(1);
    }

    /** True if a SELECT reads a table's rows (so it runs in the session's transaction), itself or in a subquery. */
    private boolean readsTable(Statement.Select select) {
        Statement.FromSource from = select.from();
        if (from == null || from.dual()) {
            return hasSubquery(select);
        }
        if (from.derived() != null) {
            return true;
        }
        String database = from.name().database();
        if (database != null && database.equalsIgnoreCase(ShowExecutor.INFORMATION_SCHEMA)) {
            return false;
        }
        return resolver.find(from.name()) instanceof org.seqdb.engine.catalog.TableHandle || hasSubquery(select);
    }

    private boolean hasSubquery(Statement.Select select) {
        if (select.where() == null && select.items().size() == 1
                && select.items().get(0).expression() instanceof org.seqdb.engine.sql.ast.Expression.NextValue) {
            // SELECT NEXTVAL(s): the hot path asks nothing more
            return false;
        }
        Boolean known = withSubquery.get(select);
        if (known == null) {
            known = false;
            for (org.seqdb.engine.sql.ast.Expression e : Expressions.expressionsOf(select)) {
                known |= Subqueries.contains(e);
            }
            withSubquery.put(select, known);
        }
        return known;
    }

    /** SET [GLOBAL | SESSION] TRANSACTION ...: the level of later transactions, or of the next one only. */
    private Result setTransaction(Statement.SetTransaction set) {
        if (set.scope() == null) {
            Isolation level = set.isolation() == null ? null : Isolation.ofVariable(set.isolation());
            transactions.setNextIsolation(level);
            return Result.updateCount(0);
        }
        if (set.isolation() != null) {
            state.variables.set(set.scope(), "tx_isolation", set.isolation());
        }
        if (set.readOnly() != null) {
            state.variables.set(set.scope(), "tx_read_only", set.readOnly() ? 1L : 0L);
        }
        return Result.updateCount(0);
    }

    private Result transactionControl(Statement.TransactionControl control) {
        switch (control.action()) {
            case "BEGIN" -> transactions.begin(control.consistentSnapshot());
            case "COMMIT" -> {
                transactions.commit();
                if (control.chain()) {
                    transactions.begin();
                }
            }
            default -> {
                transactions.rollback();
                if (control.chain()) {
                    transactions.begin();
                }
            }
        }
        return Result.updateCount(0);
    }

    /** DDL commits the open transaction first, as MariaDB's implicit commit does. */
    private static boolean endsTransaction(Statement statement) {
        if (statement instanceof Statement.CreateTable create && create.temporary()
                || statement instanceof Statement.DropTable drop && drop.temporary()) {
            return false;
        }
        return statement instanceof Statement.CreateSequence || statement instanceof Statement.AlterSequence
                || statement instanceof Statement.DropSequence || statement instanceof Statement.CreateDatabase
                || statement instanceof Statement.DropDatabase || statement instanceof Statement.CreateTable
                || statement instanceof Statement.CreateTableLike || statement instanceof Statement.RenameTables
                || statement instanceof Statement.AlterTable || statement instanceof Statement.DropTable
                || statement instanceof Statement.CreateIndex || statement instanceof Statement.DropIndex
                || statement instanceof Statement.Truncate;
    }
}
