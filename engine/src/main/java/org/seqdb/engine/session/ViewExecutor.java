package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.Result;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * DROP VIEW. seqdb has no views, so it answers as MariaDB does for names that are no views: a
 * warning 1347 for each name that is a table or sequence, then one 4092 naming them all
 * (db.name, comma-separated), an error, or a note with IF EXISTS. Nothing is dropped.
 */
final class ViewExecutor {
    private final SessionState state;
    private final Resolver resolver;

    ViewExecutor(SessionState state, Resolver resolver) {
        this.state = state;
        this.resolver = resolver;
    }

    Result drop(Statement.DropView drop) {
        UniqueNames.check(resolver, drop.names());
        List<String> unknown = new ArrayList<>();
        for (ObjectName name : drop.names()) {
            String database = resolver.databaseOf(name);
            if (state.database.catalog().find(database, name.name()) != null) {
                state.addNotice(Notice.warning(ErrorCode.ER_WRONG_OBJECT, database, name.name(), "VIEW"));
            }
            unknown.add(database + "." + name.name());
        }
        String names = String.join(",", unknown);
        if (!drop.ifExists()) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_VIEW, names);
        }
        state.addNotice(Notice.note(ErrorCode.ER_UNKNOWN_VIEW, names));
        return Result.updateCount(0);
    }
}
