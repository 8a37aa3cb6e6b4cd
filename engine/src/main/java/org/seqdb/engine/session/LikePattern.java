package org.seqdb.engine.session;

import java.util.Locale;

/**
 * SQL LIKE matching (% any run, _ one character, an escape character before either to mean
 * itself; backslash unless ESCAPE names another), case-insensitive as MariaDB's default collation.
 */
public final class LikePattern {
    private LikePattern() {
    }

    public static boolean matches(String pattern, String value) {
        return matches(pattern, value, '\\');
    }

    public static boolean matches(String pattern, String value, char escape) {
        return matches(pattern.toLowerCase(Locale.ROOT), 0, value.toLowerCase(Locale.ROOT), 0,
                Character.toLowerCase(escape));
    }

    private static boolean matches(String pattern, int p, String value, int v, char escape) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '%') {
                for (int k = v; k <= value.length(); k++) {
                    if (matches(pattern, p + 1, value, k, escape)) {
                        return true;
                    }
                }
                return false;
            }
            if (v >= value.length()) {
                return false;
            }
            if (c == escape && p + 1 < pattern.length()) {
                p++;
                if (pattern.charAt(p) != value.charAt(v)) {
                    return false;
                }
            } else if (c != '_' && c != value.charAt(v)) {
                return false;
            }
            p++;
            v++;
        }
        return v == value.length();
    }
}
