package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.Statement;

/**
 * SET [GLOBAL|SESSION|LOCAL] name = value, ...; SET @@[scope.]name = value; SET @var = value;
 * SET NAMES x [COLLATE y]; SET CHARACTER SET x; SET [SESSION] TRANSACTION .... As in MariaDB, a
 * GLOBAL/SESSION/LOCAL word holds for the assignments after it until the next such word
 * ({@code SET GLOBAL a = 1, b = 2} sets both globally); {@code @@global.x} holds for x only.
 */
final class SetParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    /** The scope the last GLOBAL/SESSION/LOCAL word chose. */
    private String listScope = "SESSION";

    SetParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    Statement set() {
        cursor.expectWord("SET");
        if (cursor.checkWord("NAMES") || cursor.checkWord("CHARACTER") || cursor.checkWord("CHARSET")) {
            return skipRest("SET");
        }
        if (cursor.checkWord("TRANSACTION") || cursor.peek(1).isWord("TRANSACTION")
                && (cursor.checkWord("GLOBAL") || cursor.checkWord("SESSION") || cursor.checkWord("LOCAL"))) {
            return transaction();
        }
        List<Statement.Assignment> assignments = new ArrayList<>();
        do {
            assignments.add(assignment());
        } while (cursor.matchSymbol(","));
        return new Statement.SetVariables(List.copyOf(assignments));
    }

    /** [GLOBAL | SESSION | LOCAL] TRANSACTION characteristic [, characteristic]. */
    private Statement transaction() {
        String scope = null;
        if (cursor.matchWord("GLOBAL")) {
            scope = "GLOBAL";
        } else if (cursor.matchWord("SESSION") || cursor.matchWord("LOCAL")) {
            scope = "SESSION";
        }
        cursor.expectWord("TRANSACTION");
        String isolation = null;
        Boolean readOnly = null;
        do {
            if (cursor.matchWord("ISOLATION")) {
                cursor.expectWord("LEVEL");
                isolation = isolationLevel();
            } else {
                cursor.expectWord("READ");
                if (cursor.matchWord("ONLY")) {
                    readOnly = true;
                } else {
                    cursor.expectWord("WRITE");
                    readOnly = false;
                }
            }
        } while (cursor.matchSymbol(","));
        return new Statement.SetTransaction(scope, isolation, readOnly);
    }

    /** READ UNCOMMITTED | READ COMMITTED | REPEATABLE READ | SERIALIZABLE, as tx_isolation names it. */
    private String isolationLevel() {
        if (cursor.matchWord("SERIALIZABLE")) {
            return "SERIALIZABLE";
        }
        if (cursor.matchWord("REPEATABLE")) {
            cursor.expectWord("READ");
            return "REPEATABLE-READ";
        }
        cursor.expectWord("READ");
        if (cursor.matchWord("COMMITTED")) {
            return "READ-COMMITTED";
        }
        cursor.expectWord("UNCOMMITTED");
        return "READ-UNCOMMITTED";
    }

    private Statement.Assignment assignment() {
        Token token = cursor.peek();
        String scope = listScope;
        String name;
        if (cursor.matchSymbol("@")) {
            throw cursor.error();
        }
        if (token.kind() == TokenKind.USER_VARIABLE) {
            cursor.advance();
            scope = "USER";
            name = token.text();
        } else if (token.kind() == TokenKind.SYSTEM_VARIABLE) {
            cursor.advance();
            name = token.text();
            int dot = name.indexOf('.');
            if (dot > 0) {
                scope = name.substring(0, dot).toUpperCase(Locale.ROOT);
                scope = scope.equals("LOCAL") ? "SESSION" : scope;
                name = name.substring(dot + 1);
            }
        } else {
            if (cursor.matchWord("GLOBAL")) {
                listScope = "GLOBAL";
            } else if (cursor.matchWord("SESSION") || cursor.matchWord("LOCAL")) {
                listScope = "SESSION";
            }
            scope = listScope;
            name = cursor.identifier();
        }
        if (!cursor.matchSymbol(":=")) {
            cursor.expectSymbol("=");
        }
        Expression value = valueExpression();
        return new Statement.Assignment(scope, name.toLowerCase(Locale.ROOT), value);
    }

    /** A value: an expression, where a bare word (ORACLE, ON, DEFAULT) means itself as text. */
    private Expression valueExpression() {
        Token token = cursor.peek();
        Token after = cursor.peek(1);
        boolean bareWord = token.kind() == TokenKind.WORD
                && (after.kind() == TokenKind.END || after.isSymbol(",") || after.isSymbol(";"));
        if (bareWord) {
            cursor.advance();
            return new Expression.Literal(token.text());
        }
        return expressions.expression();
    }

    private Statement skipRest(String what) {
        while (!cursor.atEnd() && !cursor.checkSymbol(";")) {
            cursor.advance();
        }
        return new Statement.Accepted(what);
    }
}
