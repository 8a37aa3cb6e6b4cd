package org.seqdb.engine.session;

/** SQL LIKE matching (% any run, _ one character, backslash escapes), case-insensitive as MariaDB's default collation. */
public final class LikePattern {
    private LikePattern() {
    }

    public static boolean matches(String pattern, String value) {
        return matches(pattern.toLowerCase(java.util.Locale.ROOT), 0, value.toLowerCase(java.util.Locale.ROOT), 0);
    }

    private static boolean matches(String pattern, int p, String value, int v) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '%') {
                for (int k = v; k <= value.length(); k++) {
                    if (matches(pattern, p + 1, value, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (v >= value.length()) {
                return false;
            }
            if (c == '\\' && p + 1 < pattern.length()) {
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
