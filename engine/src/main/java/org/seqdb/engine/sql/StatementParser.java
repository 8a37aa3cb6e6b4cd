package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.SequenceOptions;
import org.seqdb.engine.sql.ast.Statement;

/**
 * Chooses the grammar rule by the statement's first words and reads the data-definition
 * statements (CREATE/ALTER/DROP of sequences and databases, USE, FLUSH, DO); SELECT, SHOW,
 * SET and table statements have their own classes.
 */
final class StatementParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    StatementParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    Statement statement() {
        if (cursor.atEnd() || cursor.checkSymbol(";")) {
            return new Statement.Empty();
        }
        Token first = cursor.peek();
        if (first.kind() != TokenKind.WORD) {
            if (first.isSymbol("(")) {
                return new QueryParser(cursor).query();
            }
            throw cursor.error();
        }
        return switch (first.upper()) {
            case "CREATE" -> create();
            case "ALTER" -> alter();
            case "DROP" -> drop();
            case "SELECT" -> new QueryParser(cursor).statement();
            case "DO" -> doStatement();
            case "USE" -> use();
            case "FLUSH" -> flush();
            case "INSERT", "REPLACE" -> new TableStatementParser(cursor).insert();
            case "UPDATE" -> new TableStatementParser(cursor).update();
            case "DELETE" -> new TableStatementParser(cursor).delete();
            case "SHOW" -> new ShowParser(cursor).show();
            case "DESCRIBE", "DESC" -> new ShowParser(cursor).describe();
            case "PREPARE" -> prepare();
            case "ANALYZE", "CHECK", "OPTIMIZE", "REPAIR" -> tableMaintenance();
            case "EXECUTE" -> execute();
            case "DEALLOCATE" -> {
                cursor.advance();
                cursor.expectWord("PREPARE");
                yield new Statement.Deallocate(cursor.identifier());
            }
            case "EXPLAIN" -> {
                if (!cursor.peek(1).isWord("SELECT") && !cursor.peek(1).isWord("EXTENDED")
                        && !cursor.peek(1).isWord("PARTITIONS") && !cursor.peek(1).isWord("FORMAT")) {
                    yield new ShowParser(cursor).describe();
                }
                throw cursor.error();
            }
            case "SET" -> new SetParser(cursor).set();
            case "RENAME" -> new TableStatementParser(cursor).renameTables();
            case "TRUNCATE" -> new TableStatementParser(cursor).truncate();
            case "BEGIN", "START", "COMMIT", "ROLLBACK" -> transactionControl();
            case "LOCK", "UNLOCK" -> accepted();
            default -> throw cursor.error();
        };
    }

    private Statement create() {
        cursor.expectWord("CREATE");
        boolean orReplace = cursor.matchWords("OR", "REPLACE");
        boolean temporary = cursor.matchWord("TEMPORARY");
        if (cursor.matchWord("SEQUENCE")) {
            boolean ifNotExists = cursor.matchWords("IF", "NOT", "EXISTS");
            ObjectName name = expressions.objectName();
            SequenceOptions options = SequenceOptionsParser.parse(cursor, false);
            return new Statement.CreateSequence(name, orReplace, temporary, ifNotExists, options);
        }
        if (cursor.checkWord("TABLE")) {
            return new TableStatementParser(cursor).createTable(orReplace, temporary);
        }
        if (!temporary && !orReplace && (cursor.checkWord("INDEX") || cursor.checkWord("UNIQUE"))) {
            boolean unique = cursor.matchWord("UNIQUE");
            return new TableStatementParser(cursor).createIndex(unique);
        }
        if (!temporary && (cursor.matchWord("DATABASE") || cursor.matchWord("SCHEMA"))) {
            boolean ifNotExists = cursor.matchWords("IF", "NOT", "EXISTS");
            String name = cursor.identifier();
            skipDatabaseOptions();
            return new Statement.CreateDatabase(name, ifNotExists, orReplace);
        }
        throw cursor.error();
    }

    /** [DEFAULT] CHARACTER SET / CHARSET / COLLATE [=] x: accepted, seqdb stores no text. */
    private void skipDatabaseOptions() {
        while (!cursor.atEnd() && !cursor.checkSymbol(";")) {
            cursor.advance();
        }
    }

    private Statement alter() {
        cursor.expectWord("ALTER");
        if (cursor.matchWord("SEQUENCE")) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            ObjectName name = expressions.objectName();
            return new Statement.AlterSequence(name, ifExists, SequenceOptionsParser.parse(cursor, true));
        }
        if (cursor.checkWord("TABLE")) {
            return new TableStatementParser(cursor).alterTable();
        }
        throw cursor.error();
    }

    /**
     * ANALYZE / CHECK / OPTIMIZE / REPAIR [NO_WRITE_TO_BINLOG | LOCAL] TABLE t, ... and the options
     * after the names (QUICK, EXTENDED, FOR UPGRADE, ...), which change nothing here.
     */
    private Statement tableMaintenance() {
        String operation = cursor.advance().upper().toLowerCase(java.util.Locale.ROOT);
        if (!cursor.matchWord("NO_WRITE_TO_BINLOG")) {
            cursor.matchWord("LOCAL");
        }
        if (!cursor.matchWord("TABLE")) {
            cursor.expectWord("TABLES");
        }
        List<ObjectName> tables = nameList();
        while (cursor.peek().kind() == TokenKind.WORD) {
            cursor.advance();
        }
        return new Statement.TableMaintenance(operation, tables);
    }

    /** PREPARE name FROM 'text' | @variable. */
    private Statement prepare() {
        cursor.expectWord("PREPARE");
        String name = cursor.identifier();
        cursor.expectWord("FROM");
        Token text = cursor.peek();
        if (text.kind() != TokenKind.STRING && text.kind() != TokenKind.USER_VARIABLE) {
            throw cursor.error();
        }
        return new Statement.Prepare(name, new ExpressionParser(cursor).expression());
    }

    /** EXECUTE name [USING value, ...]. */
    private Statement execute() {
        cursor.expectWord("EXECUTE");
        String name = cursor.identifier();
        List<org.seqdb.engine.sql.ast.Expression> using = new ArrayList<>();
        if (cursor.matchWord("USING")) {
            ExpressionParser values = new ExpressionParser(cursor);
            do {
                using.add(values.expression());
            } while (cursor.matchSymbol(","));
        }
        return new Statement.Execute(name, List.copyOf(using));
    }

    private Statement drop() {
        cursor.expectWord("DROP");
        if (cursor.matchWord("PREPARE")) {
            return new Statement.Deallocate(cursor.identifier());
        }
        boolean temporary = cursor.matchWord("TEMPORARY");
        if (cursor.matchWord("SEQUENCE")) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            return new Statement.DropSequence(temporary, ifExists, nameList());
        }
        if (cursor.matchWord("TABLE")) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            List<ObjectName> names = nameList();
            cursor.matchWord("RESTRICT");
            cursor.matchWord("CASCADE");
            return new Statement.DropTable(temporary, ifExists, names);
        }
        if (!temporary && (cursor.matchWord("DATABASE") || cursor.matchWord("SCHEMA"))) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            return new Statement.DropDatabase(cursor.identifier(), ifExists);
        }
        if (!temporary && cursor.matchWord("VIEW")) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            List<ObjectName> names = nameList();
            if (!cursor.matchWord("RESTRICT")) {
                cursor.matchWord("CASCADE");
            }
            return new Statement.DropView(ifExists, names);
        }
        if (!temporary && cursor.checkWord("INDEX")) {
            return new TableStatementParser(cursor).dropIndex();
        }
        throw cursor.error();
    }

    private List<ObjectName> nameList() {
        List<ObjectName> names = new ArrayList<>();
        do {
            names.add(expressions.objectName());
        } while (cursor.matchSymbol(","));
        return List.copyOf(names);
    }

    private Statement doStatement() {
        cursor.expectWord("DO");
        List<Expression> list = new ArrayList<>();
        do {
            list.add(expressions.expression());
        } while (cursor.matchSymbol(","));
        return new Statement.Do(List.copyOf(list));
    }

    private Statement use() {
        cursor.expectWord("USE");
        return new Statement.Use(cursor.identifier());
    }

    /** FLUSH [LOCAL|NO_WRITE_TO_BINLOG] TABLE[S] [name, ...]. */
    private Statement flush() {
        cursor.expectWord("FLUSH");
        if (!cursor.matchWord("LOCAL")) {
            cursor.matchWord("NO_WRITE_TO_BINLOG");
        }
        if (!cursor.matchWord("TABLES")) {
            cursor.expectWord("TABLE");
        }
        if (cursor.atEnd() || cursor.checkSymbol(";")) {
            return new Statement.FlushTables(List.of());
        }
        return new Statement.FlushTables(nameList());
    }

    /**
     * BEGIN [WORK], START TRANSACTION [READ ONLY | READ WRITE | WITH CONSISTENT SNAPSHOT, ...],
     * COMMIT [WORK] [AND [NO] CHAIN] [[NO] RELEASE], ROLLBACK [WORK] [AND [NO] CHAIN] [[NO] RELEASE].
     */
    private Statement transactionControl() {
        Token first = cursor.advance();
        if (first.isWord("START")) {
            cursor.expectWord("TRANSACTION");
            boolean snapshot = false;
            do {
                if (cursor.matchPhrase("WITH", "CONSISTENT", "SNAPSHOT")) {
                    snapshot = true;
                    continue;
                }
                if (cursor.matchPhrase("READ", "ONLY")) {
                    continue;
                }
                cursor.matchPhrase("READ", "WRITE");
            } while (cursor.matchSymbol(","));
            return new Statement.TransactionControl("BEGIN", false, snapshot);
        }
        cursor.matchWord("WORK");
        if (first.isWord("BEGIN")) {
            return new Statement.TransactionControl("BEGIN", false);
        }
        boolean chain = false;
        if (cursor.matchWord("AND")) {
            chain = !cursor.matchWord("NO");
            cursor.expectWord("CHAIN");
        }
        if (!cursor.matchWord("RELEASE") && cursor.matchWord("NO")) {
            cursor.expectWord("RELEASE");
        }
        return new Statement.TransactionControl(first.upper(), chain);
    }

    /** Statements a client or dump sends that change nothing seqdb keeps. */
    private Statement accepted() {
        Token first = cursor.advance();
        while (!cursor.atEnd() && !cursor.checkSymbol(";")) {
            cursor.advance();
        }
        return new Statement.Accepted(first.upper());
    }
}
