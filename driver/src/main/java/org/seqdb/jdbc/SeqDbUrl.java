package org.seqdb.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.seqdb.engine.DatabaseConfig;
import org.seqdb.engine.Durability;

/**
 * A parsed {@code jdbc:seqdb:} URL: {@code jdbc:seqdb:<path>[?key=value&...]} for a file
 * (relative paths resolve against the working directory, {@code ~/} against the home
 * directory, {@code .seqdb} is added when missing) or {@code jdbc:seqdb:mem:<name>} for a
 * database in memory. Options come from the URL and, where the URL is silent, from the
 * connection properties.
 */
public record SeqDbUrl(DatabaseConfig config, Map<UrlOption, String> options) {
    public static final String PREFIX = "jdbc:seqdb:";
    private static final String MEMORY = "mem:";

    public static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Parses {@code url}; throws SQLSTATE 08001 with the reason when it is malformed. */
    public static SeqDbUrl parse(String url, Properties info) throws SQLException {
        if (!accepts(url)) {
            throw badUrl(url, "it does not start with " + PREFIX);
        }
        String rest = url.substring(PREFIX.length());
        int question = rest.indexOf('?');
        String location = question < 0 ? rest : rest.substring(0, question);
        Map<UrlOption, String> options = new EnumMap<>(UrlOption.class);
        if (question >= 0) {
            parseQuery(url, rest.substring(question + 1), options);
        }
        if (info != null) {
            for (String key : info.stringPropertyNames()) {
                UrlOption.byKey(key).ifPresent(option -> options.putIfAbsent(option, info.getProperty(key)));
            }
        }
        for (Map.Entry<UrlOption, String> option : options.entrySet()) {
            if (!option.getKey().accepts(option.getValue())) {
                throw badUrl(url, "option '" + option.getKey().key() + "' must be one of "
                        + String.join(", ", option.getKey().choices()) + ", not '" + option.getValue() + "'");
            }
        }
        return new SeqDbUrl(configFor(url, location, durability(options)), Map.copyOf(options));
    }

    private static void parseQuery(String url, String query, Map<UrlOption, String> options) throws SQLException {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw badUrl(url, "option '" + pair + "' is not key=value");
            }
            String key = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            UrlOption option = UrlOption.byKey(key).orElseThrow(() -> badUrl(url,
                    "unknown option '" + key + "' (known: durability, user, password)"));
            if (options.put(option, value) != null) {
                throw badUrl(url, "option '" + key + "' is given twice");
            }
        }
    }

    private static Durability durability(Map<UrlOption, String> options) {
        String value = options.getOrDefault(UrlOption.DURABILITY, UrlOption.DURABILITY.defaultValue());
        return Durability.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static DatabaseConfig configFor(String url, String location, Durability durability) throws SQLException {
        if (location.regionMatches(true, 0, MEMORY, 0, MEMORY.length())) {
            String name = location.substring(MEMORY.length());
            if (name.isEmpty()) {
                throw badUrl(url, "an in-memory database needs a name: jdbc:seqdb:mem:<name>");
            }
            return DatabaseConfig.memory(name);
        }
        if (location.isBlank()) {
            throw badUrl(url, "it names no file: jdbc:seqdb:<path> or jdbc:seqdb:mem:<name>");
        }
        if (location.endsWith("/") || location.endsWith("\\")) {
            throw badUrl(url, "the path '" + location + "' names a directory, not a database file");
        }
        try {
            Path path = location.startsWith("~/")
                    ? Path.of(System.getProperty("user.home"), location.substring(2)) : Path.of(location);
            return DatabaseConfig.file(path, durability);
        } catch (InvalidPathException e) {
            throw badUrl(url, "the path is not valid here: " + e.getMessage());
        }
    }

    private static SQLException badUrl(String url, String reason) {
        return SqlExceptions.badUrl("Malformed seqdb URL '" + url + "': " + reason);
    }
}
