package org.seqdb.engine;

/**
 * How a result column is described to JDBC clients when it has a MariaDB column type (a table
 * column, or an expression typed from one): MariaDB Connector/J 3's type name, java.sql.Types
 * constant, getObject class, precision, scale and display size.
 */
public record SqlType(String typeName, int jdbcType, String className, int precision, int scale, int displaySize,
                      boolean signed) {
}
