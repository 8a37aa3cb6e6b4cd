package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.database.Database;
import org.seqdb.engine.error.Notice;

/**
 * What one connection keeps between statements: its current database, the last value it
 * got from each sequence, its temporary sequences, its variables and the notices of its
 * last statement. Only touched by the session's thread of the moment (the session
 * serializes statements).
 */
final class SessionState {
    final Database database;
    final SessionVariables variables;
    String currentDatabase;
    /** LASTVAL by sequence object: a re-created or renamed sequence is a new object, so reads NULL. */
    final Map<SequenceHandle, LastValue> lastValues = new IdentityHashMap<>();
    /** TEMPORARY sequences by database and name; they shadow permanent objects. */
    final Map<String, SequenceHandle> temporaries = new HashMap<>();
    /** Bumped when USE or a temporary object changes what a name resolves to. */
    long resolutionEpoch;
    /** The notices of the statement running now. */
    List<Notice> notices = new ArrayList<>();
    /** Where the running (or last) statement's own notices start in {@link #notices}. */
    int statementNoticesFrom;
    /** LAST_INSERT_ID(): the first AUTO_INCREMENT value the last INSERT that generated one took; 0 before. */
    long lastInsertId;
    /** SHOW STATUS's Handler_read_key: rows looked up by a key. */
    long rowsReadByKey;
    /** SHOW STATUS's Handler_read_rnd_next: rows read by scanning a table. */
    long rowsReadByScan;

    SessionState(Database database) {
        this.database = database;
        this.currentDatabase = database.config().database();
        this.variables = new SessionVariables(database.globals());
    }

    /** The last value a session got from a sequence; a holder reused by every NEXTVAL. */
    static final class LastValue {
        long value;
        boolean isNull = true;
    }

    LastValue lastValueOf(SequenceHandle handle) {
        return lastValues.computeIfAbsent(handle, h -> new LastValue());
    }

    void addNotice(Notice notice) {
        notices.add(notice);
    }
}
