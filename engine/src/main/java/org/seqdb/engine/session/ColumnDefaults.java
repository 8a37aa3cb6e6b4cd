package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.Parser;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.table.Coercion;
import org.seqdb.engine.table.ColumnContext;
import org.seqdb.engine.table.TableShape;

/**
 * Column values as the statements that write rows give them: a value made fit for its column
 * (MariaDB's strict-mode errors), and a column's DEFAULT, which may take a sequence's next value
 * ({@code DEFAULT nextval(s)}) or the time. Defaults are parsed from their stored text once per
 * table definition.
 */
final class ColumnDefaults {
    private final SessionState state;
    private final Evaluator evaluator;
    private final NodeCache<TableShape, Expression[]> parsed = new NodeCache<>();

    ColumnDefaults(SessionState state, Evaluator evaluator) {
        this.state = state;
        this.evaluator = evaluator;
    }

    /** {@code value} made fit for column {@code index}; NULL stays NULL (the caller checks NOT NULL). */
    Object fit(TableHandle table, int index, Object value, int row) {
        TableShape.ShapeColumn column = table.shape().column(index);
        return Coercion.toColumn(value, column.type(), context(table, column.name(), row));
    }

    ColumnContext context(TableHandle table, String column, int row) {
        return new ColumnContext(table.database(), table.name(), column, row, state::addNotice);
    }

    /** True if the column has a DEFAULT clause. */
    boolean hasDefault(TableHandle table, int index) {
        return table.shape().column(index).defaultSql() != null;
    }

    /**
     * The column's default for a new row: its DEFAULT evaluated (a sequence default takes a value
     * now), NULL for a nullable column without one; 1364 for a NOT NULL column without one, unless
     * it is AUTO_INCREMENT (NULL then, which generates a value).
     */
    Object defaultValue(TableHandle table, int index, int row, List<Column> columns, Object[] values,
                        Object[] parameters) {
        TableShape.ShapeColumn column = table.shape().column(index);
        Expression expression = expressions(table.shape())[index];
        if (expression == null) {
            if (!column.nullable() && column.type().isEnum()) {
                // a NOT NULL ENUM without a DEFAULT defaults to its first value
                return column.type().values().get(0);
            }
            if (!column.nullable() && !column.autoIncrement()) {
                throw new SeqDbException(ErrorCode.ER_NO_DEFAULT_FOR_FIELD, column.name());
            }
            return null;
        }
        Object value = evaluator.evaluate(expression, new Row(columns, values), parameters);
        return fit(table, index, value, row);
    }

    /** ON UPDATE's value for a changed row, or null if the column has none. */
    Expression onUpdate(TableShape shape, int index) {
        String text = shape.column(index).onUpdateSql();
        return text == null ? null : parse(text);
    }

    private Expression[] expressions(TableShape shape) {
        Expression[] cached = parsed.get(shape);
        if (cached == null) {
            cached = new Expression[shape.columns().size()];
            for (int i = 0; i < cached.length; i++) {
                String text = shape.column(i).defaultSql();
                cached[i] = text == null ? null : parse(text);
            }
            parsed.put(shape, cached);
        }
        return cached;
    }

    /** A stored default's text as an expression; BIT defaults are written b'0101'. */
    private static Expression parse(String text) {
        if (text.startsWith("b'") && text.endsWith("'")) {
            return new Expression.Literal(Long.parseLong(text.substring(2, text.length() - 1), 2));
        }
        return Parser.parseExpression(text);
    }
}
