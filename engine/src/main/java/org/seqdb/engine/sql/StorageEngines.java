package org.seqdb.engine.sql;

import java.util.Locale;
import java.util.Map;

/**
 * The storage engines MariaDB 10.11 has (SHOW ENGINES of a Debian server), as ENGINE= names them.
 * MariaDB resolves the name while it parses (with NO_ENGINE_SUBSTITUTION, which its default
 * sql_mode has, an unknown one is error 1286 there and then), under its canonical spelling or an
 * alias; only some of them can hold a sequence.
 */
public final class StorageEngines {
    /** By lower-case name or alias: the canonical name. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("innodb", "InnoDB"),
            Map.entry("innobase", "InnoDB"),
            Map.entry("myisam", "MyISAM"),
            Map.entry("aria", "Aria"),
            Map.entry("memory", "MEMORY"),
            Map.entry("heap", "MEMORY"),
            Map.entry("csv", "CSV"),
            Map.entry("mrg_myisam", "MRG_MyISAM"),
            Map.entry("merge", "MRG_MyISAM"),
            Map.entry("sequence", "SEQUENCE"),
            Map.entry("performance_schema", "PERFORMANCE_SCHEMA"));

    private StorageEngines() {
    }

    /** The engine's canonical name, or null if MariaDB has no such engine. */
    public static String canonicalName(String name) {
        return KNOWN.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether CREATE SEQUENCE ... ENGINE= may name it (else error 1478). */
    public static boolean supportsSequences(String canonicalName) {
        return canonicalName.equals("InnoDB") || canonicalName.equals("MyISAM") || canonicalName.equals("Aria");
    }
}
