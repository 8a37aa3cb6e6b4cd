package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/** INSERT / REPLACE, UPDATE and DELETE over one table, in MariaDB's single-table forms. */
final class DmlParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    DmlParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /**
     * {INSERT|REPLACE} [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] [INTO] name [(columns)]
     * {VALUES|VALUE} (values), ... or ... SET column = value, ... or ... [(columns)] SELECT ...
     */
    Statement insert() {
        boolean replace = cursor.advance().isWord("REPLACE");
        if (!cursor.matchWord("LOW_PRIORITY") && !cursor.matchWord("DELAYED")) {
            cursor.matchWord("HIGH_PRIORITY");
        }
        boolean ignore = cursor.matchWord("IGNORE");
        cursor.matchWord("INTO");
        ObjectName table = expressions.objectName();
        if (cursor.matchWord("SET")) {
            List<String> columns = new ArrayList<>();
            List<Expression> row = new ArrayList<>();
            do {
                columns.add(cursor.identifier());
                cursor.expectSymbol("=");
                row.add(value());
            } while (cursor.matchSymbol(","));
            return new Statement.Insert(table, List.copyOf(columns), List.of(List.copyOf(row)), ignore, replace, null,
                    onDuplicate(replace));
        }
        List<String> columns = null;
        if (cursor.checkSymbol("(") && !cursor.peek(1).isWord("SELECT") && cursor.matchSymbol("(")) {
            columns = new ArrayList<>();
            if (!cursor.checkSymbol(")")) {
                do {
                    columns.add(columnName());
                } while (cursor.matchSymbol(","));
            }
            cursor.expectSymbol(")");
            columns = List.copyOf(columns);
        }
        if (cursor.checkWord("SELECT") || cursor.checkSymbol("(") && cursor.peek(1).isWord("SELECT")) {
            Statement query = new QueryParser(cursor).query();
            return new Statement.Insert(table, columns, List.of(), ignore, replace, query, onDuplicate(replace));
        }
        if (!cursor.matchWord("VALUES")) {
            cursor.expectWord("VALUE");
        }
        List<List<Expression>> rows = new ArrayList<>();
        do {
            cursor.expectSymbol("(");
            List<Expression> row = new ArrayList<>();
            if (!cursor.checkSymbol(")")) {
                do {
                    row.add(value());
                } while (cursor.matchSymbol(","));
            }
            cursor.expectSymbol(")");
            rows.add(List.copyOf(row));
        } while (cursor.matchSymbol(","));
        return new Statement.Insert(table, columns, List.copyOf(rows), ignore, replace, null, onDuplicate(replace));
    }

    /**
     * INSERT's ON DUPLICATE KEY UPDATE [q.]column = value, ... (null when absent; REPLACE has none),
     * whose values may say VALUES(column) for the value the row would have inserted.
     */
    private List<Statement.ColumnAssignment> onDuplicate(boolean replace) {
        if (replace || !cursor.checkWord("ON")) {
            return null;
        }
        cursor.expectWord("ON");
        cursor.expectWord("DUPLICATE");
        cursor.expectWord("KEY");
        cursor.expectWord("UPDATE");
        return expressions.withInsertValues(this::assignments);
    }

    /** {@code [q.]column = value, ...}: UPDATE's SET list and ON DUPLICATE KEY UPDATE's. */
    private List<Statement.ColumnAssignment> assignments() {
        List<Statement.ColumnAssignment> assignments = new ArrayList<>();
        do {
            String first = cursor.identifier();
            String qualifier = null;
            String column = first;
            if (cursor.matchSymbol(".")) {
                qualifier = first;
                column = cursor.identifier();
                if (cursor.matchSymbol(".")) {
                    qualifier = first + "." + column;
                    column = cursor.identifier();
                }
            }
            cursor.expectSymbol("=");
            assignments.add(new Statement.ColumnAssignment(qualifier, column, value()));
        } while (cursor.matchSymbol(","));
        return List.copyOf(assignments);
    }

    /** A column of an INSERT column list, possibly qualified by its table (the qualifier is dropped). */
    private String columnName() {
        String name = cursor.identifier();
        while (cursor.matchSymbol(".")) {
            name = cursor.identifier();
        }
        return name;
    }

    /** A value in VALUES or SET: DEFAULT, or an expression. */
    private Expression value() {
        if (cursor.checkWord("DEFAULT") && !cursor.peek(1).isSymbol("(")) {
            cursor.advance();
            return new Expression.DefaultValue();
        }
        return expressions.expression();
    }

    /** UPDATE [LOW_PRIORITY] [IGNORE] name [[AS] alias] SET [q.]column = value, ... [WHERE] [ORDER BY] [LIMIT n]. */
    Statement update() {
        cursor.expectWord("UPDATE");
        cursor.matchWord("LOW_PRIORITY");
        cursor.matchWord("IGNORE");
        ObjectName table = expressions.objectName();
        String alias = alias();
        cursor.expectWord("SET");
        List<Statement.ColumnAssignment> assignments = assignments();
        Expression where = cursor.matchWord("WHERE") ? expressions.expression() : null;
        SelectParser tail = new SelectParser(cursor);
        List<Statement.OrderItem> orderBy = cursor.matchWords("ORDER", "BY") ? tail.orderBy() : List.of();
        Expression limit = cursor.matchWord("LIMIT") ? tail.limitValue() : null;
        return new Statement.Update(table, alias, assignments, where, orderBy, limit);
    }

    /**
     * DELETE [LOW_PRIORITY] [QUICK] [IGNORE] FROM name [[AS] alias] [WHERE] [ORDER BY] [LIMIT n], and the
     * multi-table spelling with one table: DELETE alias[.*] FROM name [AS] alias [WHERE ...].
     */
    Statement delete() {
        cursor.expectWord("DELETE");
        cursor.matchWord("LOW_PRIORITY");
        cursor.matchWord("QUICK");
        cursor.matchWord("IGNORE");
        String target = null;
        if (!cursor.checkWord("FROM")) {
            target = cursor.identifier();
            if (cursor.matchSymbol(".")) {
                if (!cursor.matchSymbol("*")) {
                    target = cursor.identifier();
                    if (cursor.matchSymbol(".")) {
                        cursor.expectSymbol("*");
                    }
                }
            }
        }
        cursor.expectWord("FROM");
        ObjectName table = expressions.objectName();
        String alias = alias();
        Expression where = cursor.matchWord("WHERE") ? expressions.expression() : null;
        SelectParser tail = new SelectParser(cursor);
        List<Statement.OrderItem> orderBy = List.of();
        Expression limit = null;
        if (target == null) {
            orderBy = cursor.matchWords("ORDER", "BY") ? tail.orderBy() : List.of();
            limit = cursor.matchWord("LIMIT") ? tail.limitValue() : null;
        }
        return new Statement.Delete(table, alias, target, where, orderBy, limit);
    }

    private String alias() {
        if (cursor.matchWord("AS")) {
            return cursor.identifier();
        }
        if (cursor.checkIdentifier() && !cursor.checkWord("SET") && !cursor.checkWord("WHERE")) {
            return cursor.identifier();
        }
        return null;
    }
}
