package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * MariaDB opens every table of a statement and resolves every name in it before it evaluates
 * anything: {@code SELECT NEXTVAL(s), NEXTVAL(nope)} fails with 4091 and leaves s as it was, and
 * {@code SELECT 1/0, nosuch} fails with 1054 and no division warning. Sequences come first (they
 * are tables), then the columns of the select list, WHERE and ORDER BY, each 1054 naming its
 * clause. The names of a statement are found once per statement node.
 */
final class NameCheck {
    /** The names a statement uses, in MariaDB's order of resolution. */
    private record Names(List<ObjectName> sequences, List<Expression.ColumnRef> items,
                         List<Expression.ColumnRef> where, List<Expression.ColumnRef> orderBy) {
        boolean none() {
            return sequences.isEmpty() && items.isEmpty() && where.isEmpty() && orderBy.isEmpty();
        }
    }

    private static final Names NONE = new Names(List.of(), List.of(), List.of(), List.of());

    private final Resolver resolver;
    private final Evaluator evaluator;
    private final NodeCache<Statement, Names> names = new NodeCache<>();

    NameCheck(Resolver resolver, Evaluator evaluator) {
        this.resolver = resolver;
        this.evaluator = evaluator;
    }

    /**
     * Resolves a SELECT's names.
     *
     * @param columns the columns of its FROM source (none without one)
     * @param table   the name its columns may be qualified with (the alias, else the table), or null;
     *                it compares exactly, as MariaDB compares qualifiers (lower_case_table_names = 0)
     */
    void select(Statement.Select select, List<Column> columns, String table) {
        Names found = names.get(select);
        if (found == null) {
            List<Expression> roots = new ArrayList<>();
            select.items().forEach(item -> roots.add(item.expression()));
            roots.add(select.where());
            select.orderBy().forEach(order -> roots.add(order.expression()));
            List<Expression> orderRoots = new ArrayList<>();
            select.orderBy().forEach(order -> orderRoots.add(order.expression()));
            found = names(roots, select.items().stream().map(Statement.SelectItem::expression).toList(),
                    select.where() == null ? List.of() : List.of(select.where()), orderRoots);
            names.put(select, found);
        }
        if (found.none()) {
            return;
        }
        found.sequences().forEach(resolver::sequence);
        check(found.items(), columns, table, "SELECT", List.of());
        check(found.where(), columns, table, "WHERE", List.of());
        check(found.orderBy(), columns, table, "ORDER BY", select.items());
    }

    /** PREPARE resolves the sequences a SELECT or DO names (4091), as MariaDB opens them when it prepares. */
    void sequencesOf(Statement statement) {
        List<Expression> roots = new ArrayList<>();
        if (statement instanceof Statement.Select select) {
            select.items().forEach(item -> roots.add(item.expression()));
            roots.add(select.where());
        } else if (statement instanceof Statement.Do doStatement) {
            roots.addAll(doStatement.expressions());
        }
        names(roots, List.of(), List.of(), List.of()).sequences().forEach(resolver::sequence);
    }

    /** Resolves DO's names: its sequences, and no column at all (DO has no FROM). */
    void doStatement(Statement.Do statement) {
        Names found = names.get(statement);
        if (found == null) {
            found = names(statement.expressions(), statement.expressions(), List.of(), List.of());
            names.put(statement, found);
        }
        found.sequences().forEach(resolver::sequence);
        check(found.items(), List.of(), null, "DO", List.of());
    }

    private Names names(List<Expression> all, List<Expression> items, List<Expression> where,
                        List<Expression> orderBy) {
        List<ObjectName> sequences = new ArrayList<>();
        for (Expression root : all) {
            ExpressionTree.forEach(root, node -> {
                if (node instanceof Expression.NextValue next) {
                    sequences.add(next.sequence());
                } else if (node instanceof Expression.PreviousValue previous) {
                    sequences.add(previous.sequence());
                } else if (node instanceof Expression.SetValue set) {
                    sequences.add(set.sequence());
                }
            });
        }
        Names found = new Names(List.copyOf(sequences), columnsIn(items), columnsIn(where), columnsIn(orderBy));
        return found.none() ? NONE : found;
    }

    private static List<Expression.ColumnRef> columnsIn(List<Expression> roots) {
        List<Expression.ColumnRef> columns = new ArrayList<>();
        for (Expression root : roots) {
            ExpressionTree.forEach(root, node -> {
                if (node instanceof Expression.ColumnRef column) {
                    columns.add(column);
                }
            });
        }
        return List.copyOf(columns);
    }

    private void check(List<Expression.ColumnRef> refs, List<Column> columns, String table, String place,
                       List<Statement.SelectItem> aliases) {
        if (refs.isEmpty()) {
            return;
        }
        for (Expression.ColumnRef ref : refs) {
            if (evaluator.isOracleSequenceFunction(ref)) {
                continue;
            }
            boolean known = hasColumn(columns, ref.name()) && qualifierMatches(ref.qualifier(), table)
                    || ref.qualifier() == null && isAlias(aliases, ref.name()) || evaluator.isOuterColumn(ref);
            if (!known && ref.qualifier() != null && columns.isEmpty() && table == null) {
                // no FROM: the qualifier names a table the statement does not have
                throw new SeqDbException(ErrorCode.ER_UNKNOWN_TABLE_IN, ref.qualifier(), place);
            }
            if (!known) {
                String name = ref.qualifier() == null ? ref.name() : ref.qualifier() + "." + ref.name();
                throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, name, place);
            }
        }
    }

    private static boolean hasColumn(List<Column> columns, String name) {
        for (Column column : columns) {
            if (column.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** t.col names the source t (its alias if it has one); db.t.col also its database. */
    private static boolean qualifierMatches(String qualifier, String table) {
        if (qualifier == null) {
            return true;
        }
        if (table == null) {
            return false;
        }
        int dot = qualifier.indexOf('.');
        String name = dot < 0 ? qualifier : qualifier.substring(dot + 1);
        return name.equals(table);
    }

    private static boolean isAlias(List<Statement.SelectItem> items, String name) {
        for (Statement.SelectItem item : items) {
            if (item.label().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
