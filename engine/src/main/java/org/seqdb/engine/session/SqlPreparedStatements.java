package org.seqdb.engine.session;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seqdb.engine.Result;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.Parser;
import org.seqdb.engine.sql.ast.Statement;

/**
 * The session's statements prepared in SQL (PREPARE / EXECUTE / DEALLOCATE PREPARE), by name
 * (case-insensitive, as MariaDB's). PREPARE parses the text and resolves the sequences it names,
 * so a syntax error or an unknown sequence fails there; a failed PREPARE also forgets the name.
 */
final class SqlPreparedStatements {
    /** Runs a statement with its parameters (the session's statement runner). */
    interface Runner {
        Result run(Statement statement, Object[] parameters);
    }

    private final SessionState state;
    private final Evaluator evaluator;
    private final NameCheck names;
    private final Map<String, Parser.Parsed> prepared = new HashMap<>();

    SqlPreparedStatements(SessionState state, Evaluator evaluator, Resolver resolver) {
        this.state = state;
        this.evaluator = evaluator;
        this.names = new NameCheck(resolver, evaluator);
    }

    Result prepare(Statement.Prepare prepare) {
        String key = prepare.name().toLowerCase(Locale.ROOT);
        prepared.remove(key);
        Object text = evaluator.evaluate(prepare.text(), Row.NONE, new Object[0]);
        Parser.Parsed parsed = state.database.statementCache().parse(text == null ? "NULL" : TextFunctions.text(text),
                state.variables.ignoreSpace());
        names.sequencesOf(parsed.statement());
        prepared.put(key, parsed);
        return Result.updateCount(0);
    }

    Result execute(Statement.Execute execute, Runner runner) {
        Parser.Parsed parsed = prepared.get(execute.name().toLowerCase(Locale.ROOT));
        if (parsed == null) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_STMT_HANDLER, execute.name(), "EXECUTE");
        }
        List<org.seqdb.engine.sql.ast.Expression> using = execute.using();
        if (using.size() != parsed.parameterCount()) {
            throw new SeqDbException(ErrorCode.ER_WRONG_ARGUMENTS, "EXECUTE");
        }
        Object[] values = new Object[using.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.evaluate(using.get(i), Row.NONE, new Object[0]);
        }
        return runner.run(parsed.statement(), values);
    }

    Result deallocate(Statement.Deallocate deallocate) {
        if (prepared.remove(deallocate.name().toLowerCase(Locale.ROOT)) == null) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_STMT_HANDLER, deallocate.name(), "DEALLOCATE PREPARE");
        }
        return Result.updateCount(0);
    }
}
