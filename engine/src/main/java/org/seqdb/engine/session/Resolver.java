package org.seqdb.engine.session;

import org.seqdb.engine.catalog.Catalog;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.ObjectName;

/**
 * Turns names into catalog objects for one session: temporary objects first, then the
 * catalog. Sequence resolutions are cached per name node (a prepared statement reuses its
 * nodes) and checked against the catalog's and the session's epochs, so the NEXTVAL hot
 * path does no string work.
 */
final class Resolver {
    private final SessionState state;
    private final Catalog catalog;
    private final NodeCache<ObjectName, ResolvedSequence> cache = new NodeCache<>();

    /** A sequence as a name resolved to it, with the session's LASTVAL holder for it. */
    record ResolvedSequence(SequenceHandle handle, SessionState.LastValue lastValue, long catalogEpoch,
                            long sessionEpoch) {
    }

    Resolver(SessionState state) {
        this.state = state;
        this.catalog = state.database.catalog();
    }

    /** The database a name lives in: its qualifier, or the current database (1046 if none). */
    String databaseOf(ObjectName name) {
        if (name.database() != null) {
            return name.database();
        }
        if (state.currentDatabase == null) {
            throw new SeqDbException(ErrorCode.ER_NO_DB_ERROR);
        }
        return state.currentDatabase;
    }

    /** The object a name means now, or null. */
    SchemaObject find(ObjectName name) {
        String database = databaseOf(name);
        SchemaObject temporary = state.temporaries.get(temporaryKey(database, name.name()));
        if (temporary != null) {
            return temporary;
        }
        return catalog.find(database, name.name());
    }

    /**
     * The sequence a name means: 4091 naming it unqualified if there is nothing (1146 in a statement
     * that opens tables, see {@link SessionState#statementOpensTables}), 4089 if it is a table.
     */
    ResolvedSequence sequence(ObjectName name) {
        ResolvedSequence cached = cache.get(name);
        if (cached != null && cached.catalogEpoch == catalog.epoch() && cached.sessionEpoch == state.resolutionEpoch
                && !cached.handle.isDropped()) {
            return cached;
        }
        long catalogEpoch = catalog.epoch();
        SchemaObject object = find(name);
        String database = databaseOf(name);
        if (object == null && state.statementOpensTables) {
            throw new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, name.name());
        }
        if (object == null) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_SEQUENCES, name.name()).alsoReporting(
                    Notice.error(new SeqDbException(ErrorCode.ER_NO_SUCH_TABLE, database, name.name())));
        }
        if (!(object instanceof SequenceHandle handle)) {
            throw new SeqDbException(ErrorCode.ER_NOT_SEQUENCE, database, name.name());
        }
        ResolvedSequence resolved = new ResolvedSequence(handle, state.lastValueOf(handle), catalogEpoch,
                state.resolutionEpoch);
        cache.put(name, resolved);
        return resolved;
    }

    static String temporaryKey(String database, String name) {
        return database + '\u0000' + name;
    }
}
