package org.seqdb.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Which settings really keep sequence values unique across a killed process: for each peer
 * and setting, a child JVM takes NEXT VALUE on 4 threads and prints every value; it is
 * killed with SIGKILL after a while; the next child reopens the database and goes on.
 * Prints how many values were handed out again. This is what "the same durability" means
 * in the NOCACHE comparison.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.seqdb.bench.PeerCrashCheck [rounds] [cached|nocache]</pre>
 */
public final class PeerCrashCheck {
    private PeerCrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Peer.valueOf(args[1]), Path.of(args[2]), Boolean.parseBoolean(args[3]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean cached = args.length < 2 || !args[1].equals("nocache");
        System.out.println("| db | " + (cached ? "cached" : "NOCACHE") + ": values handed out | repeated after "
                + rounds + " kills |\n|---|---:|---:|");
        for (Peer peer : Peer.values()) {
            Path directory = Peer.freshDirectory(peer);
            Set<Long> seen = new HashSet<>();
            long total = 0;
            long repeats = 0;
            for (int round = 0; round < rounds; round++) {
                long[] counts = oneLife(peer, directory, cached, seen);
                total += counts[0];
                repeats += counts[1];
            }
            System.out.println("| " + peer + " | " + total + " | " + repeats + " |");
            Peer.delete(directory);
        }
    }

    private static long[] oneLife(Peer peer, Path directory, boolean cached, Set<Long> seen) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PeerCrashCheck.class.getName(), "child", peer.name(),
                directory.toString(), String.valueOf(cached))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] counts = new long[2];
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    try {
                        long value = Long.parseLong(line.trim());
                        counts[0]++;
                        if (!seen.add(value)) {
                            counts[1]++;
                        }
                    } catch (NumberFormatException cutByTheKill) {
                        // the last line may be cut
                    }
                }
            } catch (Exception ignored) {
                // the pipe closes at the kill
            }
        });
        reader.start();
        Thread.sleep(2_500);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join();
        return counts;
    }

    private static void child(Peer peer, Path directory, boolean cached) throws Exception {
        peer.configure(cached);
        String url = peer.url(directory);
        try (Connection setup = DriverManager.getConnection(url)) {
            try {
                peer.createSequence(setup, cached);
            } catch (Exception alreadyThere) {
                // a later life reopens the database the first one made
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url);
                     PreparedStatement next = connection.prepareStatement(peer.nextValueSql())) {
                    while (true) {
                        try (ResultSet rs = next.executeQuery()) {
                            rs.next();
                            long value = rs.getLong(1);
                            synchronized (out) {
                                out.println(value);
                                out.flush();
                            }
                        }
                    }
                } catch (Exception e) {
                    System.exit(3);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
