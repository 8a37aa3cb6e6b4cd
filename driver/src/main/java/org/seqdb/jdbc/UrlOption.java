package org.seqdb.jdbc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The options a {@code jdbc:seqdb:} URL (after {@code ?}) or the connection properties may
 * carry. One table, so that the URL parser, {@code Driver.getPropertyInfo} and the README
 * describe the same thing.
 */
public enum UrlOption {
    /** What a cache-block reservation waits for before its first value is returned. */
    DURABILITY("durability", "process", new String[] {"process", "sync"},
            "process: written to the operating system before a value is returned (survives a killed process); "
                    + "sync: also forced to the disk (survives a power loss)"),
    /** Accepted for tools that always send one; seqdb has no users. */
    USER("user", null, null, "ignored: an embedded database has no users"),
    /** Accepted for tools that always send one; seqdb has no users. */
    PASSWORD("password", null, null, "ignored: an embedded database has no users");

    private final String key;
    private final String defaultValue;
    private final String[] choices;
    private final String description;

    UrlOption(String key, String defaultValue, String[] choices, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.choices = choices;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The allowed values, or null if any value is accepted. */
    public String[] choices() {
        return choices == null ? null : choices.clone();
    }

    public String description() {
        return description;
    }

    /** The option named {@code key} (case-insensitive), if there is one. */
    public static Optional<UrlOption> byKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.key.equals(lower)).findFirst();
    }

    /** True if {@code value} is one of the choices (or any value is allowed). */
    boolean accepts(String value) {
        return choices == null || Arrays.asList(choices).contains(value.toLowerCase(Locale.ROOT));
    }
}
