package org.seqdb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * NEXTVAL of a sequence with CACHE 1000 (the peers' equivalent) through JDBC: prepared, and
 * through Statement.executeQuery with the same SQL string and with a new string each call;
 * with 1, 2 and 8 threads, each on its own connection, and 8 threads sharing one connection;
 * and 8 threads each on its own connection and its own sequence (no value counter shared).
 * Peers need about 8 s of JIT warm-up.
 */
public class NextValueBenchmark extends PeerBenchmark {
    @State(Scope.Benchmark)
    public static class Database {
        @Param({"seqdb", "h2", "h2_safe", "hsqldb", "hsqldb_safe", "derby"})
        public Peer db;
        OpenDatabase open;
        /** The one connection of the shared-connection scenario. */
        Connection shared;

        @Setup(Level.Trial)
        public void open() throws Exception {
            open = OpenDatabase.open(db, true);
            shared = open.connect();
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            shared.close();
            open.close();
        }
    }

    /** Each benchmark thread's own connection and statements. */
    @State(Scope.Thread)
    public static class Session {
        Connection connection;
        PreparedStatement prepared;
        Statement statement;
        String sql;
        long calls;

        @Setup(Level.Trial)
        public void connect(Database database) throws Exception {
            connection = database.open.connect();
            sql = database.db.nextValueSql();
            prepared = connection.prepareStatement(sql);
            statement = connection.createStatement();
        }

        @TearDown(Level.Trial)
        public void disconnect() throws Exception {
            connection.close();
        }
    }

    /** Each benchmark thread's own prepared statement on the database's one shared connection. */
    @State(Scope.Thread)
    public static class SharedSession {
        PreparedStatement prepared;

        @Setup(Level.Trial)
        public void prepare(Database database) throws Exception {
            prepared = database.shared.prepareStatement(database.db.nextValueSql());
        }

        @TearDown(Level.Trial)
        public void release() throws Exception {
            prepared.close();
        }
    }

    /** Each benchmark thread's own connection and its own sequence (s_1, s_2, ...). */
    @State(Scope.Thread)
    public static class OwnSequenceSession {
        private static final AtomicInteger NEXT_NUMBER = new AtomicInteger();
        Connection connection;
        PreparedStatement prepared;

        @Setup(Level.Trial)
        public void connect(Database database) throws Exception {
            String name = "s_" + NEXT_NUMBER.incrementAndGet();
            connection = database.open.connect();
            database.db.createSequence(connection, true, name);
            prepared = connection.prepareStatement(database.db.nextValueSql(name));
        }

        @TearDown(Level.Trial)
        public void disconnect() throws Exception {
            connection.close();
        }
    }

    static long first(ResultSet rs) throws Exception {
        try (rs) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Benchmark
    public long prepared(Session session) throws Exception {
        return first(session.prepared.executeQuery());
    }

    @Benchmark
    @Threads(2)
    public long prepared_2threads(Session session) throws Exception {
        return first(session.prepared.executeQuery());
    }

    @Benchmark
    @Threads(8)
    public long prepared_8threads(Session session) throws Exception {
        return first(session.prepared.executeQuery());
    }

    /** 8 threads, one connection: each thread has its own prepared statement on it. */
    @Benchmark
    @Threads(8)
    public long prepared_8threads_sharedConnection(SharedSession session) throws Exception {
        return first(session.prepared.executeQuery());
    }

    /**
     * 8 threads, each with its own connection and sequence: the engine under threads that do not take
     * turns at one sequence (its next value, and the lock where a new cache block is reserved).
     */
    @Benchmark
    @Threads(8)
    public long prepared_8threads_ownSequences(OwnSequenceSession session) throws Exception {
        return first(session.prepared.executeQuery());
    }

    @Benchmark
    public long statementSameSql(Session session) throws Exception {
        return first(session.statement.executeQuery(session.sql));
    }

    /** A different SQL text every call (a changing comment), so no cache of parsed text can help. */
    @Benchmark
    public long statementNewSql(Session session) throws Exception {
        return first(session.statement.executeQuery(session.sql + " /* call " + session.calls++ + " */"));
    }
}
