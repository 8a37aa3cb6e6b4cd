package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SELECT items [FROM source [alias]] [WHERE condition] [LIMIT n]. Each item keeps the label
 * MariaDB gives it: the alias, else a column's name, a string literal's value, or the
 * expression's text exactly as written.
 */
final class SelectParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    SelectParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    Statement.Select select() {
        if (cursor.matchSymbol("(")) {
            Statement.Select inner = select();
            cursor.expectSymbol(")");
            return inner;
        }
        cursor.expectWord("SELECT");
        List<Statement.SelectItem> items = new ArrayList<>();
        do {
            items.add(item());
        } while (cursor.matchSymbol(","));
        Statement.FromSource from = null;
        if (cursor.matchWord("FROM")) {
            from = source();
        }
        Expression where = null;
        if (cursor.matchWord("WHERE")) {
            where = expressions.expression();
        }
        Long limit = null;
        if (cursor.matchWord("LIMIT")) {
            Token count = cursor.advance();
            if (count.kind() != TokenKind.INTEGER) {
                throw cursor.errorAt(count);
            }
            limit = Long.parseLong(count.text());
        }
        return new Statement.Select(List.copyOf(items), from, where, limit);
    }

    private Statement.SelectItem item() {
        Token first = cursor.peek();
        Expression expression = expressions.expression();
        String text = cursor.textSince(first);
        String alias = alias();
        if (alias != null) {
            return new Statement.SelectItem(expression, alias);
        }
        return new Statement.SelectItem(expression, defaultLabel(expression, text));
    }

    private String alias() {
        if (cursor.matchWord("AS")) {
            Token name = cursor.advance();
            if (name.kind() == TokenKind.STRING || name.kind() == TokenKind.QUOTED_IDENTIFIER
                    || name.kind() == TokenKind.WORD) {
                return name.text();
            }
            throw cursor.errorAt(name);
        }
        Token next = cursor.peek();
        if (next.kind() == TokenKind.STRING || next.kind() == TokenKind.QUOTED_IDENTIFIER
                || next.kind() == TokenKind.WORD && !Keywords.isReserved(next.text())) {
            cursor.advance();
            return next.text();
        }
        return null;
    }

    private static String defaultLabel(Expression expression, String text) {
        if (expression instanceof Expression.ColumnRef column) {
            return column.name();
        }
        if (expression instanceof Expression.Literal literal && literal.value() instanceof String value) {
            return value;
        }
        return text;
    }

    private Statement.FromSource source() {
        if (cursor.matchWord("DUAL")) {
            return new Statement.FromSource(null, null, true);
        }
        ObjectName name = expressions.objectName();
        String alias = null;
        if (cursor.matchWord("AS")) {
            alias = cursor.identifier();
        } else if (cursor.checkIdentifier()) {
            alias = cursor.identifier();
        }
        return new Statement.FromSource(name, alias, false);
    }
}
