package org.seqdb.jdbc;

import java.sql.SQLWarning;
import java.util.List;
import org.seqdb.engine.error.Notice;

/** Builds the SQLWarning chain of a statement's notes and warnings (what SHOW WARNINGS lists). */
final class Warnings {
    /** The SQLSTATE JDBC reserves for a warning without a more specific class. */
    private static final String WARNING_STATE = "01000";

    private Warnings() {
    }

    /**
     * The chain for the notices of a statement that succeeded, or null when there are none; an
     * Error-level one is in it too (ALTER TABLE IF EXISTS of a missing table reports one).
     */
    static SQLWarning chain(List<Notice> notices) {
        SQLWarning first = null;
        for (Notice notice : notices) {
            SQLWarning warning = new SQLWarning(notice.message(), WARNING_STATE, notice.code());
            if (first == null) {
                first = warning;
            } else {
                first.setNextWarning(warning);
            }
        }
        return first;
    }
}
