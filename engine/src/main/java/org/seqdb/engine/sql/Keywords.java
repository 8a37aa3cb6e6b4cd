package org.seqdb.engine.sql;

import java.util.Locale;
import java.util.Set;

/**
 * MariaDB's keywords that matter to the statements seqdb reads: a reserved word cannot be an
 * unquoted identifier ({@code CREATE SEQUENCE select} is a syntax error); the other keywords can,
 * except where MariaDB's grammar wants IDENT_sys, a name that is no keyword at all (the name of an
 * engine-defined table option, {@code CREATE SEQUENCE s foo = 1}).
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
            "MEDIUMINT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP",
            "CURRENT_USER", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP");

    /** Keywords that are not reserved: the ones of sequences, table options and statements seqdb reads. */
    private static final Set<String> NON_RESERVED = Set.of(
            "ACTION", "AFTER", "AGAINST", "AGGREGATE", "ALGORITHM", "ALWAYS", "ANY", "ASCII", "AT",
            "AUTO_INCREMENT", "AVG", "AVG_ROW_LENGTH", "BACKUP", "BEGIN", "BINLOG", "BIT", "BLOCK", "BOOL",
            "BOOLEAN", "BTREE", "BYTE", "CACHE", "CASCADED", "CHAIN", "CHANGED", "CHARSET", "CHECKSUM",
            "CLIENT", "CLOSE", "COALESCE", "CODE", "COLLATION", "COLUMNS", "COMMENT", "COMMIT", "COMMITTED",
            "COMPACT", "COMPLETION", "COMPRESSED", "CONCURRENT", "CONNECTION", "CONSISTENT", "CONTAINS",
            "CONTEXT", "CPU", "CUBE", "CURRENT", "CYCLE", "DATA", "DATAFILE", "DATE", "DATETIME", "DAY",
            "DEALLOCATE", "DEFINER", "DELAY_KEY_WRITE", "DIRECTORY", "DISABLE", "DISCARD", "DISK", "DO",
            "DUMPFILE", "DUPLICATE", "DYNAMIC", "ENABLE", "END", "ENDS", "ENGINE", "ENGINES", "ENUM", "ERROR",
            "ERRORS", "ESCAPE", "EVENT", "EVENTS", "EVERY", "EXCHANGE", "EXECUTE", "EXPANSION", "EXPIRE",
            "EXTENDED", "FAST", "FAULTS", "FIELDS", "FILE", "FIRST", "FIXED", "FLUSH", "FOLLOWS", "FORMAT",
            "FOUND", "FULL", "FUNCTION", "GENERAL", "GLOBAL", "GRANTS", "HANDLER", "HASH", "HELP", "HOST",
            "HOSTS", "HOUR", "IDENTIFIED", "IMPORT", "INCREMENT", "INDEXES", "INVISIBLE", "INVOKER", "IO",
            "IPC", "ISOLATION", "ISSUER", "JSON", "KEY_BLOCK_SIZE", "LANGUAGE", "LAST", "LASTVAL", "LEAVES",
            "LESS", "LEVEL", "LIST", "LOCAL", "LOCKS", "LOGFILE", "LOGS", "MASTER", "MAX_ROWS", "MAXVALUE",
            "MEDIUM", "MEMORY", "MERGE", "MICROSECOND", "MIGRATE", "MINUTE", "MINVALUE", "MIN_ROWS", "MODE",
            "MODIFY", "MONTH", "MUTEX", "NAME", "NAMES", "NATIONAL", "NCHAR", "NEXT", "NEXTVAL", "NO",
            "NOCACHE", "NOCYCLE", "NOMAXVALUE", "NOMINVALUE", "NONE", "NOWAIT", "NUMBER", "NVARCHAR",
            "OFFSET", "ONE", "ONLINE", "ONLY", "OPEN", "OPTIONS", "OWNER", "PACK_KEYS", "PAGE", "PARSER",
            "PARTIAL", "PARTITIONS", "PASSWORD", "PERSISTENT", "PHASE", "PLUGIN", "PLUGINS", "PORT",
            "PRECEDES", "PREPARE", "PRESERVE", "PREVIOUS", "PRIVILEGES", "PROCESS", "PROCESSLIST", "PROFILE",
            "PROFILES", "PROXY", "QUARTER", "QUERY", "QUICK", "REBUILD", "RECOVER", "REDUNDANT", "RELAY",
            "RELOAD", "REMOVE", "REORGANIZE", "REPAIR", "REPEATABLE", "REPLICATION", "RESET", "RESTART",
            "RESTORE", "RESUME", "RETURNS", "REVERSE", "ROLE", "ROLLBACK", "ROLLUP", "ROUTINE", "ROW",
            "ROWS", "ROW_FORMAT", "RTREE", "SAVEPOINT", "SCHEDULE", "SECOND", "SECURITY", "SEQUENCE",
            "SERIAL", "SERIALIZABLE", "SERVER", "SESSION", "SETVAL", "SHARE", "SHUTDOWN", "SIGNED", "SIMPLE",
            "SLAVE", "SLOW", "SNAPSHOT", "SOCKET", "SOME", "SONAME", "SOUNDS", "SOURCE", "START", "STARTS",
            "STATUS", "STOP", "STORAGE", "STRING", "SUBJECT", "SUPER", "SUSPEND", "SWAPS", "SWITCHES",
            "TABLES", "TABLESPACE", "TABLE_CHECKSUM", "TEMPORARY", "TEMPTABLE", "TEXT", "THAN", "TIME",
            "TIMESTAMP", "TRANSACTION", "TRANSACTIONAL", "TRIGGERS", "TRUNCATE", "TYPE", "TYPES",
            "UNCOMMITTED", "UNDEFINED", "UNICODE", "UNKNOWN", "UNTIL", "UPGRADE", "USER", "VALUE",
            "VARIABLES", "VIEW", "VISIBLE", "WAIT", "WARNINGS", "WEEK", "WORK", "WRAPPER", "X509", "XA",
            "XML", "YEAR");

    private Keywords() {
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toUpperCase(Locale.ROOT));
    }

    /** Any keyword, reserved or not. */
    static boolean isKeyword(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return RESERVED.contains(upper) || NON_RESERVED.contains(upper);
    }
}
