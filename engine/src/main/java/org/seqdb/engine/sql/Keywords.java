package org.seqdb.engine.sql;

import java.util.Locale;
import java.util.Set;

/**
 * MariaDB's reserved words that matter to the statements seqdb reads: a reserved word
 * cannot be an unquoted identifier ({@code CREATE SEQUENCE select} is a syntax error).
 */
final class Keywords {
    private static final Set<String> RESERVED = Set.of(
            "ADD", "ALL", "ALTER", "AND", "AS", "ASC", "BETWEEN", "BIGINT", "BY", "CASE", "CHECK",
            "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "DATABASE", "DATABASES", "DEFAULT", "DELETE",
            "DESC", "DISTINCT", "DIV", "DROP", "ELSE", "EXISTS", "FALSE", "FOR", "FOREIGN", "FROM",
            "GROUP", "HAVING", "IF", "IN", "INDEX", "INNER", "INSERT", "INT", "INTEGER", "INTO", "IS",
            "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "LOCK", "MOD", "NOT", "NULL", "ON", "OR", "ORDER",
            "PRIMARY", "REFERENCES", "RENAME", "REPLACE", "RIGHT", "SCHEMA", "SCHEMAS", "SELECT", "SET",
            "SHOW", "TABLE", "THEN", "TINYINT", "TO", "TRUE", "UNION", "UNIQUE", "UNLOCK", "UNSIGNED",
            "UPDATE", "USE", "USING", "VALUES", "WHEN", "WHERE", "WITH", "XOR", "SMALLINT",
            "MEDIUMINT");

    private Keywords() {
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toUpperCase(Locale.ROOT));
    }
}
