package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.seqdb.engine.database.GlobalVariables;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.AutoIncrementSettings;

/**
 * System variables as a connection sees them (@@name, @@session.name, @@global.name, SHOW
 * VARIABLES, SET): a fixed list with MariaDB's defaults; those seqdb acts on are
 * sql_mode (ORACLE, IGNORE_SPACE), sql_notes, autocommit and the auto_increment pair. As in
 * MariaDB, a session starts with a copy of the global values: SET GLOBAL changes what later
 * sessions start with (and what INCREMENT 0 sequences read), not the running sessions' values.
 */
final class SessionVariables {
    /** The version we report: MariaDB's sequence behaviour of the 10.11 line. */
    static final String VERSION = "10.11.99-MariaDB-seqdb";

    private static final Map<String, Object> DEFAULTS = new TreeMap<>();

    static {
        DEFAULTS.put("auto_increment_increment", 1L);
        DEFAULTS.put("auto_increment_offset", 1L);
        DEFAULTS.put("autocommit", 1L);
        DEFAULTS.put("character_set_client", "utf8mb4");
        DEFAULTS.put("character_set_connection", "utf8mb4");
        DEFAULTS.put("character_set_database", "utf8mb4");
        DEFAULTS.put("character_set_results", "utf8mb4");
        DEFAULTS.put("character_set_server", "utf8mb4");
        DEFAULTS.put("collation_connection", "utf8mb4_general_ci");
        DEFAULTS.put("collation_database", "utf8mb4_general_ci");
        DEFAULTS.put("collation_server", "utf8mb4_general_ci");
        DEFAULTS.put("default_storage_engine", "InnoDB");
        DEFAULTS.put("foreign_key_checks", 1L);
        DEFAULTS.put("innodb_lock_wait_timeout", 50L);
        DEFAULTS.put("lower_case_table_names", 0L);
        DEFAULTS.put("max_allowed_packet", 16777216L);
        DEFAULTS.put("net_write_timeout", 60L);
        DEFAULTS.put("sql_mode", "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,"
                + "NO_ENGINE_SUBSTITUTION");
        DEFAULTS.put("sql_notes", 1L);
        DEFAULTS.put("system_time_zone", "UTC");
        DEFAULTS.put("time_zone", "SYSTEM");
        // MariaDB 10.11 knows tx_isolation; transaction_isolation is its name from 11.1 on (and MySQL's): both kept
        DEFAULTS.put("transaction_isolation", "REPEATABLE-READ");
        DEFAULTS.put("tx_isolation", "REPEATABLE-READ");
        DEFAULTS.put("tx_read_only", 0L);
        DEFAULTS.put("unique_checks", 1L);
        DEFAULTS.put("version", VERSION);
        DEFAULTS.put("version_comment", "seqdb embedded sequence database");
        DEFAULTS.put("wait_timeout", 28800L);
        DEFAULTS.put("interactive_timeout", 28800L);
        DEFAULTS.put("time_zone", "SYSTEM");
        DEFAULTS.put("sql_quote_show_create", 1L);
        DEFAULTS.put("names", "utf8mb4");
    }

    private final GlobalVariables globals;
    private final Map<String, Object> session = new HashMap<>();
    private final Map<String, Object> user = new HashMap<>();

    SessionVariables(GlobalVariables globals) {
        this.globals = globals;
        for (String key : DEFAULTS.keySet()) {
            session.put(key, global(key));
        }
        // MariaDB Connector/J opens every session with IGNORE_SPACE and STRICT_TRANS_TABLES added to the
        // sql_mode, so that is how a Java program meets MariaDB; IGNORE_SPACE changes how syntax errors
        // count lines
        session.put("sql_mode", connectorMode(String.valueOf(global("sql_mode"))));
    }

    /** MariaDB's sql_mode flags in the order it lists them (their bit order). */
    private static final List<String> MODE_ORDER = List.of("REAL_AS_FLOAT", "PIPES_AS_CONCAT", "ANSI_QUOTES",
            "IGNORE_SPACE", "IGNORE_BAD_TABLE_OPTIONS", "ONLY_FULL_GROUP_BY", "NO_UNSIGNED_SUBTRACTION",
            "NO_DIR_IN_CREATE", "POSTGRESQL", "ORACLE", "MSSQL", "DB2", "MAXDB", "NO_KEY_OPTIONS",
            "NO_TABLE_OPTIONS", "NO_FIELD_OPTIONS", "MYSQL323", "MYSQL40", "ANSI", "NO_AUTO_VALUE_ON_ZERO",
            "NO_BACKSLASH_ESCAPES", "STRICT_TRANS_TABLES", "STRICT_ALL_TABLES", "NO_ZERO_IN_DATE", "NO_ZERO_DATE",
            "ALLOW_INVALID_DATES", "ERROR_FOR_DIVISION_BY_ZERO", "TRADITIONAL", "NO_AUTO_CREATE_USER",
            "HIGH_NOT_PRECEDENCE", "NO_ENGINE_SUBSTITUTION", "PAD_CHAR_TO_FULL_LENGTH", "EMPTY_STRING_IS_NULL",
            "SIMULTANEOUS_ASSIGNMENT", "TIME_ROUND_FRACTIONAL");

