package org.seqdb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns JMH's JSON results ({@code -rf json -rff results.json}) into the markdown table of
 * bench/README.md: one row per scenario, ops/s per database, and seqdb's ratio to H2 (at its
 * default and crash-safe settings), to the fastest peer, and to the fastest peer whose
 * setting survives a killed process without repeating values (h2_safe, derby: see
 * PeerCrashCheck), then the targets checked against the numbers. Several JSON files
 * may be given; a later file's result replaces an earlier one's for the same scenario and db.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.seqdb.bench.Report results.json [more.json ...]</pre>
 */
public final class Report {
    private Report() {
    }

    /** The peers' settings that repeated no value after kill -9 in PeerCrashCheck, as seqdb's default. */
    static final List<String> CRASH_SAFE_PEERS = List.of("h2_safe", "derby");

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Double>> byScenario = new LinkedHashMap<>();
        TreeSet<String> databases = new TreeSet<>((a, b) -> Integer.compare(Peer.valueOf(a).ordinal(),
                Peer.valueOf(b).ordinal()));
        Map<String, Double> withoutDatabase = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : args.length > 0 ? args : new String[] {"results.json"}) {
            read(json.readTree(Path.of(file).toFile()), byScenario, databases, withoutDatabase);
        }
        System.out.print(table(byScenario, databases));
        System.out.println();
        System.out.print(targets(byScenario));
        if (!withoutDatabase.isEmpty()) {
            System.out.println();
            withoutDatabase.forEach((name, score) -> System.out.println("- " + name + ": " + format(score)));
        }
    }

    /** Benchmarks with a {@code db} parameter go to the table; the others (baselines) to {@code withoutDatabase}. */
    private static void read(JsonNode results, Map<String, Map<String, Double>> byScenario, Set<String> databases,
                             Map<String, Double> withoutDatabase) {
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String scenario = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.get("params");
            double score = result.get("primaryMetric").get("score").asDouble();
            if (params == null || params.get("db") == null) {
                withoutDatabase.put(scenario + (params == null ? "" : " " + params), score);
                continue;
            }
            String db = params.get("db").asText();
            byScenario.computeIfAbsent(scenario, k -> new LinkedHashMap<>()).put(db, score);
            databases.add(db);
        }
    }

    static String table(Map<String, Map<String, Double>> byScenario, Set<String> databases) {
        StringBuilder table = new StringBuilder("| scenario |");
        for (String db : databases) {
            table.append(' ').append(db).append(" |");
        }
        table.append(" seqdb / h2 | seqdb / h2_safe | seqdb / fastest peer | seqdb / fastest crash-safe peer |\n|---|");
        table.append("---:|".repeat(databases.size() + 4)).append('\n');
        for (Map.Entry<String, Map<String, Double>> row : byScenario.entrySet()) {
            Map<String, Double> scores = row.getValue();
            table.append("| ").append(row.getKey()).append(" |");
            for (String db : databases) {
                Double score = scores.get(db);
                table.append(' ').append(score == null ? "-" : format(score)).append(" |");
            }
            double seqdb = scores.getOrDefault("seqdb", Double.NaN);
            table.append(' ').append(ratio(seqdb, scores.get("h2"))).append(" |")
                    .append(' ').append(ratio(seqdb, scores.get("h2_safe"))).append(" |")
                    .append(' ').append(ratio(seqdb, fastest(scores, db -> !db.startsWith("seqdb")))).append(" |")
                    .append(' ').append(ratio(seqdb, fastest(scores, CRASH_SAFE_PEERS::contains))).append(" |\n");
        }
        return table.toString();
    }

    private static double fastest(Map<String, Double> scores, Predicate<String> which) {
        return scores.entrySet().stream().filter(e -> which.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).max().orElse(Double.NaN);
    }

    /** The three targets, each with the numbers it was judged on. */
    static String targets(Map<String, Map<String, Double>> byScenario) {
        Map<String, Double> prepared = byScenario.getOrDefault("NextValueBenchmark.prepared", Map.of());
        Map<String, Double> eight = byScenario.getOrDefault("NextValueBenchmark.prepared_8threads", Map.of());
        Map<String, Double> nocache = byScenario.getOrDefault("NoCacheBenchmark.nocache", Map.of());
        StringBuilder out = new StringBuilder();
        double seqdb = prepared.getOrDefault("seqdb", Double.NaN);
        double h2 = prepared.getOrDefault("h2", Double.NaN);
        out.append(target("single-thread prepared NEXTVAL >= 5x H2 embedded", seqdb >= 5 * h2,
                format(seqdb) + " vs " + format(h2) + " = " + ratio(seqdb, h2)));
        double seqdb8 = eight.getOrDefault("seqdb", Double.NaN);
        out.append(target("8 threads not slower in total than 1 thread", seqdb8 >= seqdb,
                format(seqdb8) + " on 8 threads vs " + format(seqdb) + " on 1 = " + ratio(seqdb8, seqdb)));
        double seqdbNocache = nocache.getOrDefault("seqdb", Double.NaN);
        double safest = fastest(nocache, CRASH_SAFE_PEERS::contains);
        out.append(target("NOCACHE at least as fast as the fastest peer with the same durability",
                seqdbNocache >= safest, format(seqdbNocache) + " vs " + format(safest) + " (fastest of "
                        + CRASH_SAFE_PEERS + ") = " + ratio(seqdbNocache, safest)));
        return out.toString();
    }

    private static String target(String what, boolean met, String numbers) {
        return "- " + what + ": " + (met ? "**met**" : "**not met**") + " (" + numbers + ")\n";
    }

    private static String format(double opsPerSecond) {
        if (Double.isNaN(opsPerSecond)) {
            return "-";
        }
        if (opsPerSecond >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2fM", opsPerSecond / 1_000_000);
        }
        if (opsPerSecond >= 1_000) {
            return String.format(Locale.ROOT, "%.1fk", opsPerSecond / 1_000);
        }
        return String.format(Locale.ROOT, "%.0f", opsPerSecond);
    }

    private static String ratio(double seqdb, Double other) {
        return other == null || other.isNaN() || Double.isNaN(seqdb) ? "-"
                : String.format(Locale.ROOT, "%.1fx", seqdb / other);
    }
}
