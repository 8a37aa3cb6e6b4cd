package org.seqdb.engine.session;

import org.seqdb.engine.PreparedCommand;
import org.seqdb.engine.Result;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.Parser;
import org.seqdb.engine.sql.ast.Statement;

/** A statement parsed once, run by its session as often as the caller likes. */
final class EnginePreparedCommand implements PreparedCommand {
    private final EngineSession session;
    private final Statement statement;
    private final int parameterCount;

    EnginePreparedCommand(EngineSession session, Parser.Parsed parsed) {
        this.session = session;
        this.statement = parsed.statement();
        this.parameterCount = parsed.parameterCount();
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public boolean returnsRows() {
        return statement instanceof Statement.Select || statement instanceof Statement.Union
                || statement instanceof Statement.ShowWarnings
                || statement instanceof Statement.ShowDatabases || statement instanceof Statement.ShowTables
                || statement instanceof Statement.ShowCreate || statement instanceof Statement.ShowVariables
                || statement instanceof Statement.ShowColumns || statement instanceof Statement.ShowIndex
                || statement instanceof Statement.TableMaintenance
                || statement instanceof Statement.ShowStatus;
    }

    @Override
    public Result execute(Object[] parameters) {
        if ((parameters == null ? 0 : parameters.length) < parameterCount) {
            throw new SeqDbException(ErrorCode.ER_WRONG_ARGUMENTS, "EXECUTE: " + parameterCount + " parameters needed");
        }
        return session.run(statement, parameters == null ? new Object[0] : parameters);
    }
}
