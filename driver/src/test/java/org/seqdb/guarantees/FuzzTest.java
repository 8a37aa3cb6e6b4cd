package org.seqdb.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated statements through JDBC on a file database: every failure is an
 * SQLException with MariaDB's vendor code (non-zero; the internal-error code 1815 counts as a
 * bug) and a five-character SQLSTATE; anything else, or a hang, fails the test and prints the
 * statement and the seed. After the run every database's tables and every sequence's row and
 * definition read the same from a fresh connection, and again after the file is closed and
 * reopened.
 *
 * <p>Statements come from a small grammar of what seqdb runs (CREATE / ALTER / DROP SEQUENCE
 * with random options and 64-bit edge numbers, NEXTVAL / SETVAL / LASTVAL in their spellings,
 * SHOW, INSERT, UPDATE, DELETE, RENAME, CREATE TABLE ... SEQUENCE=1, databases, SET, USE,
 * Oracle mode); a quarter are then mutated (cut short, a character dropped or doubled, stray
 * quotes, comments, backslashes, NUL); a few are random characters or keyword soup. One in five
 * goes through {@code prepareStatement} with random values bound to its {@code ?}.
 *
 * <p>CI: 20,000 statements with a fixed seed, a few seconds. Longer or elsewhere:
 * {@code mvn -o -pl driver test -Dtest=FuzzTest -Dseqdb.fuzz.statements=500000 -Dseqdb.fuzz.seed=N}.
 */
class FuzzTest {
    private static final int STATEMENTS = Integer.getInteger("seqdb.fuzz.statements", 20_000);
    private static final long SEED = Long.getLong("seqdb.fuzz.seed", 20261124L);
    private static final String[] NAMES = {"s", "t", "u", "`odd name`", "db2.s", "db2.t", "nope", "seq_1_to_3", "s1",
        "test.u", "`a``b`", "dual"};
    private static final String[] NUMBERS = {"0", "1", "-1", "2", "3", "10", "-10", "1000", "9223372036854775807",
        "-9223372036854775808", "9223372036854775806", "-9223372036854775807", "18446744073709551615",
        "18446744073709551614", "4611686018427387904", "99999999999999999999", "-99999999999999999999", "1e3",
        "1.5", "'5'", "'x'", "NULL", "?", "0x10", "-0", "+7", "~0", "@x"};
    private static final String[] KEYWORDS = {"SELECT", "CREATE", "ALTER", "DROP", "SEQUENCE", "TABLE", "NEXTVAL", "SETVAL",
        "LASTVAL", "NEXT", "VALUE", "FOR", "PREVIOUS", "FROM", "WHERE", "INCREMENT", "BY", "START", "WITH", "CACHE",
        "NOCACHE", "CYCLE", "RESTART", "MINVALUE", "MAXVALUE", "IF", "EXISTS", "NOT", "TEMPORARY", "OR", "REPLACE",
        "SHOW", "TABLES", "FULL", "LIKE", "AS", "INSERT", "INTO", "VALUES", "DO", "SET", "USE", "DATABASE", "FLUSH",
        "RENAME", "TO", "(", ")", ",", "=", ";", ".", "*", "'a'", "`b`", "s", "1", "-1", "NULL", "?"};

    @TempDir
    Path dir;

    /** What is running now, for the message of a hang. */
    private volatile String current = "";

