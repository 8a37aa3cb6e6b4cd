package org.seqdb.engine.sql;

import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Statement;

/**
 * The parser's entry point: one statement text in, one immutable {@link Statement} out.
 * It never looks at the catalog: whether a name exists is the session's business.
 */
public final class Parser {
    private Parser() {
    }

    /**
     * A parsed statement and how many {@code ?} markers it has.
     *
     * @param markerError for a statement with markers, the 1064 error MariaDB gives when such text is
     *                    sent as a plain (not prepared) query; null without markers
     */
    public record Parsed(Statement statement, int parameterCount, Object[] markerError) {
        /** The error for running this text unprepared: MariaDB's 1064 near the first {@code ?}. */
        public SeqDbException markersInPlainQuery() {
            return new SeqDbException(ErrorCode.ER_PARSE_ERROR, markerError);
        }
    }

    /** One expression, as a column's stored DEFAULT text ({@code nextval(`db`.`s`)}, {@code 1.00}, {@code 'x'}). */
    public static org.seqdb.engine.sql.ast.Expression parseExpression(String text) {
        TokenCursor cursor = new TokenCursor(Lexer.lex(text), false);
        org.seqdb.engine.sql.ast.Expression expression = new ExpressionParser(cursor).expression();
        if (!cursor.atEnd()) {
            throw cursor.error();
        }
        return expression;
    }

    /** Parses as a session without IGNORE_SPACE in its sql_mode would. */
    public static Parsed parse(String sql) {
        return parse(sql, false);
    }

    /**
     * @param ignoreSpace whether the session's sql_mode has IGNORE_SPACE (MariaDB Connector/J adds it
     *                    to every session it opens); it changes the line numbers of syntax errors
     */
    public static Parsed parse(String sql, boolean ignoreSpace) {
        Lexer.Lexed lexed = Lexer.lex(sql);
        TokenCursor cursor = new TokenCursor(lexed, ignoreSpace);
        Statement statement = new StatementParser(cursor).statement();
        cursor.matchSymbol(";");
        if (!cursor.atEnd()) {
            throw cursor.error();
        }
        Object[] markerError = null;
        for (Token token : lexed.tokens()) {
            if (token.kind() == TokenKind.PARAMETER) {
                markerError = new Object[] {ParseErrors.near(sql, token.start()), cursor.lineOf(token)};
                break;
            }
        }
        return new Parsed(statement, lexed.parameterCount(), markerError);
    }
}
