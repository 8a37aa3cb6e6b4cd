package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.meta.InformationSchema;
import org.seqdb.engine.meta.MetaTable;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * Joins of INFORMATION_SCHEMA tables (Hibernate 7's MariaDB dialect reads foreign keys from
 * KEY_COLUMN_USAGE joined with REFERENTIAL_CONSTRAINTS USING (...)): nested loops over the views'
 * rows, INNER and LEFT joins, each ON (or USING) evaluated on the joined row. Joins of tables with
 * rows are {@link JoinReader}'s.
 */
final class MetaJoin {
    private final Resolver resolver;
    private final Evaluator evaluator;
    private final Catalog catalog;

    MetaJoin(Resolver resolver, Evaluator evaluator, Catalog catalog) {
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.catalog = catalog;
    }

    /** True if a FROM with joins names only INFORMATION_SCHEMA tables there. */
    boolean handles(Statement.FromSource from) {
        if (from.joins().isEmpty() || from.derived() != null || !isMeta(from.name())) {
            return false;
        }
        for (Statement.Join join : from.joins()) {
            if (!isMeta(join.table())) {
                throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET,
                        "joining INFORMATION_SCHEMA tables with other tables");
            }
        }
        return true;
    }

    private boolean isMeta(ObjectName name) {
        return resolver.databaseOf(name).equalsIgnoreCase(InformationSchema.NAME);
    }

    SelectExecutor.Source read(Statement.FromSource from, Object[] parameters) {
        List<Column> columns = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        MetaTable first = table(from.name());
        add(columns, qualifiers, first, from.alias() != null ? from.alias() : from.name().name());
        List<Object[]> joined = new ArrayList<>(first.rows());
        for (Statement.Join join : from.joins()) {
            MetaTable right = table(join.table());
            int offset = columns.size();
            add(columns, qualifiers, right, join.alias() != null ? join.alias() : join.table().name());
            joined = join(joined, right, offset, columns, qualifiers, join, parameters);
        }
        List<Row> rows = new ArrayList<>(joined.size());
        for (Object[] values : joined) {
            rows.add(new Row(columns, values, qualifiers));
        }
        return new SelectExecutor.Source(columns, rows, false, qualifiers);
    }

    private MetaTable table(ObjectName name) {
        MetaTable table = InformationSchema.table(name.name(), catalog);
        if (table == null) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_TABLE_IN, name.name(), InformationSchema.NAME);
        }
        return table;
    }

    private static void add(List<Column> columns, List<String> qualifiers, MetaTable table, String qualifier) {
        for (Column column : table.columns()) {
            columns.add(column);
            qualifiers.add(qualifier);
        }
    }

    private List<Object[]> join(List<Object[]> left, MetaTable right, int offset, List<Column> columns,
                                List<String> qualifiers, Statement.Join join, Object[] parameters) {
        int width = columns.size();
        List<Object[]> out = new ArrayList<>();
        for (Object[] outer : left) {
            boolean matched = false;
            for (Object[] inner : right.rows()) {
                Object[] combined = new Object[width];
                System.arraycopy(outer, 0, combined, 0, Math.min(outer.length, offset));
                System.arraycopy(inner, 0, combined, offset, inner.length);
                if (join.on() == null || evaluator.truth(evaluator.evaluate(join.on(),
                        new Row(columns, combined, qualifiers), parameters))) {
                    out.add(combined);
                    matched = true;
                }
            }
            if (!matched && join.kind().equals("LEFT")) {
                Object[] combined = new Object[width];
                System.arraycopy(outer, 0, combined, 0, Math.min(outer.length, offset));
                out.add(combined);
            }
        }
        return out;
    }
}
