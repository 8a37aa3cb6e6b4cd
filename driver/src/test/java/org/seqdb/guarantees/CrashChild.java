package org.seqdb.guarantees;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashTest} kills: opens the database at {@code args[0]}, makes sure the
 * sequences of {@link #SEQUENCES} exist, and takes values from all of them on several threads
 * until it is killed, printing "name value" for every value it was handed (flushed at once,
 * so whatever the parent read was really handed out). Meanwhile another connection runs
 * FLUSH TABLES and ALTER SEQUENCE (CACHE, INCREMENT; never RESTART) now and then.
 *
 * <p>With {@code args[1]} {@code hold} it only holds the file open: it creates the sequences,
 * prints {@code ready} and waits to be killed ({@link DamagedFileTest}'s other process). With
 * {@code temporary} it first fills a TEMPORARY table {@code scratch} and a table {@code kept}
 * ({@link KilledProcessLeftoversTest}).
 */
public final class CrashChild {
    /** Name and CREATE options of each sequence the child takes values from. */
    static final String[][] SEQUENCES = {
        {"cached", "CACHE 1000"},
        // blocks go fast, so the generator reserves ahead of the row (its skip is checked by CrashTest, as no_cache's)
        {"hot_small", "CACHE 10"},
        {"small_cache", "CACHE 1"},
        {"no_cache", "NOCACHE"},
        {"downwards", "START WITH -1 INCREMENT BY -3 MAXVALUE -1 CACHE 50"},
        {"cycling", "MAXVALUE 1000 CACHE 20 CYCLE"},
    };
    static final int THREADS = 4;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (Connection setup = DriverManager.getConnection(url); Statement statement = setup.createStatement()) {
            for (String[] sequence : SEQUENCES) {
                statement.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence[0] + " " + sequence[1]);
            }
            if (args.length > 1 && args[1].equals("temporary")) {
                statement.execute("CREATE TEMPORARY TABLE scratch (a INT PRIMARY KEY, b VARCHAR(10) UNIQUE)");
                statement.execute("INSERT INTO scratch VALUES (1, 'x'), (2, 'y'), (3, 'z')");
                statement.execute("CREATE TABLE IF NOT EXISTS kept (a INT PRIMARY KEY, b VARCHAR(10) UNIQUE)");
                statement.execute("INSERT INTO kept VALUES (1, 'x')");
            }
            if (args.length > 1 && (args[1].equals("hold") || args[1].equals("temporary"))) {
                out.write("ready\n");
                out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            List<Thread> threads = new ArrayList<>();
            Thread meddler = new Thread(() -> meddleForever(url), "meddler");
            meddler.setDaemon(true);
            meddler.start();
            for (int t = 0; t < THREADS; t++) {
                Thread thread = new Thread(() -> takeForever(url, out), "taker-" + t);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /**
     * Meanwhile another connection runs DDL that keeps every value unique (no RESTART, no SETVAL
     * backwards), so kills also land in its commits: FLUSH TABLES, ALTER ... CACHE and INCREMENT.
     */
    private static void meddleForever(String url) {
        java.util.Random random = new java.util.Random();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (int n = 0; ; n++) {
                switch (n % 3) {
                    case 0 -> statement.execute("FLUSH TABLES");
                    case 1 -> statement.execute("ALTER SEQUENCE cached CACHE " + (1 + random.nextInt(2000)));
                    default -> statement.execute("ALTER SEQUENCE downwards INCREMENT BY -" + (1 + random.nextInt(5)));
                }
                Thread.sleep(2 + random.nextInt(5));
            }
        } catch (SQLException | InterruptedException e) {
            e.printStackTrace();
            System.exit(4);
        }
    }

    private static void takeForever(String url, BufferedWriter out) {
        try (Connection connection = DriverManager.getConnection(url)) {
            PreparedStatement[] next = new PreparedStatement[SEQUENCES.length];
            for (int i = 0; i < SEQUENCES.length; i++) {
                next[i] = connection.prepareStatement("SELECT NEXTVAL(" + SEQUENCES[i][0] + ")");
            }
            for (long n = 0; ; n++) {
                int i = (int) (n % SEQUENCES.length);
                try (ResultSet rs = next[i].executeQuery()) {
                    rs.next();
                    String line = SEQUENCES[i][0] + " " + rs.getLong(1) + "\n";
                    synchronized (out) {
                        out.write(line);
                        out.flush();
                    }
                }
            }
        } catch (SQLException | IOException e) {
            e.printStackTrace();
            System.exit(3);
        }
    }
}
