package org.seqdb.guarantees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value is never handed out twice, whatever happens to the process: a child JVM
 * ({@link CrashChild}) takes values from several sequences on several threads, printing each
 * one, while another of its connections runs FLUSH TABLES and ALTER SEQUENCE, and is killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment, round
 * after round on the same file. After each kill the parent reopens the file (it must open
 * cleanly), takes a value of every sequence and closes it again; no value of a non-cycling
 * sequence is ever seen twice, over all rounds, and the cycling one stays in its range. A sequence
 * whose blocks go fast, and so is reserved ahead, skips after a kill no more than the reserving
 * ahead allows (see {@link #maxSkipAfterKill}).
 *
 * <p>Most rounds kill the child 50-400 ms after it printed its first values; one in six
 * kills it at a random moment from its start, so some kills land while it opens the file
 * or creates its sequences.
 *
 * <p>CI runs {@value #DEFAULT_ROUNDS} rounds with {@code durability=process} (the default) and a
 * quarter as many with {@code durability=sync}, about 20 s on 2 cores. A release run takes
 * more rounds with the system property {@code seqdb.crash.rounds}:
 * {@code mvn -o -pl driver test -Dtest=CrashTest -Dseqdb.crash.rounds=500} (500 rounds and 125
 * with sync, about 8 minutes on 2 cores); {@code -Dseqdb.crash.seed=N} changes the random kill moments.
 */
@Timeout(value = 60, unit = TimeUnit.MINUTES) // only the release run comes near; each round has its own limits
class CrashTest {
    static final int DEFAULT_ROUNDS = 24;
    private static final int ROUNDS = Integer.getInteger("seqdb.crash.rounds", DEFAULT_ROUNDS);
    private static final long SEED = Long.getLong("seqdb.crash.seed", 42);
    /** The sequences whose skip after a kill is checked, with their block size (CACHE). */
    private static final Map<String, Long> SKIP_CHECKED = Map.of("hot_small", 10L, "no_cache", 1L);
    /** Values the child prints before a normal round's kill delay starts. */
    private static final int FIRST_VALUES = 50;

    @TempDir
    Path dir;

    @Test
    void noValueRepeatsAfterKillsWithTheDefaultDurability() throws Exception {
        killRounds("jdbc:seqdb:" + dir.resolve("crash"), ROUNDS, new Random(SEED));
    }

    @Test
    void noValueRepeatsAfterKillsWithSync() throws Exception {
        killRounds("jdbc:seqdb:" + dir.resolve("crash-sync") + "?durability=sync", Math.max(3, ROUNDS / 4),
                new Random(SEED + 1));
    }

    /**
     * A kill while the child creates a new file (killed as soon as the file has bytes, or 0-30
     * ms after it appears): whatever it left, the file opens and works. (Found a bug: MVStore writes its
     * header when it creates the file and the first chunk only at the first commit; a kill in
     * between left a file seqdb refused for ever as "not a seqdb database file".)
     */
    @Test
    void aKillWhileTheFileIsCreatedLeavesAFileThatOpens() throws Exception {
        Random random = new Random(SEED + 2);
        int attempts = Math.max(12, ROUNDS / 2);
        for (int attempt = 0; attempt < attempts; attempt++) {
            Path base = dir.resolve("new-" + attempt);
            Path file = dir.resolve("new-" + attempt + ".seqdb");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), "jdbc:seqdb:" + base)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // even attempts: kill as soon as the file has its first bytes; odd ones: 0-30 ms after it appears
            boolean atFirstBytes = attempt % 2 == 0;
            while (!(atFirstBytes ? sizeOf(file) > 0 : java.nio.file.Files.exists(file)) && child.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            int delay = atFirstBytes ? 0 : random.nextInt(31);
            if (delay > 0) {
                Thread.sleep(delay);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
            long size = java.nio.file.Files.size(file);
            try (Connection connection = DriverManager.getConnection("jdbc:seqdb:" + base);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SEQUENCE IF NOT EXISTS cached");
                statement.execute("DO NEXTVAL(cached)");
            } catch (SQLException e) {
                throw new AssertionError("attempt " + attempt + ": killed " + delay + " ms after the file appeared, it was left with "
                        + size + " bytes and does not open: " + e, e);
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static void killRounds(String url, int rounds, Random random) throws Exception {
        Map<String, Set<Long>> handedOut = new HashMap<>();
        for (String[] sequence : CrashChild.SEQUENCES) {
            handedOut.put(sequence[0], new HashSet<>());
        }
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            Map<String, AtomicLong> takenThisRound = new HashMap<>();
            for (String[] sequence : CrashChild.SEQUENCES) {
                takenThisRound.put(sequence[0], new AtomicLong());
            }
            total += oneRound(url, random, handedOut, takenThisRound, round);
            reopenAndTakeOneOfEach(url, handedOut, takenThisRound, "after the kill of round " + round);
        }
        assertTrue(total > rounds * (long) FIRST_VALUES / 2,
                "the children handed out too few values to prove anything: " + total + " in " + rounds + " rounds");
    }

    /**
     * The parent opens the file the killed child left (it must open), takes one value of each
     * sequence, checks it was never seen before, and closes the file for the next child.
     */
    private static void reopenAndTakeOneOfEach(String url, Map<String, Set<Long>> handedOut,
                                               Map<String, AtomicLong> takenThisRound, String when) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String[] sequence : CrashChild.SEQUENCES) {
                String name = sequence[0];
                long value;
                try (ResultSet rs = statement.executeQuery("SELECT NEXTVAL(" + name + ")")) {
                    rs.next();
                    value = rs.getLong(1);
                }
                if (name.equals("cycling")) {
                    assertTrue(value >= 1 && value <= 1000, when + ": cycling gave " + value + ", outside 1..1000");
                } else {
                    if (SKIP_CHECKED.containsKey(name) && !handedOut.get(name).isEmpty()) {
                        long highest = Collections.max(handedOut.get(name));
                        long maxSkip = maxSkipAfterKill(takenThisRound.get(name).get(), SKIP_CHECKED.get(name));
                        assertTrue(value - highest <= maxSkip, when + ": " + name + " resumed at " + value
                                + ", more than " + maxSkip + " after " + highest);
                    }
                    assertTrue(handedOut.get(name).add(value), when + ": " + name + " handed out " + value + " again");
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(when + ": the file does not reopen cleanly: " + e, e);
        }
    }

    /**
     * The most a sequence of blocks of {@code block} values may skip after a kill of a child that
     * printed {@code printed} of its values. The generator reserves twice as many blocks ahead as at
     * its last persist, and only once those blocks were used up, so what lies ahead of the row is at
     * most twice what the child took; plus the rest of the block in use, and the values each taker
     * thread may have been handed but not printed.
     */
    private static long maxSkipAfterKill(long printed, long block) {
        return 2 * (printed + CrashChild.THREADS) + 2 * block;
    }

    /** One child life: start, read its values, kill it; returns how many values it printed. */
    private static long oneRound(String url, Random random, Map<String, Set<Long>> handedOut,
                                 Map<String, AtomicLong> takenThisRound, int round) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        AtomicLong printed = new AtomicLong();
        List<String> repeats = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(child, handedOut, takenThisRound, printed, repeats), "child-reader");
        reader.start();
        // round 0 creates the sequences: it always lives long enough to hand out values
        boolean anyMoment = round > 0 && random.nextInt(6) == 0;
        String when;
        if (anyMoment) {
            int delay = random.nextInt(600);
            when = delay + " ms after its start";
            Thread.sleep(delay);
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (printed.get() < FIRST_VALUES && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(printed.get() >= FIRST_VALUES || !child.isAlive(),
                    "round " + round + ": the child printed only " + printed.get() + " values in 30 s");
            int delay = 50 + random.nextInt(351);
            when = delay + " ms after its first values";
            Thread.sleep(delay);
        }
        boolean stillRunning = child.isAlive();
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
        reader.join(TimeUnit.SECONDS.toMillis(30));
        if (!stillRunning) {
            fail("round " + round + ": the child ended by itself with exit code " + child.exitValue()
                    + " (its stderr is above)");
        }
        assertEquals(List.of(), repeats.subList(0, Math.min(20, repeats.size())),
                "round " + round + " (killed " + when + "): values handed out twice (" + repeats.size()
                        + " in all; the first 20)");
        return printed.get();
    }

    private static void read(Process child, Map<String, Set<Long>> handedOut, Map<String, AtomicLong> takenThisRound,
                             AtomicLong printed, List<String> repeats) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // each line reaches the pipe in one write (< PIPE_BUF bytes), so a kill cannot cut one
                int space = line.indexOf(' ');
                String name = space < 0 ? line : line.substring(0, space);
                Set<Long> seen = handedOut.get(name);
                if (seen == null) {
                    repeats.add("unexpected output: " + line);
                    continue;
                }
                long value = Long.parseLong(line.substring(space + 1));
                if (name.equals("cycling")) {
                    if (value < 1 || value > 1000) {
                        repeats.add("outside 1..1000: " + line);
                    }
                } else if (name.equals("downwards") && value > -1) {
                    repeats.add("above MAXVALUE -1: " + line);
                } else if (!seen.add(value)) {
                    repeats.add(line);
                }
                takenThisRound.get(name).incrementAndGet();
                printed.incrementAndGet();
            }
        } catch (IOException | RuntimeException endOfChild) {
            // the pipe closes when the child is killed; a malformed line is reported by the count
            if (endOfChild instanceof RuntimeException) {
                repeats.add("unreadable output: " + endOfChild);
            }
        }
    }
}
