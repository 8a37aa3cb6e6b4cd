package org.seqdb.guarantees;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The process {@link TableCrashTest} kills: inserts rows into a table on several connections
 * until it is killed, and reports (to the file {@code args[1]}) what became of each row the
 * moment it knows it:
 * <ul>
 * <li>{@code C id}: committed (autocommit INSERT returned, or COMMIT returned);</li>
 * <li>{@code P id}: inserted in an open transaction that is about to commit (it may or may not
 *     have committed when the kill came);</li>
 * <li>{@code R id}: rolled back;</li>
 * <li>{@code U id}: inserted in a transaction that never commits.</li>
 * </ul>
 * Row ids come from the table's DEFAULT NEXTVAL(order_ids), read through getGeneratedKeys.
 */
public final class TableCrashChild {
    private TableCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        // each report line is one write(2) to the file: once it returns the line survives the kill
        // (the kernel has it), which a pipe to the parent does not promise when the pipe is full
        Report out = new Report(new FileOutputStream(args[1], true));
        try (Connection setup = DriverManager.getConnection(url); Statement statement = setup.createStatement()) {
            statement.execute("CREATE SEQUENCE IF NOT EXISTS order_ids CACHE 100");
            statement.execute("CREATE TABLE IF NOT EXISTS orders (id BIGINT PRIMARY KEY DEFAULT NEXTVAL(order_ids),"
                    + " worker INT NOT NULL, n INT NOT NULL, note VARCHAR(40), UNIQUE KEY worker_n (worker, n))");
        }
        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(() -> run(url, out, 1, TableCrashChild::autocommitInserts), "autocommit"));
        threads.add(new Thread(() -> run(url, out, 2, TableCrashChild::transactions), "transactions"));
        threads.add(new Thread(() -> run(url, out, 3, TableCrashChild::neverCommits), "uncommitted"));
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** The report file: whole lines, one write each. */
    static final class Report {
        private final FileOutputStream file;

        Report(FileOutputStream file) {
            this.file = file;
        }

        synchronized void line(String text) throws IOException {
            file.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private interface Work {
        void run(Connection connection, Report out, int worker) throws SQLException, IOException;
    }

    private static void run(String url, Report out, int worker, Work work) {
        try (Connection connection = DriverManager.getConnection(url)) {
            work.run(connection, out, worker);
        } catch (SQLException | IOException e) {
            e.printStackTrace();
            System.exit(3);
        }
    }

    /** A worker's rows take n values above any it left in earlier lives, so (worker, n) stays unique. */
    private static long firstN(Connection connection, int worker) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MAX(n) FROM orders WHERE worker = " + worker)) {
            rs.next();
            return rs.getLong(1) + 1_000_000;
        }
    }

    private static long insert(PreparedStatement insert, int worker, long n) throws SQLException {
        insert.setInt(1, worker);
        insert.setLong(2, n);
        insert.setString(3, "row " + n);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void print(Report out, String what, long id) throws IOException {
        out.line(what + " " + id);
    }

    private static void autocommitInserts(Connection connection, Report out, int worker)
            throws SQLException, IOException {
        long n = firstN(connection, worker);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO orders (worker, n, note) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            while (true) {
                print(out, "C", insert(insert, worker, n++));
            }
        }
    }

    /** Transactions of 1-5 rows, three in four committed, the rest rolled back. */
    private static void transactions(Connection connection, Report out, int worker)
            throws SQLException, IOException {
        Random random = new Random();
        long n = firstN(connection, worker);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO orders (worker, n, note) VALUES (?, ?, ?)", new String[] {"id"})) {
            while (true) {
                int rows = 1 + random.nextInt(5);
                long[] ids = new long[rows];
                for (int i = 0; i < rows; i++) {
                    ids[i] = insert(insert, worker, n++);
                }
                if (random.nextInt(4) == 0) {
                    connection.rollback();
                    for (long id : ids) {
                        print(out, "R", id);
                    }
                } else {
                    for (long id : ids) {
                        print(out, "P", id);
                    }
                    connection.commit();
                    for (long id : ids) {
                        print(out, "C", id);
                    }
                }
            }
        }
    }

    /** One long transaction that never commits (rolled back and begun again every 300 rows). */
    private static void neverCommits(Connection connection, Report out, int worker)
            throws SQLException, IOException {
        long n = firstN(connection, worker);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO orders (worker, n, note) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (long i = 0; ; i++) {
                print(out, "U", insert(insert, worker, n++));
                if (i % 300 == 299) {
                    connection.rollback();
                }
            }
        }
    }
}
