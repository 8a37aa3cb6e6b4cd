package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seqdb.engine.catalog.SchemaObject;
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
    /**
     * LASTVAL by database and name, as MariaDB keeps it (THD::sequences, by table cache key, which for a
     * temporary table has more to it: a temporary sequence has its own entry beside the permanent one
     * it shadows). Each remembers the version of the sequence it came from; read for a sequence of
     * another version (dropped and re-created, replaced, or another object renamed to the name) it is
     * NULL and forgotten.
     */
    final Map<String, LastValue> lastValues = new HashMap<>();
    /** TEMPORARY sequences and tables by database and name; they shadow permanent objects. */
    final Map<String, SchemaObject> temporaries = new HashMap<>();
    /** Bumped when USE or a temporary object changes what a name resolves to. */
    long resolutionEpoch;
    /**
     * True while a statement that opens tables runs (INSERT, UPDATE, DELETE, a SELECT with FROM):
     * MariaDB opens the sequences it names with its tables, so a missing one is 1146, not 4091.
     */
    boolean statementOpensTables;
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
    /** The 1-based number of the row the running statement is at, which warnings about values name ("at row 2"). */
    int currentRow;
    /** The running statement's current date and time (NOW()), read at its first use; null until then. */
    java.time.LocalDateTime statementNow;
    /** Counts statements, so what one statement computed once (an uncorrelated subquery) is not reused by the next. */
    long statementSerial;

    SessionState(Database database) {
        this.database = database;
        this.currentDatabase = database.config().database();
        this.variables = new SessionVariables(database.globals());
    }

    /** The last value a session got from a sequence of one name; a holder reused by every NEXTVAL. */
    static final class LastValue {
        private long version = -1;
        private long value;
        private boolean isNull = true;

        /** LASTVAL of the sequence of this version: null if it never gave a value, or ran out since. */
        Long get(long sequenceVersion) {
            if (version != sequenceVersion) {
                isNull = true;
                return null;
            }
            return isNull ? null : value;
        }

        void set(long sequenceVersion, long newValue) {
            version = sequenceVersion;
            value = newValue;
            isNull = false;
        }

        /** A NEXTVAL that failed (the sequence ran out): LASTVAL reads NULL after it. */
        void clear(long sequenceVersion) {
            version = sequenceVersion;
            isNull = true;
        }
    }

    /** NOW() of the running statement: the same in every row, as in MariaDB. */
    java.time.LocalDateTime statementTime() {
        if (statementNow == null) {
            statementNow = java.time.LocalDateTime.now(java.time.ZoneId.systemDefault());
        }
        return statementNow;
    }

    LastValue lastValueOf(SequenceHandle handle) {
        String key = Resolver.temporaryKey(handle.database(), handle.name()) + (handle.temporary() ? "\u0000tmp" : "");
        return lastValues.computeIfAbsent(key, k -> new LastValue());
    }

    /** The expression nodes that warned in statement {@link #warnedSerial} (see firstTimeInStatement). */
    private final Set<Object> warnedNodes = Collections.newSetFromMap(new IdentityHashMap<>());
    private long warnedSerial = -1;

    /** True the first time {@code node} asks in the current statement; false after that. */
    boolean firstTimeInStatement(Object node) {
        if (warnedSerial != statementSerial) {
            warnedNodes.clear();
            warnedSerial = statementSerial;
        }
        return warnedNodes.add(node);
    }

    /**
     * Records a note, warning or error of the running statement, as MariaDB's push_warning does: with
     * sql_notes = 0 a note is not recorded at all; otherwise the first condition of a statement that
     * kept the list of the statement before (one that uses no table) clears that list first, so SHOW
     * WARNINGS lists only this statement's conditions.
     */
    void addNotice(Notice notice) {
        if (notice.level() == Notice.Level.Note && !variables.notesRecorded()) {
            return;
        }
        if (statementNoticesFrom > 0) {
            notices = new ArrayList<>();
            statementNoticesFrom = 0;
        }
        notices.add(notice);
    }
}
