package org.seqdb.engine.sql;

/** How MariaDB quotes the rest of a statement in a 1064 syntax error. */
final class ParseErrors {
    /** MariaDB prints at most this many characters of what follows the error ({@code %-.80T}). */
    private static final int NEAR_LENGTH = 80;
    /** What {@code %T} puts at the end of a cut text, within the 80 characters. */
    private static final String CUT_MARK = "...";

    private ParseErrors() {
    }

    /** The text from {@code offset} on, cut as MariaDB cuts it: longer than 80, it is 77 characters and "...". */
    static String near(String sql, int offset) {
        String rest = offset >= sql.length() ? "" : sql.substring(offset);
        if (rest.codePointCount(0, rest.length()) <= NEAR_LENGTH) {
            return rest;
        }
        return rest.substring(0, rest.offsetByCodePoints(0, NEAR_LENGTH - CUT_MARK.length())) + CUT_MARK;
    }
}
