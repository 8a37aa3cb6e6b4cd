package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SELECT items [FROM source [alias]] [WHERE condition] [LIMIT n]. Each item keeps the label
 * MariaDB gives it: the alias, else a column's name, a literal's own name (a number as written, a
 * string's value, NULL, TRUE, FALSE; kept through parentheses and a unary plus), or the
 * expression's text exactly as written.
 */
final class SelectParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    SelectParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    /** A top-level SELECT, which may have INTO @variables (see {@link #into()}). */
    SelectParser(TokenCursor cursor, boolean intoAllowed) {
        this(cursor);
        this.intoAllowed = intoAllowed;
    }

    private boolean intoAllowed;
    private List<String> into;
    private boolean intoAtEnd;

    /** The INTO variables of the select read last (null without INTO), and whether INTO came last. */
    List<String> into() {
        return into;
    }

    boolean intoAtEnd() {
        return intoAtEnd;
    }

    Statement.Select select() {
        if (cursor.matchSymbol("(")) {
            Statement.Select inner = select();
            cursor.expectSymbol(")");
            return inner;
        }
        cursor.expectWord("SELECT");
        boolean distinct = cursor.matchWord("DISTINCT") || cursor.matchWord("DISTINCTROW");
        if (!distinct) {
            cursor.matchWord("ALL");
        }
        List<Statement.SelectItem> items = new ArrayList<>();
        do {
            items.add(item());
        } while (cursor.matchSymbol(","));
        if (intoAllowed && cursor.checkWord("INTO")) {
            into = intoVariables();
        }
        Statement.FromSource from = null;
        if (cursor.matchWord("FROM")) {
            from = source();
        }
        Expression where = null;
        if (cursor.matchWord("WHERE")) {
            where = expressions.expression();
        }
        List<Expression> groupBy = List.of();
        if (cursor.matchWords("GROUP", "BY")) {
            groupBy = groupBy();
        }
        Expression having = null;
        if (cursor.matchWord("HAVING")) {
            having = expressions.expression();
        }
        List<Statement.OrderItem> orderBy = List.of();
        if (cursor.matchWords("ORDER", "BY")) {
            orderBy = orderBy();
        }
        Expression limit = null;
        Expression offset = null;
        if (cursor.matchWord("LIMIT")) {
            limit = limitValue();
            if (cursor.matchSymbol(",")) {
                offset = limit;
                limit = limitValue();
            } else if (cursor.matchWord("OFFSET")) {
                offset = limitValue();
            }
        }
        boolean forUpdate = lockingClause();
        if (intoAllowed && into == null && cursor.checkWord("INTO")) {
            into = intoVariables();
            intoAtEnd = true;
            forUpdate |= lockingClause();
        }
        return new Statement.Select(List.copyOf(items), from, where, orderBy, limit, offset, distinct, groupBy,
                having, forUpdate);
    }

    private boolean lockingClause() {
        return cursor.matchPhrase("FOR", "UPDATE") || cursor.matchPhrase("LOCK", "IN", "SHARE", "MODE");
    }

    /** INTO @a, @b, ...: user variables only (a plain name is a stored program's variable: 1327). */
    private List<String> intoVariables() {
        cursor.expectWord("INTO");
        if (cursor.checkWord("OUTFILE") || cursor.checkWord("DUMPFILE")) {
            throw new org.seqdb.engine.error.SeqDbException(org.seqdb.engine.error.ErrorCode.ER_NOT_SUPPORTED_YET,
                    "SELECT ... INTO " + cursor.peek().upper());
        }
        List<String> variables = new ArrayList<>();
        do {
            Token token = cursor.peek();
            if (token.kind() == TokenKind.USER_VARIABLE) {
                variables.add(cursor.advance().text());
            } else if (token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED_IDENTIFIER) {
                throw new org.seqdb.engine.error.SeqDbException(org.seqdb.engine.error.ErrorCode.ER_SP_UNDECLARED_VAR,
                        token.text());
            } else {
                throw cursor.error();
            }
        } while (cursor.matchSymbol(","));
        return List.copyOf(variables);
    }

    private List<Expression> groupBy() {
        List<Expression> group = new ArrayList<>();
        do {
            group.add(expressions.expression());
            if (!cursor.matchWord("ASC")) {
                cursor.matchWord("DESC");
            }
        } while (cursor.matchSymbol(","));
        return List.copyOf(group);
    }

    List<Statement.OrderItem> orderBy() {
        List<Statement.OrderItem> order = new ArrayList<>();
        do {
            Expression expression = expressions.expression();
            boolean descending = cursor.matchWord("DESC");
            if (!descending) {
                cursor.matchWord("ASC");
            }
            order.add(new Statement.OrderItem(expression, descending));
        } while (cursor.matchSymbol(","));
        return List.copyOf(order);
    }

    /** LIMIT takes unsigned integers or parameter markers only, as in MariaDB. */
    Expression limitValue() {
        Token token = cursor.advance();
        if (token.kind() == TokenKind.INTEGER) {
            return new Expression.Literal(Long.parseLong(token.text()));
        }
        if (token.kind() == TokenKind.PARAMETER) {
            return new Expression.Parameter(cursor.parameterIndexOfPrevious());
        }
        throw cursor.errorAt(token);
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
            // s.nextval / s.currval (sql_mode=ORACLE) are functions to MariaDB: labelled as written
            boolean sequenceFunction = column.qualifier() != null && (column.name().equalsIgnoreCase("nextval")
                    || column.name().equalsIgnoreCase("currval"));
            return sequenceFunction ? text : column.name();
        }
        if (expression instanceof Expression.Literal literal && literal.name() != null) {
            return literal.name();
        }
        return text;
    }

    private Statement.FromSource source() {
        if (cursor.matchWord("DUAL")) {
            return new Statement.FromSource(null, null, true);
        }
        if (cursor.checkSymbol("(") && cursor.peek(1).isWord("SELECT")) {
            cursor.advance();
            Statement query = new QueryParser(cursor).query();
            cursor.expectSymbol(")");
            String alias = tableAlias();
            if (alias == null) {
                // MariaDB 10.11's grammar wants the alias: its absence is a syntax error there
                throw cursor.error();
            }
            return Statement.FromSource.derived(query, alias);
        }
        ObjectName name = expressions.objectName();
        String alias = tableAlias();
        List<Statement.Join> joins = new ArrayList<>();
        while (true) {
            String kind;
            if (cursor.matchSymbol(",")) {
                kind = "COMMA";
            } else if (cursor.matchWord("JOIN") || cursor.matchPhrase("INNER", "JOIN")
                    || cursor.matchPhrase("CROSS", "JOIN") || cursor.matchWord("STRAIGHT_JOIN")) {
                kind = "INNER";
            } else if (cursor.matchPhrase("LEFT", "JOIN") || cursor.matchPhrase("LEFT", "OUTER", "JOIN")) {
                kind = "LEFT";
            } else if (cursor.matchPhrase("RIGHT", "JOIN") || cursor.matchPhrase("RIGHT", "OUTER", "JOIN")) {
                kind = "RIGHT";
            } else {
                break;
            }
            ObjectName table = expressions.objectName();
            String joinedAlias = tableAlias();
            Expression on = null;
            if (!kind.equals("COMMA") && cursor.matchWord("ON")) {
                on = expressions.expression();
            } else if (!kind.equals("COMMA") && cursor.matchWord("USING")) {
                String left = joins.isEmpty() ? (alias != null ? alias : name.name())
                        : joins.get(joins.size() - 1).alias() != null ? joins.get(joins.size() - 1).alias()
                        : joins.get(joins.size() - 1).table().name();
                on = using(left, joinedAlias != null ? joinedAlias : table.name());
            }
            joins.add(new Statement.Join(kind.equals("COMMA") ? "INNER" : kind, table, joinedAlias, on));
        }
        return new Statement.FromSource(name, alias, false, List.copyOf(joins));
    }

    /**
     * USING (c1, c2): ON left.c1 = right.c1 AND left.c2 = right.c2, with the table just before the
     * join as the left one (the columns are not merged into one as MariaDB merges them for *).
     */
    private Expression using(String left, String right) {
        cursor.expectSymbol("(");
        Expression on = null;
        do {
            String column = cursor.identifier();
            Expression equal = new Expression.Binary("=", new Expression.ColumnRef(left, column),
                    new Expression.ColumnRef(right, column));
            on = on == null ? equal : new Expression.Binary("AND", on, equal);
        } while (cursor.matchSymbol(","));
        cursor.expectSymbol(")");
        return on;
    }

    private String tableAlias() {
        if (cursor.matchWord("AS")) {
            return cursor.identifier();
        }
        if (cursor.checkIdentifier() && !cursor.checkWord("STRAIGHT_JOIN")) {
            return cursor.identifier();
        }
        return null;
    }
}