    /** The global mode with IGNORE_SPACE and STRICT_TRANS_TABLES in it, listed as MariaDB lists a mode. */
    private static String connectorMode(String globalMode) {
        Set<String> modes = new LinkedHashSet<>();
        for (String part : globalMode.split(",")) {
            if (!part.isBlank()) {
                modes.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        modes.add("IGNORE_SPACE");
        modes.add("STRICT_TRANS_TABLES");
        List<String> ordered = new ArrayList<>(modes);
        ordered.sort(Comparator.comparingInt(mode -> MODE_ORDER.contains(mode) ? MODE_ORDER.indexOf(mode)
                : MODE_ORDER.size()));
        return String.join(",", ordered);
    }

    /** @@name or @@session.name / @@global.name. */
    Object get(String scope, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!DEFAULTS.containsKey(key)) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_SYSTEM_VARIABLE, name);
        }
        return "GLOBAL".equals(scope) ? global(key) : session.get(key);
    }

    private Object global(String key) {
        Object global = globals.get(key);
        return global != null ? global : DEFAULTS.get(key);
    }

    void set(String scope, String name, Object value) {
        String key = name.toLowerCase(Locale.ROOT);
        if ("USER".equals(scope)) {
            user.put(key, value);
            return;
        }
        if (!DEFAULTS.containsKey(key)) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_SYSTEM_VARIABLE, name);
        }
        // SET x = DEFAULT: the session value takes the global one; the global one its built-in default
        boolean toDefault = value instanceof String text && text.equalsIgnoreCase("DEFAULT");
        if (toDefault) {
            for (String each : ISOLATION_NAMES.contains(key) ? ISOLATION_NAMES : List.of(key)) {
                if ("GLOBAL".equals(scope)) {
                    globals.remove(each);
                } else {
                    session.put(each, global(each));
                }
            }
            return;
        }
        Object converted = convert(key, value);
        for (String each : ISOLATION_NAMES.contains(key) ? ISOLATION_NAMES : List.of(key)) {
            if ("GLOBAL".equals(scope)) {
                globals.put(each, converted);
            } else {
                session.put(each, converted);
            }
        }
    }

    /** The two names of the isolation level, which always hold the same value. */
    private static final List<String> ISOLATION_NAMES = List.of("tx_isolation", "transaction_isolation");

    /** An isolation level as MariaDB takes it: its name (any case, with '-') or 0 to 3. */
    private static Object isolation(String key, Object value) {
        String text = String.valueOf(value);
        String[] levels = {"READ-UNCOMMITTED", "READ-COMMITTED", "REPEATABLE-READ", "SERIALIZABLE"};
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].equalsIgnoreCase(text) || value instanceof Long l && l == i) {
                return levels[i];
            }
        }
        throw new SeqDbException(ErrorCode.ER_WRONG_VALUE_FOR_VAR, key, text);
    }

    Object user(String name) {
        return user.get(name.toLowerCase(Locale.ROOT));
    }

    private static Object convert(String key, Object value) {
        if (ISOLATION_NAMES.contains(key)) {
            return isolation(key, value);
        }
        Object standard = DEFAULTS.get(key);
        if (standard instanceof Long) {
            if (value instanceof Long) {
                return value;
            }
            String text = String.valueOf(value).toUpperCase(Locale.ROOT);
            switch (text) {
                case "ON", "TRUE" -> {
                    return 1L;
                }
                case "OFF", "FALSE" -> {
                    return 0L;
                }
                default -> {
                    try {
                        return Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        throw new SeqDbException(ErrorCode.ER_WRONG_VALUE_FOR_VAR, key, String.valueOf(value));
                    }
                }
            }
        }
        return value == null ? "" : String.valueOf(value);
    }

    boolean oracleMode() {
        readSqlMode();
        return oracle;
    }

    /**
     * IGNORE_SPACE: a name and a following '(' may be apart; MariaDB's lexer then reads the space with
     * the name. ORACLE and ANSI imply it (MariaDB expands them into lists that have it).
     */
    boolean ignoreSpace() {
        readSqlMode();
        return ignoreSpace;
    }

    /** The flags of the sql_mode value last read, worked out again only when the value changes (every statement asks). */
    private Object sqlModeRead;
    private boolean oracle;
    private boolean ignoreSpace;

    private void readSqlMode() {
        Object mode = session.get("sql_mode");
        if (mode != sqlModeRead) {
            oracle = hasSqlMode("ORACLE");
            ignoreSpace = hasSqlMode("IGNORE_SPACE") || oracle || hasSqlMode("ANSI");
            sqlModeRead = mode;
        }
    }

    /** sql_notes = 0: notes are not recorded at all (SHOW WARNINGS and @@warning_count miss them). */
    boolean notesRecorded() {
        Object notes = get(null, "sql_notes");
        return !(notes instanceof Long l) || l != 0;
    }

    private boolean hasSqlMode(String mode) {
        for (String part : String.valueOf(get(null, "sql_mode")).split(",")) {
            if (part.strip().equalsIgnoreCase(mode)) {
                return true;
            }
        }
        return false;
    }

    AutoIncrementSettings autoIncrement() {
        return new AutoIncrementSettings((Long) get(null, "auto_increment_increment"),
                (Long) get(null, "auto_increment_offset"));
    }

    /** Every variable with its value in this session, by name (SHOW VARIABLES). */
    Map<String, Object> all() {
        Map<String, Object> all = new TreeMap<>();
        for (String key : DEFAULTS.keySet()) {
            if (!key.equals("names")) {
                all.put(key, get(null, key));
            }
        }
        return all;
    }
}
