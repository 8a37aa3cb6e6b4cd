package org.seqdb.engine.sql;

import org.seqdb.engine.sql.ast.Statement;

/**
 * The parser's entry point: one statement text in, one immutable {@link Statement} out.
 * It never looks at the catalog: whether a name exists is the session's business.
 */
public final class Parser {
    private Parser() {
    }

    /** A parsed statement and how many {@code ?} markers it has. */
    public record Parsed(Statement statement, int parameterCount) {
    }

    public static Parsed parse(String sql) {
        Lexer.Lexed lexed = Lexer.lex(sql);
        TokenCursor cursor = new TokenCursor(lexed);
        Statement statement = new StatementParser(cursor).statement();
        cursor.matchSymbol(";");
        if (!cursor.atEnd()) {
            throw cursor.error();
        }
        return new Parsed(statement, lexed.parameterCount());
    }
}
