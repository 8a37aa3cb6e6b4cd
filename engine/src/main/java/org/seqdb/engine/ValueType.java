package org.seqdb.engine;

import java.sql.Types;

/**
 * The types a result column can have, with the JDBC type and the Java class that
 * {@code ResultSet.getObject} returns for it (following MariaDB Connector/J).
 */
public enum ValueType {
    /** Signed 64-bit integer, held as {@link Long}. */
    BIGINT(Types.BIGINT, Long.class, "BIGINT", 20),
    /** Unsigned 64-bit integer, held as {@link Long} or {@link java.math.BigInteger} above Long.MAX_VALUE. */
    BIGINT_UNSIGNED(Types.BIGINT, java.math.BigInteger.class, "BIGINT UNSIGNED", 20),
    /** 32-bit integer (MariaDB's INT, also integer literals that fit), held as {@link Long}, read as Integer. */
    INTEGER(Types.INTEGER, Integer.class, "INTEGER", 11),
    /** Small integer such as cycle_option, held as {@link Long}, read as Integer. */
    TINYINT(Types.TINYINT, Integer.class, "TINYINT", 4),
    /** Exact decimal, held as {@link java.math.BigDecimal}. */
    DECIMAL(Types.DECIMAL, java.math.BigDecimal.class, "DECIMAL", 65),
    /** Floating point, held as {@link Double}. */
    DOUBLE(Types.DOUBLE, Double.class, "DOUBLE", 22),
    /** Single-precision floating point (FLOAT columns), held as {@link Float}. */
    FLOAT(Types.REAL, Float.class, "FLOAT", 12),
    /** Text, held as {@link String}. */
    VARCHAR(Types.VARCHAR, String.class, "VARCHAR", 255),
    /** Bytes (BLOB, VARBINARY, BINARY columns), held as {@code byte[]}. */
    BINARY(Types.VARBINARY, byte[].class, "VARBINARY", 65535),
    /** A date, held as {@link java.time.LocalDate}. */
    DATE(Types.DATE, java.sql.Date.class, "DATE", 10),
    /** A time of day or an interval up to 838 hours (MariaDB's TIME), held as {@link java.time.Duration}. */
    TIME(Types.TIME, java.sql.Time.class, "TIME", 10),
    /** A date and time (DATETIME, TIMESTAMP), held as {@link java.time.LocalDateTime}. */
    DATETIME(Types.TIMESTAMP, java.sql.Timestamp.class, "DATETIME", 26),
    /** A column whose every value is NULL (SELECT NULL). */
    NULL(Types.NULL, Object.class, "NULL", 0);

    private final int jdbcType;
    private final Class<?> javaClass;
    private final String typeName;
    private final int displaySize;

    ValueType(int jdbcType, Class<?> javaClass, String typeName, int displaySize) {
        this.jdbcType = jdbcType;
        this.javaClass = javaClass;
        this.typeName = typeName;
        this.displaySize = displaySize;
    }

    /** The {@link java.sql.Types} constant. */
    public int jdbcType() {
        return jdbcType;
    }

    public Class<?> javaClass() {
        return javaClass;
    }

    public String typeName() {
        return typeName;
    }

    public int displaySize() {
        return displaySize;
    }

    public boolean isInteger() {
        return this == BIGINT || this == BIGINT_UNSIGNED || this == INTEGER || this == TINYINT;
    }
}
