package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.seqdb.engine.Column;
import org.seqdb.engine.SqlType;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.ValueType;

/**
 * The MariaDB type of an expression's values as far as results show it: its kind and, for
 * decimals, times and date-times, its scale. Functions that pick one of several values (CASE,
 * COALESCE, IFNULL, IF, LEAST, GREATEST) give every value the type of all of them together, as
 * MariaDB's type aggregation does: an integer beside a decimal is a decimal of the larger scale,
 * anything beside a double a double, anything beside text text, a DATE beside a DATETIME a
 * DATETIME.
 */
record ExprType(Kind kind, int scale) {
    enum Kind {
        NULL, INTEGER, BIGINT, UNSIGNED, DECIMAL, FLOAT, DOUBLE, TEXT, BINARY, DATE, TIME, DATETIME
    }

    static final ExprType NULL = new ExprType(Kind.NULL, 0);
    static final ExprType INTEGER = new ExprType(Kind.INTEGER, 0);
    static final ExprType BIGINT = new ExprType(Kind.BIGINT, 0);
    static final ExprType UNSIGNED = new ExprType(Kind.UNSIGNED, 0);
    /** A double printed in its shortest form (MariaDB's NOT_FIXED_DEC); a DOUBLE of another scale has that many decimals. */
    static final ExprType DOUBLE = new ExprType(Kind.DOUBLE, NumberFunctions.NOT_FIXED);
    static final ExprType TEXT = new ExprType(Kind.TEXT, 0);
    /**
     * Text MariaDB sends as a fixed CHAR (MYSQL_TYPE_STRING), not a VARCHAR: what DATE_ADD gives for
     * a text argument. Its values are text like any other; only the result column's type differs.
     */
    static final ExprType CHAR_TEXT = new ExprType(Kind.TEXT, 1);
    static final ExprType BINARY = new ExprType(Kind.BINARY, 0);
    static final ExprType DATE = new ExprType(Kind.DATE, 0);

    static ExprType decimal(int scale) {
        return new ExprType(Kind.DECIMAL, scale);
    }

    static ExprType time(int scale) {
        return new ExprType(Kind.TIME, scale);
    }

    static ExprType dateTime(int scale) {
        return new ExprType(Kind.DATETIME, scale);
    }

    boolean isInteger() {
        return kind == Kind.INTEGER || kind == Kind.BIGINT || kind == Kind.UNSIGNED;
    }

    boolean isNumber() {
        return isInteger() || kind == Kind.DECIMAL || kind == Kind.FLOAT || kind == Kind.DOUBLE;
    }

    boolean isTemporal() {
        return kind == Kind.DATE || kind == Kind.TIME || kind == Kind.DATETIME;
    }

    /** The type of a result or table column. */
    static ExprType of(Column column) {
        SqlType sql = column.sqlType();
        int scale = sql == null ? 0 : sql.scale();
        return switch (column.type()) {
            case INTEGER, TINYINT -> INTEGER;
            case BIGINT -> BIGINT;
            case BIGINT_UNSIGNED -> UNSIGNED;
            case DECIMAL -> decimal(sql == null ? 0 : scale);
            case FLOAT -> new ExprType(Kind.FLOAT, sql == null ? NumberFunctions.NOT_FIXED : scale);
            case DOUBLE -> sql == null ? DOUBLE : new ExprType(Kind.DOUBLE, scale);
            case VARCHAR -> TEXT;
            case BINARY -> BINARY;
            case DATE -> DATE;
            case TIME -> time(scale);
            case DATETIME -> dateTime(scale);
            case NULL -> NULL;
        };
    }

