package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueType;
import org.seqdb.engine.sql.ast.Expression;

/** The result column of an aggregate: COUNT is BIGINT, SUM and AVG DECIMAL (DOUBLE over floating values), MIN/MAX their argument's type. */
final class AggregateColumns {
    private AggregateColumns() {
    }

    static Column of(Expression.Aggregate aggregate, String label, List<Column> sourceColumns, List<Object[]> rows,
                     int index) {
        if (aggregate.name().equals("COUNT")) {
            return new Column(label, "", "", "", ValueType.BIGINT, false);
        }
        if (aggregate.name().equals("GROUP_CONCAT")) {
            // MariaDB sends a text of group_concat_max_len (1M) characters: Connector/J's MEDIUMTEXT
            return new Column(label, "", "", "", ValueType.VARCHAR, true, new org.seqdb.engine.SqlType("MEDIUMTEXT",
                    java.sql.Types.LONGVARCHAR, "java.lang.String", 1_048_576, 0, 1_048_576, true), false);
        }
        Column argument = null;
        if (aggregate.argument() instanceof Expression.ColumnRef ref) {
            for (Column c : sourceColumns) {
                if (c.name().equalsIgnoreCase(ref.name())) {
                    argument = c;
                    break;
                }
            }
        }
        if (aggregate.name().equals("MIN") || aggregate.name().equals("MAX")) {
            if (argument != null) {
                return new Column(label, "", "", "", argument.type(), true, argument.sqlType(), false);
            }
            return Column.computed(label, valuesType(rows, index));
        }
        ValueType argumentType = argument != null ? argument.type() : valuesType(rows, index);
        boolean floating = argumentType == ValueType.DOUBLE || argumentType == ValueType.FLOAT
                || argumentType == ValueType.VARCHAR;
        return Column.computed(label, floating ? ValueType.DOUBLE : ValueType.DECIMAL);
    }

    private static ValueType valuesType(List<Object[]> rows, int index) {
        for (Object[] row : rows) {
            if (row[index] != null) {
                return SelectExecutor.typeOf(row[index]);
            }
        }
        return ValueType.BIGINT;
    }
}
