package org.seqdb.engine.sql;

/** How MariaDB quotes the rest of a statement in a 1064 syntax error. */
final class ParseErrors {
    /** MariaDB prints at most this many characters of what follows the error. */
    private static final int NEAR_LENGTH = 80;

    private ParseErrors() {
    }

    /** The text from {@code offset} on, cut as MariaDB cuts it ({@code %.80s}). */
    static String near(String sql, int offset) {
        String rest = offset >= sql.length() ? "" : sql.substring(offset);
        return rest.length() > NEAR_LENGTH ? rest.substring(0, NEAR_LENGTH) : rest;
    }
}
