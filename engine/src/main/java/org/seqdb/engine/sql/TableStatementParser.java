package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.SequenceOptions;
import org.seqdb.engine.sql.ast.Statement;

/** CREATE TABLE, INSERT, UPDATE and DELETE: the table face of sequences and plain tables. */
final class TableStatementParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    TableStatementParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
    }

    /** CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name (columns) [options] [SEQUENCE[=]1]. */
    Statement createTable(boolean orReplace, boolean temporary) {
        cursor.expectWord("TABLE");
        boolean ifNotExists = cursor.matchWords("IF", "NOT", "EXISTS");
        ObjectName name = expressions.objectName();
        if (cursor.matchWord("LIKE")) {
            return new Statement.CreateTableLike(name, expressions.objectName(), orReplace, ifNotExists);
        }
        cursor.expectSymbol("(");
        if (cursor.matchWord("LIKE")) {
            ObjectName source = expressions.objectName();
            cursor.expectSymbol(")");
            return new Statement.CreateTableLike(name, source, orReplace, ifNotExists);
        }
        List<Statement.ColumnDefinition> columns = new ArrayList<>();
        boolean hasKeys = false;
        do {
            if (isTableConstraint()) {
                hasKeys = true;
                skipParenthesised();
            } else {
                Statement.ColumnDefinition column = column();
                hasKeys |= column.key();
                columns.add(column);
            }
        } while (cursor.matchSymbol(","));
        cursor.expectSymbol(")");
        SequenceOptions options = SequenceOptionsParser.tableOptionsOnly(cursor);
        boolean sequence = false;
        if (cursor.matchWord("SEQUENCE")) {
            cursor.matchSymbol("=");
            Token value = cursor.advance();
            sequence = value.kind() == TokenKind.INTEGER && !value.text().equals("0")
                    || value.isWord("TRUE") || value.isWord("YES");
        }
        SequenceOptions more = SequenceOptionsParser.tableOptionsOnly(cursor);
        if (options.engine() == null && options.comment() == null) {
            options = more;
        }
        return new Statement.CreateTable(name, orReplace, temporary, ifNotExists, List.copyOf(columns), hasKeys,
                sequence, options);
    }

    private boolean isTableConstraint() {
        return cursor.checkWord("PRIMARY") || cursor.checkWord("UNIQUE") || cursor.checkWord("KEY")
                || cursor.checkWord("INDEX") || cursor.checkWord("CONSTRAINT") || cursor.checkWord("FOREIGN")
                || cursor.checkWord("CHECK");
    }

    /** Skips a table constraint up to the comma or parenthesis that ends it. */
    private void skipParenthesised() {
        int depth = 0;
        while (!cursor.atEnd()) {
            if (depth == 0 && (cursor.checkSymbol(",") || cursor.checkSymbol(")"))) {
                return;
            }
            Token token = cursor.advance();
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            }
        }
    }

    private Statement.ColumnDefinition column() {
        String name = cursor.identifier();
        Token typeToken = cursor.advance();
        if (typeToken.kind() != TokenKind.WORD) {
            throw cursor.errorAt(typeToken);
        }
        StringBuilder type = new StringBuilder(typeToken.text().toLowerCase(Locale.ROOT));
        if (cursor.matchSymbol("(")) {
            type.append('(');
            type.append(cursor.advance().text());
            while (cursor.matchSymbol(",")) {
                type.append(',').append(cursor.advance().text());
            }
            cursor.expectSymbol(")");
            type.append(')');
        }
        boolean unsigned = false;
        boolean notNull = false;
        boolean key = false;
        Expression defaultValue = null;
        while (true) {
            if (cursor.matchWord("UNSIGNED")) {
                unsigned = true;
            } else if (cursor.matchWord("SIGNED") || cursor.matchWord("ZEROFILL")) {
                continue;
            } else if (cursor.matchWords("NOT", "NULL")) {
                notNull = true;
            } else if (cursor.matchWord("NULL")) {
                notNull = false;
            } else if (cursor.matchWord("DEFAULT")) {
                defaultValue = expressions.expression();
            } else if (cursor.matchWord("COMMENT")) {
                cursor.advance();
            } else if (cursor.matchWords("PRIMARY", "KEY") || cursor.matchWord("UNIQUE") || cursor.matchWord("KEY")) {
                cursor.matchWord("KEY");
                key = true;
            } else if (cursor.matchWord("AUTO_INCREMENT")) {
                continue;
            } else {
                break;
            }
        }
        return new Statement.ColumnDefinition(name, type.toString(), unsigned, notNull, defaultValue, key);
    }

    /** RENAME TABLE a TO b [, c TO d ...]. */
    Statement renameTables() {
        cursor.expectWord("RENAME");
        if (!cursor.matchWord("TABLE")) {
            cursor.expectWord("TABLES");
        }
        List<Statement.Rename> renames = new ArrayList<>();
        do {
            ObjectName from = expressions.objectName();
            cursor.expectWord("TO");
            renames.add(new Statement.Rename(from, expressions.objectName()));
        } while (cursor.matchSymbol(","));
        return new Statement.RenameTables(List.copyOf(renames));
    }

    /** ALTER TABLE [IF EXISTS] name clause [, clause]: RENAME [TO|AS] x, ENGINE [=] x, COMMENT [=] 'x'. */
    Statement alterTable() {
        cursor.expectWord("TABLE");
        boolean ifExists = cursor.matchWords("IF", "EXISTS");
        ObjectName name = expressions.objectName();
        ObjectName renameTo = null;
        String engine = null;
        String comment = null;
        boolean anyClause = false;
        while (true) {
            if (anyClause) {
                cursor.matchSymbol(",");
            }
            if (cursor.matchWord("RENAME")) {
                if (!cursor.matchWord("TO")) {
                    cursor.matchWord("AS");
                }
                renameTo = expressions.objectName();
            } else if (cursor.checkWord("ENGINE") || cursor.checkWord("COMMENT") || cursor.checkWord("DEFAULT")
                    || cursor.checkWord("CHARSET") || cursor.checkWord("CHARACTER") || cursor.checkWord("COLLATE")) {
                SequenceOptions more = SequenceOptionsParser.tableOptionsOnly(cursor);
                engine = more.engine() != null ? more.engine() : engine;
                comment = more.comment() != null ? more.comment() : comment;
            } else if (anyClause && (cursor.atEnd() || cursor.checkSymbol(";"))) {
                break;
            } else {
                throw cursor.error();
            }
            anyClause = true;
        }
        SequenceOptions options = new SequenceOptions(null, null, null, null, null, null, false, null, null,
                engine, comment);
        return new Statement.AlterTable(name, ifExists, renameTo, options);
    }

    /** INSERT [IGNORE] [INTO] name [(columns)] VALUES|VALUE (...), (...). */
    Statement insert() {
        cursor.advance();
        cursor.matchWord("IGNORE");
        cursor.matchWord("INTO");
        ObjectName table = expressions.objectName();
        List<String> columns = null;
        if (cursor.matchSymbol("(")) {
            columns = new ArrayList<>();
            if (!cursor.checkSymbol(")")) {
                do {
                    columns.add(cursor.identifier());
                } while (cursor.matchSymbol(","));
            }
            cursor.expectSymbol(")");
            columns = List.copyOf(columns);
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
                    row.add(expressions.expression());
                } while (cursor.matchSymbol(","));
            }
            cursor.expectSymbol(")");
            rows.add(List.copyOf(row));
        } while (cursor.matchSymbol(","));
        return new Statement.Insert(table, columns, List.copyOf(rows));
    }

    /** UPDATE name ...: only the target matters until tables have rows to change. */
    Statement update() {
        cursor.expectWord("UPDATE");
        ObjectName table = expressions.objectName();
        skipRest();
        return new Statement.Update(table);
    }

    /** DELETE FROM name ...: only the target matters until tables have rows to delete. */
    Statement delete() {
        cursor.expectWord("DELETE");
        cursor.expectWord("FROM");
        ObjectName table = expressions.objectName();
        skipRest();
        return new Statement.Delete(table);
    }

    private void skipRest() {
        while (!cursor.atEnd() && !cursor.checkSymbol(";")) {
            cursor.advance();
        }
    }
}
