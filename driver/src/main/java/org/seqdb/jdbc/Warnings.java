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

    /** The chain for {@code notices}, or null when there are none; errors are not warnings. */
    static SQLWarning chain(List<Notice> notices) {
        SQLWarning first = null;
        for (Notice notice : notices) {
            if (notice.level() == Notice.Level.Error) {
                continue;
            }
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
