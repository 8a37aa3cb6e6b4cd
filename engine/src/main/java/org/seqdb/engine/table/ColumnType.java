package org.seqdb.engine.table;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seqdb.engine.SqlType;
import org.seqdb.engine.ValueType;

/**
 * A table column's type as MariaDB knows it, read from the canonical text SHOW CREATE TABLE
 * prints ({@code int(11)}, {@code bigint(20) unsigned}, {@code varchar(10)}, {@code decimal(10,2)},
 * {@code datetime(6)}, {@code tinyint(1)}, ...): what values it holds, how it is reported
 * (INFORMATION_SCHEMA, ResultSetMetaData as MariaDB Connector/J reports it) and its limits.
 *
 * @param base      the data type, lower case: int, bigint, varchar, decimal, datetime, ...
 * @param length    the number in parentheses (display width, character length, precision, bits,
 *                  fractional digits), or -1 when none was given
 * @param scale     DECIMAL's scale (0 when not given)
 * @param unsigned  for numeric types
 * @param values    ENUM's values in order, with their case (empty for other types)
 */
public record ColumnType(String base, int length, int scale, boolean unsigned, List<String> values) {
    public ColumnType(String base, int length, int scale, boolean unsigned) {
        this(base, length, scale, unsigned, List.of());
    }

    private static final Pattern DECLARED = Pattern.compile(
            "([a-z]+)(?:\\((\\d+)(?:,(\\d+))?\\))?((?: unsigned| zerofill)*)");

    /** The kinds of value a column holds, which decide conversion, storage and comparison. */
    public enum Family { INTEGER, BIT, DECIMAL, FLOAT, DOUBLE, TEXT, BINARY, DATE, TIME, DATETIME }

    /** Reads a canonical type text (as {@link DeclaredType#canonical} writes it). */
    public static ColumnType parse(String canonical) {
        if (canonical.startsWith("enum(") || canonical.startsWith("set(")) {
            return enumeration(canonical);
        }
        Matcher m = DECLARED.matcher(canonical.toLowerCase(Locale.ROOT).trim());
        if (!m.matches()) {
            return new ColumnType(canonical.toLowerCase(Locale.ROOT), -1, 0, false);
        }
        int length = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ColumnType(m.group(1), length, scale, m.group(4).contains("unsigned"));
    }

