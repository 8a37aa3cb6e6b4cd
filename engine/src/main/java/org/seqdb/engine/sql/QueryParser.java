package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * A query: one SELECT, or selects joined by UNION [ALL | DISTINCT]. As in MariaDB, a select
 * before a UNION may have ORDER BY or LIMIT only inside parentheses, and the ORDER BY / LIMIT
 * written after the last select (or after its closing parenthesis) order and cut the whole union.
 */
final class QueryParser {
    private final TokenCursor cursor;

    QueryParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** A statement that is a query: as {@link #query()}, and a single SELECT may have INTO @variables. */
    Statement statement() {
        return query(true);
    }

    Statement query() {
        return query(false);
    }

    private Statement query(boolean intoAllowed) {
        boolean parenthesized = cursor.checkSymbol("(");
        SelectParser first = new SelectParser(cursor, intoAllowed && !parenthesized);
        Statement.Select current = first.select();
        if (first.into() != null) {
            if (cursor.checkWord("UNION")) {
                throw cursor.error();
            }
            return new Statement.SelectInto(current, first.into(), first.intoAtEnd());
        }
        if (!cursor.checkWord("UNION")) {
            return current;
        }
        List<Statement.Select> parts = new ArrayList<>();
        int distinctThrough = 0;
        while (cursor.checkWord("UNION")) {
            if (!parenthesized && current.hasOrderOrLimit()) {
                throw cursor.error();
            }
            cursor.advance();
            boolean distinct = !cursor.matchWord("ALL");
            if (distinct) {
                cursor.matchWord("DISTINCT");
            }
            parts.add(current);
            parenthesized = cursor.checkSymbol("(");
            current = new SelectParser(cursor).select();
            if (distinct) {
                distinctThrough = parts.size() + 1;
            }
        }
        if (!parenthesized) {
            parts.add(current.withoutOrderAndLimit());
            return new Statement.Union(List.copyOf(parts), distinctThrough, current.orderBy(), current.limit(),
                    current.offset());
        }
        parts.add(current);
        return unionTail(parts, distinctThrough);
    }

    /** ORDER BY ... LIMIT ... after a parenthesized last select. */
    private Statement.Union unionTail(List<Statement.Select> parts, int distinctThrough) {
        SelectParser clauses = new SelectParser(cursor);
        List<Statement.OrderItem> orderBy = List.of();
        if (cursor.matchWords("ORDER", "BY")) {
            orderBy = clauses.orderBy();
        }
        Expression limit = null;
        Expression offset = null;
        if (cursor.matchWord("LIMIT")) {
            limit = clauses.limitValue();
            if (cursor.matchSymbol(",")) {
                offset = limit;
                limit = clauses.limitValue();
            } else if (cursor.matchWord("OFFSET")) {
                offset = clauses.limitValue();
            }
        }
        return new Statement.Union(List.copyOf(parts), distinctThrough, orderBy, limit, offset);
    }
}
