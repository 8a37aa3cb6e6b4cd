package org.seqdb.engine.session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.ObjectName;

/**
 * MariaDB's table list refuses to hold one table twice: {@code DROP SEQUENCE d, d} (or {@code d,
 * test.d} in database test) is 1066 before anything is looked up or dropped. Names compare as
 * written, case and all (lower_case_table_names = 0).
 */
final class UniqueNames {
    private UniqueNames() {
    }

    static void check(Resolver resolver, List<ObjectName> names) {
        Set<String> seen = new HashSet<>();
        for (ObjectName name : names) {
            if (!seen.add(Resolver.temporaryKey(resolver.databaseOf(name), name.name()))) {
                throw new SeqDbException(ErrorCode.ER_NONUNIQ_TABLE, name.name());
            }
        }
    }
}
