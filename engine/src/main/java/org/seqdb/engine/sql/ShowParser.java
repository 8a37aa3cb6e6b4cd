package org.seqdb.engine.sql;

import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SHOW WARNINGS / ERRORS / COUNT(*) WARNINGS / DATABASES / [FULL] TABLES / [FULL] COLUMNS / INDEX /
 * CREATE ... / VARIABLES / STATUS, and DESCRIBE (DESC, EXPLAIN of a table).
 */
final class ShowParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    ShowParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    Statement show() {
        cursor.expectWord("SHOW");
        if (cursor.matchWord("WARNINGS")) {
            return limited(false);
        }
        if (cursor.matchWord("ERRORS")) {
            return limited(true);
        }
        if (cursor.matchWord("COUNT")) {
            cursor.expectSymbol("(");
            cursor.expectSymbol("*");
            cursor.expectSymbol(")");
            boolean errors = cursor.matchWord("ERRORS");
            if (!errors) {
                cursor.expectWord("WARNINGS");
            }
            return new Statement.ShowWarnings(errors, true);
        }
        if (cursor.matchWord("DATABASES") || cursor.matchWord("SCHEMAS")) {
            return new Statement.ShowDatabases(likePattern());
        }
        boolean full = cursor.matchWord("FULL");
        if (cursor.matchWord("TABLES")) {
            String database = null;
            if (cursor.matchWord("FROM") || cursor.matchWord("IN")) {
                database = cursor.identifier();
            }
            String like = likePattern();
            Expression where = null;
            if (like == null && cursor.matchWord("WHERE")) {
                where = expressions.expression();
            }
            return new Statement.ShowTables(full, database, like, where);
        }
        if (cursor.matchWord("COLUMNS") || cursor.matchWord("FIELDS")) {
            ObjectName table = tableFrom();
            String like = likePattern();
            Expression where = like == null && cursor.matchWord("WHERE") ? expressions.expression() : null;
            return new Statement.ShowColumns(full, table, like, where);
        }
        if (!full && (cursor.matchWord("INDEX") || cursor.matchWord("INDEXES") || cursor.matchWord("KEYS"))) {
            ObjectName table = tableFrom();
            return new Statement.ShowIndex(table, cursor.matchWord("WHERE") ? expressions.expression() : null);
        }
        if (!full && cursor.matchWord("CREATE")) {
            boolean sequence = cursor.matchWord("SEQUENCE");
            if (!sequence) {
                cursor.expectWord("TABLE");
            }
            return new Statement.ShowCreate(sequence, expressions.objectName());
        }
        if (!full) {
            if (!cursor.matchWord("SESSION") && !cursor.matchWord("LOCAL")) {
                cursor.matchWord("GLOBAL");
            }
            if (cursor.matchWord("VARIABLES")) {
                return new Statement.ShowVariables(likePattern());
            }
            if (cursor.matchWord("STATUS")) {
                return new Statement.ShowStatus(likePattern());
            }
        }
        throw cursor.error();
    }

    /** {FROM | IN} [db.]table [{FROM | IN} db]. */
    private ObjectName tableFrom() {
        if (!cursor.matchWord("FROM")) {
            cursor.expectWord("IN");
        }
        ObjectName table = expressions.objectName();
        if (cursor.matchWord("FROM") || cursor.matchWord("IN")) {
            table = new ObjectName(cursor.identifier(), table.name());
        }
        return table;
    }

    /** DESCRIBE / DESC / EXPLAIN [db.]table [column | 'pattern']: SHOW COLUMNS of the table. */
    Statement describe() {
        cursor.advance();
        ObjectName table = expressions.objectName();
        String like = null;
        Token next = cursor.peek();
        if (next.kind() == TokenKind.STRING || next.kind() == TokenKind.QUOTED_IDENTIFIER
                || next.kind() == TokenKind.WORD) {
            like = cursor.advance().text();
        }
        return new Statement.ShowColumns(false, table, like, null);
    }

    private String likePattern() {
        if (!cursor.matchWord("LIKE")) {
            return null;
        }
        Token pattern = cursor.advance();
        if (pattern.kind() != TokenKind.STRING) {
            throw cursor.errorAt(pattern);
        }
        return pattern.text();
    }

    /** [LIMIT [offset,] count | LIMIT count OFFSET offset]: unsigned integers. */
    private Statement limited(boolean errorsOnly) {
        if (!cursor.matchWord("LIMIT")) {
            return new Statement.ShowWarnings(errorsOnly, false);
        }
        long limit = unsigned();
        long offset = 0;
        if (cursor.matchSymbol(",")) {
            offset = limit;
            limit = unsigned();
        } else if (cursor.matchWord("OFFSET")) {
            offset = unsigned();
        }
        return new Statement.ShowWarnings(errorsOnly, false, limit, offset);
    }

    private long unsigned() {
        Token token = cursor.advance();
        if (token.kind() != TokenKind.INTEGER) {
            throw cursor.errorAt(token);
        }
        java.math.BigInteger value = new java.math.BigInteger(token.text());
        return value.bitLength() < 64 ? value.longValue() : Long.MAX_VALUE;
    }
}