    /** enum('a','b''c') read back into its values. */
    private static ColumnType enumeration(String canonical) {
        int open = canonical.indexOf('(');
        String base = canonical.substring(0, open);
        List<String> values = new ArrayList<>();
        String body = canonical.substring(open + 1, canonical.length() - 1);
        int i = 0;
        while (i < body.length()) {
            if (body.charAt(i) != '\'') {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    value.append(c);
                    i++;
                }
            }
            values.add(value.toString());
        }
        return new ColumnType(base, -1, 0, false, List.copyOf(values));
    }

    /** True for ENUM (and SET) columns: text restricted to the listed values. */
    public boolean isEnum() {
        return !values.isEmpty();
    }

    public Family family() {
        return switch (base) {
            case "tinyint", "smallint", "mediumint", "int", "bigint" -> Family.INTEGER;
            case "bit" -> Family.BIT;
            case "decimal" -> Family.DECIMAL;
            case "float" -> Family.FLOAT;
            case "double" -> Family.DOUBLE;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> Family.BINARY;
            case "date" -> Family.DATE;
            case "time" -> Family.TIME;
            case "datetime", "timestamp" -> Family.DATETIME;
            default -> Family.TEXT;
        };
    }

    /** FLOAT(M,D) and DOUBLE(M,D): values rounded to D decimals, at most M digits, printed with D decimals. */
    public boolean hasFixedDecimals() {
        return (base.equals("float") || base.equals("double")) && length >= 0;
    }

    /** TINYINT(1): what BOOLEAN becomes, and what Connector/J reads as a boolean. */
    public boolean isBoolean() {
        return base.equals("tinyint") && length == 1;
    }

    /** The text INFORMATION_SCHEMA.COLUMNS.COLUMN_TYPE and SHOW CREATE TABLE print. */
    public String columnType() {
        if (isEnum()) {
            List<String> quoted = new ArrayList<>();
            for (String value : values) {
                quoted.add("'" + value.replace("'", "''") + "'");
            }
            return base + "(" + String.join(",", quoted) + ")";
        }
        StringBuilder text = new StringBuilder(base);
        if (length >= 0) {
            text.append('(').append(length);
            if (base.equals("decimal") || hasFixedDecimals()) {
                text.append(',').append(scale);
            }
            text.append(')');
        }
        if (unsigned) {
            text.append(" unsigned");
        }
        return text.toString();
    }

    /** The smallest and largest value of an integer type. */
    public java.math.BigInteger minimum() {
        if (unsigned) {
            return java.math.BigInteger.ZERO;
        }
        return java.math.BigInteger.ONE.shiftLeft(integerBits() - 1).negate();
    }

    public java.math.BigInteger maximum() {
        if (family() == Family.BIT) {
            return java.math.BigInteger.ONE.shiftLeft(bits()).subtract(java.math.BigInteger.ONE);
        }
        int bits = integerBits();
        return unsigned ? java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE);
    }

    private int integerBits() {
        return switch (base) {
            case "tinyint" -> 8;
            case "smallint" -> 16;
            case "mediumint" -> 24;
            case "int" -> 32;
            default -> 64;
        };
    }

    /** BIT(n)'s n. */
    public int bits() {
        return length < 0 ? 1 : length;
    }

    /** DECIMAL's precision (10 when not given). */
    public int precision() {
        return length < 0 ? 10 : length;
    }

    /** Fractional-second digits of TIME, DATETIME and TIMESTAMP. */
    public int fractionDigits() {
        return length < 0 ? 0 : length;
    }

    /** The most characters (text) or bytes (binary) a value may have. */
    public long maxLength() {
        if (isEnum()) {
            return values.stream().mapToLong(v -> v.codePointCount(0, v.length())).max().orElse(0);
        }
        return switch (base) {
            case "char", "binary" -> length < 0 ? 1 : length;
            case "varchar", "varbinary" -> length;
            case "tinytext", "tinyblob" -> 255;
            case "text", "blob" -> 65535;
            case "mediumtext", "mediumblob" -> 16777215;
            default -> 4294967295L;
        };
    }

    /** CHARACTER_MAXIMUM_LENGTH / CHARACTER_OCTET_LENGTH of INFORMATION_SCHEMA.COLUMNS, or null. */
    public Long characterLength() {
        Family family = family();
        return family == Family.TEXT || family == Family.BINARY ? maxLength() : null;
    }

    public Long octetLength() {
        Family family = family();
        if (family == Family.BINARY) {
            return maxLength();
        }
        if (family != Family.TEXT) {
            return null;
        }
        return base.endsWith("text") ? maxLength() : maxLength() * 4;
    }

    /** The ENUM value a text or a 1-based index stands for (case-insensitive), or null if none. */
    public String enumValue(Object value) {
        if (value instanceof Long index) {
            return index >= 1 && index <= values.size() ? values.get((int) (index - 1)) : null;
        }
        String text = String.valueOf(value).stripTrailing();
        for (String candidate : values) {
            if (candidate.stripTrailing().equalsIgnoreCase(text)) {
                return candidate;
            }
        }
        return null;
    }

    /** NUMERIC_PRECISION of INFORMATION_SCHEMA.COLUMNS, or null. */
    public Long numericPrecision() {
        return switch (base) {
            case "tinyint" -> 3L;
            case "smallint" -> 5L;
            case "mediumint" -> 7L;
            case "int" -> 10L;
            case "bigint" -> unsigned ? 20L : 19L;
            case "decimal" -> (long) precision();
            case "float" -> hasFixedDecimals() ? length : 12L;
            case "double" -> hasFixedDecimals() ? length : 22L;
            case "bit" -> (long) bits();
            default -> null;
        };
    }

    /** NUMERIC_SCALE of INFORMATION_SCHEMA.COLUMNS, or null. */
    public Long numericScale() {
        return switch (family()) {
            case INTEGER -> 0L;
            case DECIMAL -> (long) scale;
            case FLOAT, DOUBLE -> hasFixedDecimals() ? (Long) (long) scale : null;
            default -> null;
        };
    }

    /** DATETIME_PRECISION of INFORMATION_SCHEMA.COLUMNS, or null. */
    public Long datetimePrecision() {
        Family family = family();
        return family == Family.TIME || family == Family.DATETIME ? (long) fractionDigits() : null;
    }

    public boolean hasCharacterSet() {
        return family() == Family.TEXT;
    }

    /** The engine's value type for this column's values. */
    public ValueType valueType() {
        return switch (family()) {
            case INTEGER -> switch (base) {
                case "bigint" -> unsigned ? ValueType.BIGINT_UNSIGNED : ValueType.BIGINT;
                case "tinyint" -> ValueType.TINYINT;
                default -> ValueType.INTEGER;
            };
            case BIT -> ValueType.BIGINT;
            case DECIMAL -> ValueType.DECIMAL;
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            case TEXT -> ValueType.VARCHAR;
            case BINARY -> ValueType.BINARY;
            case DATE -> ValueType.DATE;
            case TIME -> ValueType.TIME;
            case DATETIME -> ValueType.DATETIME;
        };
    }

    /** How MariaDB Connector/J 3 describes a column of this type in ResultSetMetaData. */
    public SqlType sqlType() {
        String upper = base.toUpperCase(Locale.ROOT);
        String suffix = unsigned ? " UNSIGNED" : "";
        return switch (family()) {
            case INTEGER -> integerSqlType(upper, suffix);
            case BIT -> bits() == 1 ? new SqlType("BIT", Types.BOOLEAN, "java.lang.Boolean", 1, 0, 1, false)
                    : new SqlType("BIT", Types.BIT, "[B", bits(), 0, bits(), false);
            case DECIMAL -> new SqlType("DECIMAL", Types.DECIMAL, "java.math.BigDecimal", precision(), scale,
                    precision() + (scale > 0 ? 1 : 0) + (unsigned ? 0 : 1), !unsigned);
            case FLOAT -> new SqlType("FLOAT", Types.REAL, "java.lang.Float", 12, hasFixedDecimals() ? scale : 31, 12,
                    !unsigned);
            case DOUBLE -> new SqlType("DOUBLE", Types.DOUBLE, "java.lang.Double", 22, hasFixedDecimals() ? scale : 31,
                    22, !unsigned);
            case TEXT -> textSqlType(upper);
            case BINARY -> {
                int size = (int) Math.min(Integer.MAX_VALUE, maxLength());
                boolean blob = base.endsWith("blob");
                yield new SqlType(upper, blob ? Types.LONGVARBINARY : Types.VARBINARY,
                        blob ? "java.sql.Blob" : "[B", size, 0, size, true);
            }
            case DATE -> new SqlType("DATE", Types.DATE, "java.sql.Date", 10, 0, 10, true);
            case TIME -> {
                int digits = fractionDigits();
                int size = digits == 0 ? 10 : 11 + digits;
                yield new SqlType("TIME", Types.TIME, "java.sql.Time", size, digits, size, true);
            }
            case DATETIME -> {
                int digits = fractionDigits();
                int size = digits == 0 ? 19 : 20 + digits;
                yield new SqlType(upper, Types.TIMESTAMP, "java.sql.Timestamp", size, digits, size,
                        !base.equals("timestamp"));
            }
        };
    }

    private SqlType integerSqlType(String upper, String suffix) {
        if (isBoolean()) {
            return new SqlType("BOOLEAN", Types.BOOLEAN, "java.lang.Boolean", 1, 0, 1, true);
        }
        String name = (base.equals("int") ? "INTEGER" : upper) + suffix;
        int precision = numericPrecision().intValue();
        int display = precision + (unsigned ? 0 : 1);
        if (base.equals("bigint")) {
            display = 20;
        }
        return switch (base) {
            case "tinyint" -> new SqlType(name, unsigned ? Types.SMALLINT : Types.TINYINT, "java.lang.Integer",
                    precision, 0, display, !unsigned);
            case "smallint" -> new SqlType(name, unsigned ? Types.INTEGER : Types.SMALLINT,
                    unsigned ? "java.lang.Integer" : "java.lang.Short", precision, 0, display, !unsigned);
            case "mediumint" -> new SqlType(name, Types.INTEGER, "java.lang.Integer", precision, 0, display,
                    !unsigned);
            case "int" -> new SqlType(name, unsigned ? Types.BIGINT : Types.INTEGER,
                    unsigned ? "java.lang.Long" : "java.lang.Integer", precision, 0, display, !unsigned);
            default -> new SqlType(name, Types.BIGINT, unsigned ? "java.math.BigInteger" : "java.lang.Long",
                    precision, 0, display, !unsigned);
        };
    }

    private SqlType textSqlType(String upper) {
        int size = (int) Math.min(Integer.MAX_VALUE, maxLength());
        if (isEnum()) {
            return new SqlType("CHAR", Types.CHAR, "java.lang.String", size, 0, size, true);
        }
        int jdbc = base.equals("char") ? Types.CHAR : base.endsWith("text") && !base.equals("text")
                ? Types.LONGVARCHAR : Types.VARCHAR;
        return new SqlType(upper, jdbc, "java.lang.String", size, 0, size, true);
    }
}
