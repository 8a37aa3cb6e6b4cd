package org.seqdb.jdbc;

import java.sql.SQLWarning;
import java.util.List;
import org.seqdb.engine.error.Notice;

/**
 * Builds the SQLWarning chain of a statement's conditions (what SHOW WARNINGS lists). As with
 * MariaDB, whose warning_count counts them, the Error conditions of a statement that succeeded
 * (DO turns a run-out sequence into one) are in the chain; those of a failed statement are its
 * SQLException, not warnings.
 */
final class Warnings {
    /** The SQLSTATE JDBC reserves for a warning without a more specific class. */
    private static final String WARNING_STATE = "01000";

    private Warnings() {
    }

    /** The chain for {@code notices}, or null when there are none. */
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

    /** The notices of a statement that failed, less its errors (which the SQLException reports). */
    static List<Notice> withoutErrors(List<Notice> notices) {
        return notices.stream().filter(notice -> notice.level() != Notice.Level.Error).toList();
    }
}