    /** The type of a value whose expression says nothing more (a parameter, a computed constant). */
    static ExprType ofValue(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BIGINT;
        }
        if (value instanceof BigInteger big) {
            return big.signum() >= 0 && big.bitLength() <= 64 ? UNSIGNED : decimal(0);
        }
        if (value instanceof BigDecimal d) {
            return decimal(Math.max(0, d.scale()));
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Float) {
            return new ExprType(Kind.FLOAT, NumberFunctions.NOT_FIXED);
        }
        if (value instanceof byte[]) {
            return BINARY;
        }
        if (value instanceof LocalDateTime t) {
            return dateTime(t.getNano() == 0 ? 0 : 6);
        }
        if (value instanceof LocalDate) {
            return DATE;
        }
        if (value instanceof Duration d) {
            return time(d.getNano() == 0 ? 0 : 6);
        }
        return TEXT;
    }

    /** The type all of {@code types} are given together (NULLs take the others' type). */
    static ExprType aggregate(List<ExprType> types) {
        ExprType result = NULL;
        for (ExprType type : types) {
            result = result.with(type);
        }
        return result;
    }

    private ExprType with(ExprType other) {
        if (kind == Kind.NULL) {
            return other;
        }
        if (other.kind == Kind.NULL) {
            return this;
        }
        if (kind == Kind.BINARY || other.kind == Kind.BINARY) {
            return BINARY;
        }
        if (kind == Kind.TEXT || other.kind == Kind.TEXT) {
            return TEXT;
        }
        if (isTemporal() && other.isTemporal()) {
            if (kind == other.kind) {
                return new ExprType(kind, Math.max(scale, other.scale));
            }
            return dateTime(Math.max(scale, other.scale));
        }
        if (isTemporal() || other.isTemporal()) {
            return TEXT;
        }
        if (kind == Kind.DOUBLE || other.kind == Kind.DOUBLE || kind == Kind.FLOAT || other.kind == Kind.FLOAT) {
            boolean fixed = (kind == Kind.DOUBLE || kind == Kind.FLOAT ? scale : NumberFunctions.NOT_FIXED)
                    < NumberFunctions.NOT_FIXED && (other.kind == Kind.DOUBLE || other.kind == Kind.FLOAT
                    ? other.scale : NumberFunctions.NOT_FIXED) < NumberFunctions.NOT_FIXED;
            return fixed ? new ExprType(Kind.DOUBLE, Math.max(scale, other.scale)) : DOUBLE;
        }
        if (kind == Kind.DECIMAL || other.kind == Kind.DECIMAL) {
            return decimal(Math.max(scale, other.scale));
        }
        if (kind == Kind.UNSIGNED && other.kind == Kind.UNSIGNED) {
            return UNSIGNED;
        }
        if (kind == Kind.UNSIGNED || other.kind == Kind.UNSIGNED) {
            return decimal(0);
        }
        return kind == Kind.BIGINT || other.kind == Kind.BIGINT ? BIGINT : INTEGER;
    }

    /** A value of one of the aggregated expressions as a value of this type. */
    Object convert(Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case DECIMAL -> value instanceof String || value instanceof byte[] ? value
                    : Arithmetic.toDecimal(Arithmetic.numeric(value)).setScale(scale, RoundingMode.HALF_UP);
            case DOUBLE -> value instanceof Number n ? (Object) n.doubleValue() : value;
            case TEXT -> value instanceof String || value instanceof byte[] ? value : ValueText.of(value);
            case DATETIME -> value instanceof LocalDate d ? d.atStartOfDay() : value;
            default -> value;
        };
    }

    /** A result column of this type. */
    Column column(String label) {
        return switch (kind) {
            case NULL -> Column.computed(label, ValueType.NULL);
            case INTEGER -> withSql(label, ValueType.INTEGER,
                    new SqlType("INTEGER", Types.INTEGER, "java.lang.Integer", 11, 0, 11, true));
            case BIGINT -> withSql(label, ValueType.BIGINT,
                    new SqlType("BIGINT", Types.BIGINT, "java.lang.Long", 20, 0, 20, true));
            case UNSIGNED -> withSql(label, ValueType.BIGINT_UNSIGNED,
                    new SqlType("BIGINT UNSIGNED", Types.BIGINT, "java.math.BigInteger", 20, 0, 20, false));
            case DECIMAL -> withSql(label, ValueType.DECIMAL,
                    new SqlType("DECIMAL", Types.DECIMAL, "java.math.BigDecimal", 65, scale, 67, true));
            case FLOAT -> Column.computed(label, ValueType.FLOAT);
            case DOUBLE -> scale >= NumberFunctions.NOT_FIXED ? Column.computed(label, ValueType.DOUBLE)
                    : withSql(label, ValueType.DOUBLE,
                    new SqlType("DOUBLE", Types.DOUBLE, "java.lang.Double", 22, scale, 22, true));
            case TEXT -> this.equals(CHAR_TEXT) ? withSql(label, ValueType.VARCHAR,
                    new SqlType("CHAR", Types.CHAR, "java.lang.String", 29, 0, 29, false))
                    : Column.computed(label, ValueType.VARCHAR);
            case BINARY -> Column.computed(label, ValueType.BINARY);
            case DATE -> Column.computed(label, ValueType.DATE);
            case TIME -> withSql(label, ValueType.TIME, new SqlType("TIME", Types.TIME, "java.sql.Time",
                    scale == 0 ? 10 : 11 + scale, scale, scale == 0 ? 10 : 11 + scale, true));
            case DATETIME -> withSql(label, ValueType.DATETIME, new SqlType("DATETIME", Types.TIMESTAMP,
                    "java.sql.Timestamp", scale == 0 ? 19 : 20 + scale, scale, scale == 0 ? 19 : 20 + scale, true));
        };
    }

    private static Column withSql(String label, ValueType type, SqlType sql) {
        return new Column(label, "", "", "", type, true, sql, false);
    }
}