    @Test
    void randomStatementsFailOnlyAsSqlExceptionsAndLeaveTheFileIntact() throws Exception {
        String url = "jdbc:seqdb:" + dir.resolve("fuzz");
        Random random = new Random(SEED);
        Map<String, String> before;
        Duration limit = Duration.ofSeconds(Math.max(60, STATEMENTS / 300));
        int[] failures = new int[1];
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE db2");
            assertTimeoutPreemptively(limit, () -> {
                for (int i = 0; i < STATEMENTS; i++) {
                    String sql = statementText(random);
                    boolean prepared = random.nextInt(5) == 0;
                    current = "statement " + i + (prepared ? " (prepared)" : "") + ": " + sql;
                    if (!runOne(connection, statement, sql, prepared, random)) {
                        failures[0]++;
                    }
                }
            }, () -> "the fuzz run hung (seed " + SEED + ") at " + current);
            // read from another connection: the fuzz connection's temporary sequences would shadow others
            try (Connection reader = DriverManager.getConnection(url)) {
                before = catalogState(reader);
            }
        }
        assertTrue(failures[0] > STATEMENTS / 10 && failures[0] < STATEMENTS * 9 / 10,
                "a fuzz run should mix failures and successes: " + failures[0] + " of " + STATEMENTS + " failed");
        assertTrue(before.size() > 2, "the run left too little to compare: " + before);
        try (Connection connection = DriverManager.getConnection(url)) {
            assertEquals(before, catalogState(connection), "the database reads differently after reopening (seed " + SEED + ")");
        }
    }

    /**
     * The statements of every script under {@code scripts/} (tables, functions, ALTER, PREPARE, ...:
     * far more of the SQL than the grammar above), most of them mutated: every failure must still
     * be a MariaDB error. (A longer ad-hoc run of this kind found a DECIMAL(5,22) column accepted and
     * failing later with 1815; this bounded run, with its seed, did not meet that case.)
     */
    @Test
    void mutatedScriptStatementsFailOnlyAsSqlExceptions() throws Exception {
        List<String> statements = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(Path.of("src/test/resources/scripts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("--")) {
                        statements.add(line.endsWith(";") ? line.substring(0, line.length() - 1) : line);
                    }
                }
            }
        }
        assertTrue(statements.size() > 1000, "too few script statements: " + statements.size());
        Random random = new Random(SEED);
        try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + dir.resolve("mutated"));
             Statement statement = connection.createStatement()) {
            assertTimeoutPreemptively(Duration.ofSeconds(Math.max(60, STATEMENTS / 300)), () -> {
                for (int i = 0; i < STATEMENTS; i++) {
                    String sql = statements.get(random.nextInt(statements.size()));
                    if (random.nextInt(3) > 0) {
                        sql = mutatedScriptLine(sql, random);
                    }
                    current = "statement " + i + ": " + sql;
                    runOne(connection, statement, sql, false, random);
                }
            }, () -> "the mutated-script run hung (seed " + SEED + ") at " + current);
        }
    }

    private static String mutatedScriptLine(String sql, Random random) {
        StringBuilder text = new StringBuilder(sql);
        for (int k = 1 + random.nextInt(3); k > 0 && text.length() > 0; k--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, text.charAt(at));
                case 2 -> text.setLength(at);
                case 3 -> text.insert(at, pick(random, new String[] {"'", "(", ")", ",", " NULL ", " 1e308 ",
                    " -9223372036854775808 ", " INTERVAL 1 DAY ", " @x ", " DEFAULT ", " 99 "}));
                default -> text.insert(at, " " + pick(random, new String[] {"SELECT", "FROM", "WHERE", "ORDER BY",
                    "INTO @v", "ON DUPLICATE KEY UPDATE a = 1", "GROUP BY 1", "UNION SELECT 1"}) + " ");
            }
        }
        return text.toString();
    }

    /** Runs one statement; true if it succeeded, false if it failed as it may, and fails the test otherwise. */
    private static boolean runOne(Connection connection, Statement statement, String sql, boolean prepared, Random random) {
        try {
            if (prepared) {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int parameters = ps.getParameterMetaData().getParameterCount();
                    for (int p = 1; p <= parameters; p++) {
                        bindRandom(ps, p, random);
                    }
                    readAll(ps, ps.execute());
                }
            } else {
                readAll(statement, statement.execute(sql));
            }
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() <= 0 || e.getErrorCode() == 1815 || e.getSQLState() == null
                    || e.getSQLState().length() != 5) {
                fail("seed " + SEED + ": failed without a MariaDB error (" + e.getErrorCode() + ", " + e.getSQLState()
                        + "): " + (prepared ? "prepared " : "") + sql, e);
            }
            return false;
        } catch (RuntimeException | Error e) {
            fail("seed " + SEED + ": threw " + e + ": " + (prepared ? "prepared " : "") + sql, e);
            return false;
        }
    }

    private static void bindRandom(PreparedStatement ps, int index, Random random) throws SQLException {
        switch (random.nextInt(6)) {
            case 0 -> ps.setLong(index, random.nextLong());
            case 1 -> ps.setLong(index, pickLong(random));
            case 2 -> ps.setString(index, pick(random, NUMBERS));
            case 3 -> ps.setNull(index, java.sql.Types.BIGINT);
            case 4 -> ps.setBigDecimal(index, new java.math.BigDecimal(pick(random, new String[] {"18446744073709551615",
                "-9223372036854775809", "1.5", "0", "1e30"})));
            default -> ps.setInt(index, random.nextInt(21) - 10);
        }
    }

    private static long pickLong(Random random) {
        long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 0, 1, -1};
        return edges[random.nextInt(edges.length)];
    }

    private static void readAll(Statement statement, boolean isResultSet) throws SQLException {
        if (isResultSet) {
            try (ResultSet rs = statement.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                }
            }
        }
        statement.getWarnings();
    }

    /** Every database's tables, and every persistent sequence's row and definition. */
    private static Map<String, String> catalogState(Connection connection) throws SQLException {
        Map<String, String> state = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            List<String> databases = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SHOW DATABASES")) {
                while (rs.next()) {
                    databases.add(rs.getString(1));
                }
            }
            for (String database : databases) {
                if (database.equalsIgnoreCase("information_schema")) {
                    continue;
                }
                StringBuilder tables = new StringBuilder();
                try (ResultSet rs = statement.executeQuery("SHOW FULL TABLES FROM `" + database + "`")) {
                    while (rs.next()) {
                        tables.append(rs.getString(1)).append(':').append(rs.getString(2)).append(' ');
                    }
                }
                state.put("database " + database, tables.toString());
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME FROM information_schema.SEQUENCES")) {
                while (rs.next()) {
                    names.add("`" + rs.getString(1).replace("`", "``") + "`.`" + rs.getString(2).replace("`", "``") + "`");
                }
            }
            for (String name : names) {
                StringBuilder row = new StringBuilder();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + name)) {
                    rs.next();
                    for (int i = 1; i <= 8; i++) {
                        row.append(rs.getString(i)).append(' ');
                    }
                }
                try (ResultSet rs = statement.executeQuery("SHOW CREATE SEQUENCE " + name)) {
                    rs.next();
                    row.append("| ").append(rs.getString(2));
                }
                state.put("sequence " + name, row.toString());
            }
        }
        return state;
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String statementText(Random random) {
        int kind = random.nextInt(40);
        if (kind == 0) {
            return randomCharacters(random);
        }
        if (kind == 1) {
            return keywordSoup(random);
        }
        String sql = statement(random);
        return random.nextInt(4) == 0 ? mutate(random, sql) : sql;
    }

    private static String statement(Random random) {
        String name = pick(random, NAMES);
        return switch (random.nextInt(16)) {
            case 0, 1 -> "CREATE " + (random.nextBoolean() ? "OR REPLACE " : "")
                    + (random.nextInt(5) == 0 ? "TEMPORARY " : "") + "SEQUENCE "
                    + (random.nextBoolean() ? "IF NOT EXISTS " : "") + name + options(random);
            case 2 -> "ALTER SEQUENCE " + (random.nextBoolean() ? "IF EXISTS " : "") + name + options(random)
                    + (random.nextBoolean() ? " RESTART" + (random.nextBoolean() ? pick(random, new String[] {" WITH ", " = ", " "})
                    + pick(random, NUMBERS) : "") : "");
            case 3 -> "DROP " + (random.nextInt(4) == 0 ? "TEMPORARY " : "") + "SEQUENCE "
                    + (random.nextBoolean() ? "IF EXISTS " : "") + name + (random.nextBoolean() ? ", " + pick(random, NAMES) : "");
            case 4, 5 -> "SELECT " + pick(random, new String[] {"NEXTVAL(" + name + ")", "NEXT VALUE FOR " + name,
                name + ".nextval", "NEXTVAL(" + name + ") FROM seq_1_to_3", "NEXTVAL(" + name + ") + 1",
                "-NEXTVAL(" + name + ")", "NEXTVAL(" + name + ") * " + pick(random, NUMBERS)})
                    + (random.nextBoolean() ? ", NEXT VALUE FOR " + pick(random, NAMES) : "");
            case 6 -> "SELECT SETVAL(" + name + ", " + pick(random, NUMBERS)
                    + (random.nextBoolean() ? ", " + pick(random, new String[] {"0", "1", "2", "-1", "NULL", "?"})
                    + (random.nextBoolean() ? ", " + pick(random, NUMBERS) : "") : "") + ")";
            case 7 -> "SELECT " + pick(random, new String[] {"LASTVAL(" + name + ")", "PREVIOUS VALUE FOR " + name,
                name + ".currval"}) + (random.nextBoolean() ? ", PREVIOUS VALUE FOR " + pick(random, NAMES) : "");
            case 8 -> "SELECT " + pick(random, NUMBERS) + " " + pick(random, new String[] {"+", "-", "*", "/", "DIV", "%", "MOD",
                "=", "<", "AND", "OR", "<<", "|"}) + " " + pick(random, NUMBERS)
                    + (random.nextBoolean() ? " FROM " + name : "") + (random.nextInt(4) == 0 ? " WHERE 1 = 1" : "");
            case 9 -> pick(random, new String[] {"FLUSH TABLES", "FLUSH TABLES " + name, "SHOW WARNINGS", "SHOW ERRORS",
                "SHOW COUNT(*) WARNINGS", "SHOW FULL TABLES", "SHOW TABLES LIKE 's%'", "SHOW TABLES WHERE 1",
                "SHOW CREATE SEQUENCE " + name, "SHOW CREATE TABLE " + name, "SELECT * FROM " + name,
                "SELECT next_not_cached_value, cycle_count FROM " + name, "SELECT * FROM information_schema.SEQUENCES",
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()",
                "SHOW DATABASES", "SHOW TABLES FROM db2", "SHOW VARIABLES LIKE 'auto%'", "SELECT DATABASE()"});
            case 10 -> "INSERT INTO " + name + " VALUES (" + String.join(", ", List.of(pick(random, NUMBERS),
                    pick(random, NUMBERS), pick(random, NUMBERS), pick(random, NUMBERS), pick(random, NUMBERS),
                    pick(random, NUMBERS), pick(random, NUMBERS), pick(random, NUMBERS))) + ")";
            case 11 -> "DO NEXTVAL(" + name + "), SETVAL(" + pick(random, NAMES) + ", " + pick(random, NUMBERS) + ")";
            case 12 -> pick(random, new String[] {"RENAME TABLE " + name + " TO " + pick(random, NAMES),
                "ALTER TABLE " + name + " RENAME TO " + pick(random, NAMES), "CREATE TABLE " + name + " LIKE " + pick(random, NAMES),
                "DROP TABLE " + (random.nextBoolean() ? "IF EXISTS " : "") + name, "ALTER TABLE " + name + " COMMENT='c'",
                "ALTER TABLE " + name + " ENGINE=MyISAM", "CREATE TABLE " + name + " (a INT)",
                "CREATE TABLE " + name + " (next_not_cached_value bigint(21) NOT NULL, minimum_value bigint(21) NOT NULL, "
                    + "maximum_value bigint(21) NOT NULL, start_value bigint(21) NOT NULL, increment bigint(21) NOT NULL, "
                    + "cache_size bigint(21) unsigned NOT NULL, cycle_option tinyint(1) unsigned NOT NULL, "
                    + "cycle_count bigint(21) NOT NULL) SEQUENCE=1"});
            case 13 -> pick(random, new String[] {"UPDATE " + name + " SET next_not_cached_value = " + pick(random, NUMBERS),
                "DELETE FROM " + name, "LOCK TABLES " + name + " WRITE", "UNLOCK TABLES"});
            case 14 -> pick(random, new String[] {"CREATE DATABASE IF NOT EXISTS db2", "DROP DATABASE IF EXISTS db2",
                "CREATE DATABASE db3", "DROP DATABASE db3", "USE db2", "USE test", "USE nope"});
            default -> pick(random, new String[] {"SET sql_mode=ORACLE", "SET sql_mode=DEFAULT", "SET @x = " + pick(random, NUMBERS),
                "SET SESSION auto_increment_increment = " + pick(random, NUMBERS),
                "SET auto_increment_offset = " + pick(random, NUMBERS), "SET NAMES utf8mb4", "SET autocommit=0",
                "SET autocommit=1", "SELECT @x, @@auto_increment_increment"});
        };
    }

    private static String options(Random random) {
        String[] options = {" START WITH ", " INCREMENT BY ", " INCREMENT = ", " MINVALUE ", " MAXVALUE = ", " CACHE ",
            " NOCACHE", " CYCLE", " NOCYCLE", " NO MINVALUE", " NOMAXVALUE", " ENGINE=InnoDB", " COMMENT='x'",
            " AS tinyint", " AS bigint unsigned", " AS int", " START = ", " INCREMENT 0"};
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String option = pick(random, options);
            text.append(option);
            if (option.endsWith(" ")) {
                text.append(pick(random, NUMBERS));
            }
        }
        return text.toString();
    }

    /** Breaks a statement: a cut, a deleted, doubled or replaced character, a stray quote or comment. */
    private static String mutate(Random random, String sql) {
        if (sql.isEmpty()) {
            return sql;
        }
        int at = random.nextInt(sql.length());
        String junk = pick(random, new String[] {"'", "\"", "`", "(", ")", ",", ";", "/*", "*/", "--", "-- ", "#", "\\",
            "\u0000", "é", "\uD83D\uDE00", "\uD800", "/*!40101", "/*!", "?", "@", "@@", "\n", "\r\n", "\t", "''", "\\'",
            " ", "0x", "1e", ".", "-", "9223372036854775808"});
        return switch (random.nextInt(6)) {
            case 0 -> sql.substring(0, at);
            case 1 -> sql.substring(0, at) + sql.substring(at + 1);
            case 2 -> sql.substring(0, at) + sql.charAt(at) + sql.substring(at);
            case 3 -> sql.substring(0, at) + junk + sql.substring(at + 1);
            case 4 -> sql.substring(at);
            default -> sql.substring(0, at) + junk + sql.substring(at);
        };
    }

    private static String randomCharacters(Random random) {
        String alphabet = "abcSELECTnextval0123456789 ()'\"`,;.*=-+/#\\?@!~%\n\t\u0000é";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String keywordSoup(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(pick(random, KEYWORDS)).append(' ');
        }
        return text.toString();
    }
}
