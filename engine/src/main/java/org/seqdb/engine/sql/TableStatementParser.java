package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.SequenceOptions;
import org.seqdb.engine.sql.ast.Statement;

/**
 * Table definition statements: CREATE TABLE, ALTER TABLE, CREATE / DROP INDEX, TRUNCATE, RENAME;
 * INSERT, UPDATE and DELETE are read by {@link DmlParser}.
 */
final class TableStatementParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final ColumnDefinitionParser definitions;

    TableStatementParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor);
        this.definitions = new ColumnDefinitionParser(cursor, expressions);
    }

    /** CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name (columns, keys) [options] [SEQUENCE[=]1]. */
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
        List<Statement.KeyDefinition> keys = new ArrayList<>();
        List<Statement.ForeignKeyDefinition> foreignKeys = new ArrayList<>();
        boolean hasKeys = false;
        do {
            if (definitions.atConstraint()) {
                int keysBefore = keys.size() + foreignKeys.size();
                definitions.constraint(keys, foreignKeys);
                hasKeys |= keys.size() + foreignKeys.size() > keysBefore;
            } else {
                Statement.ColumnDefinition column = definitions.column();
                hasKeys |= column.key();
                columns.add(column);
                if (column.primaryKey()) {
                    keys.add(new Statement.KeyDefinition("PRIMARY", null, List.of(column.name())));
                } else if (column.unique()) {
                    keys.add(new Statement.KeyDefinition("UNIQUE", null, List.of(column.name())));
                }
            }
        } while (cursor.matchSymbol(","));
        cursor.expectSymbol(")");
        TableOptions options = tableOptions();
        return new Statement.CreateTable(name, orReplace, temporary, ifNotExists, List.copyOf(columns), hasKeys,
                options.sequence, options.asSequenceOptions(), List.copyOf(keys), List.copyOf(foreignKeys),
                options.autoIncrement);
    }

    /** The table options seqdb keeps (ENGINE, COMMENT, AUTO_INCREMENT, SEQUENCE); the rest are read and dropped. */
    private static final class TableOptions {
        String engine;
        String comment;
        Long autoIncrement;
        boolean sequence;

        SequenceOptions asSequenceOptions() {
            return new SequenceOptions(null, null, null, null, null, null, false, null, null, engine, comment);
        }
    }

    /** [ENGINE [=] x] [[DEFAULT] CHARSET [=] x] [COLLATE [=] x] [COMMENT [=] 'x'] [AUTO_INCREMENT [=] n] ... */
    private TableOptions tableOptions() {
        TableOptions options = new TableOptions();
        while (true) {
            cursor.matchSymbol(",");
            if (cursor.matchWord("ENGINE")) {
                cursor.matchSymbol("=");
                Token name = cursor.peek();
                options.engine = StorageEngines.canonicalName(optionValue());
                if (options.engine == null) {
                    // MariaDB resolves the engine's name while it parses (as SequenceOptionsParser does)
                    throw new org.seqdb.engine.error.SeqDbException(
                            org.seqdb.engine.error.ErrorCode.ER_UNKNOWN_STORAGE_ENGINE, name.text());
                }
            } else if (cursor.matchWord("COMMENT")) {
                cursor.matchSymbol("=");
                Token text = cursor.advance();
                if (text.kind() != TokenKind.STRING) {
                    throw cursor.errorAt(text);
                }
                options.comment = text.text();
            } else if (cursor.matchWord("AUTO_INCREMENT")) {
                cursor.matchSymbol("=");
                options.autoIncrement = Long.parseLong(integer());
            } else if (cursor.matchWord("SEQUENCE")) {
                cursor.matchSymbol("=");
                Token value = cursor.advance();
                options.sequence = value.kind() == TokenKind.INTEGER && !value.text().equals("0")
                        || value.isWord("TRUE") || value.isWord("YES");
            } else if (cursor.checkWord("DEFAULT") || cursor.checkWord("CHARSET") || cursor.checkWord("CHARACTER")
                    || cursor.checkWord("COLLATE")) {
                cursor.matchWord("DEFAULT");
                if (cursor.matchWord("CHARACTER")) {
                    cursor.expectWord("SET");
                } else if (!cursor.matchWord("CHARSET")) {
                    cursor.expectWord("COLLATE");
                }
                cursor.matchSymbol("=");
                optionValue();
            } else if (cursor.peek().kind() == TokenKind.WORD && cursor.peek(1).isSymbol("=")
                    && !cursor.checkWord("SELECT")) {
                // ROW_FORMAT=x, STATS_PERSISTENT=n, KEY_BLOCK_SIZE=n, ...: accepted, nothing to keep
                cursor.advance();
                cursor.advance();
                cursor.advance();
            } else {
                return options;
            }
        }
    }

    private String optionValue() {
        Token token = cursor.advance();
        if (token.kind() != TokenKind.WORD && token.kind() != TokenKind.QUOTED_IDENTIFIER
                && token.kind() != TokenKind.STRING) {
            throw cursor.errorAt(token);
        }
        return token.text();
    }

    private String integer() {
        Token token = cursor.advance();
        if (token.kind() != TokenKind.INTEGER) {
            throw cursor.errorAt(token);
        }
        return token.text();
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

    /**
     * ALTER TABLE [IF EXISTS] name clause [, clause]: RENAME [TO|AS] x, ENGINE [=] x, COMMENT [=] 'x',
     * ADD [COLUMN] definition, ADD [CONSTRAINT [name]] key or foreign key, ADD INDEX, DROP INDEX / KEY /
     * PRIMARY KEY / FOREIGN KEY / CONSTRAINT name, AUTO_INCREMENT [=] n.
     */
    Statement alterTable() {
        cursor.expectWord("TABLE");
        boolean ifExists = cursor.matchWords("IF", "EXISTS");
        ObjectName name = expressions.objectName();
        ObjectName renameTo = null;
        String engine = null;
        String comment = null;
        List<Statement.AlterAction> actions = new ArrayList<>();
        boolean anyClause = false;
        while (true) {
            if (anyClause && !cursor.matchSymbol(",") && (cursor.atEnd() || cursor.checkSymbol(";"))) {
                break;
            }
            if (cursor.matchPhrase("RENAME", "COLUMN")) {
                String old = cursor.identifier();
                cursor.expectWord("TO");
                actions.add(new Statement.ChangeColumn(old, null, cursor.identifier(), false));
            } else if (cursor.matchWord("RENAME")) {
                if (!cursor.matchWord("TO")) {
                    cursor.matchWord("AS");
                }
                renameTo = expressions.objectName();
            } else if (cursor.matchWord("MODIFY")) {
                cursor.matchWord("COLUMN");
                boolean columnIfExists = cursor.matchWords("IF", "EXISTS");
                Statement.ColumnDefinition column = definitions.column();
                positionClause();
                actions.add(new Statement.ChangeColumn(column.name(), column, column.name(), columnIfExists));
            } else if (cursor.matchWord("CHANGE")) {
                cursor.matchWord("COLUMN");
                boolean columnIfExists = cursor.matchWords("IF", "EXISTS");
                String old = cursor.identifier();
                Statement.ColumnDefinition column = definitions.column();
                positionClause();
                actions.add(new Statement.ChangeColumn(old, column, column.name(), columnIfExists));
            } else if (cursor.matchWord("ADD")) {
                actions.add(addClause());
            } else if (cursor.matchWord("DROP")) {
                actions.add(dropClause());
            } else if (cursor.matchPhrase("DISABLE", "KEYS")) {
                actions.add(new Statement.EnableKeys(false));
            } else if (cursor.matchPhrase("ENABLE", "KEYS")) {
                actions.add(new Statement.EnableKeys(true));
            } else if (cursor.matchWord("AUTO_INCREMENT")) {
                cursor.matchSymbol("=");
                actions.add(new Statement.SetAutoIncrement(Long.parseLong(integer())));
            } else if (cursor.checkWord("ENGINE") || cursor.checkWord("COMMENT") || cursor.checkWord("DEFAULT")
                    || cursor.checkWord("CHARSET") || cursor.checkWord("CHARACTER") || cursor.checkWord("COLLATE")) {
                TableOptions more = tableOptions();
                engine = more.engine != null ? more.engine : engine;
                comment = more.comment != null ? more.comment : comment;
                if (more.autoIncrement != null) {
                    actions.add(new Statement.SetAutoIncrement(more.autoIncrement));
                }
            } else {
                throw cursor.error();
            }
            anyClause = true;
        }
        SequenceOptions options = new SequenceOptions(null, null, null, null, null, null, false, null, null,
                engine, comment);
        return new Statement.AlterTable(name, ifExists, renameTo, options, List.copyOf(actions));
    }

    private Statement.AlterAction addClause() {
        if (definitions.atConstraint()) {
            boolean ifNotExists = false;
            List<Statement.KeyDefinition> keys = new ArrayList<>();
            List<Statement.ForeignKeyDefinition> foreignKeys = new ArrayList<>();
            int mark = cursor.mark();
            // ADD {INDEX|KEY} IF NOT EXISTS name (...) is MariaDB's spelling
            if ((cursor.matchWord("INDEX") || cursor.matchWord("KEY")) && cursor.matchWords("IF", "NOT", "EXISTS")) {
                ifNotExists = true;
                keys.add(new Statement.KeyDefinition("INDEX", cursor.identifier(), definitions.columnList()));
            } else {
                cursor.reset(mark);
                definitions.constraint(keys, foreignKeys);
            }
            if (!foreignKeys.isEmpty()) {
                return new Statement.AddForeignKey(foreignKeys.get(0), ifNotExists);
            }
            if (keys.isEmpty()) {
                return new Statement.AddCheck();
            }
            return new Statement.AddKey(keys.get(0), ifNotExists);
        }
        cursor.matchWord("COLUMN");
        boolean ifNotExists = cursor.matchWords("IF", "NOT", "EXISTS");
        Statement.ColumnDefinition column = definitions.column();
        if (!cursor.matchWord("FIRST") && cursor.matchWord("AFTER")) {
            cursor.identifier();
        }
        return new Statement.AddColumn(column, ifNotExists);
    }

    /** FIRST | AFTER column: read; seqdb keeps a changed column where it was (an added one goes last). */
    private void positionClause() {
        if (!cursor.matchWord("FIRST") && cursor.matchWord("AFTER")) {
            cursor.identifier();
        }
    }

    private Statement.AlterAction dropClause() {
        if (cursor.matchWord("COLUMN") || !cursor.checkWord("PRIMARY") && !cursor.checkWord("FOREIGN")
                && !cursor.checkWord("CONSTRAINT") && !cursor.checkWord("INDEX") && !cursor.checkWord("KEY")) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            return new Statement.DropColumn(cursor.identifier(), ifExists);
        }
        if (cursor.matchWords("PRIMARY", "KEY")) {
            return new Statement.DropKey("PRIMARY", false, false);
        }
        if (cursor.matchWords("FOREIGN", "KEY") || cursor.matchWord("CONSTRAINT")) {
            boolean ifExists = cursor.matchWords("IF", "EXISTS");
            return new Statement.DropKey(cursor.identifier(), true, ifExists);
        }
        if (!cursor.matchWord("INDEX")) {
            cursor.expectWord("KEY");
        }
        boolean ifExists = cursor.matchWords("IF", "EXISTS");
        return new Statement.DropKey(cursor.identifier(), false, ifExists);
    }

    /** CREATE [UNIQUE] INDEX [IF NOT EXISTS] name [USING x] ON table (columns) [options], after CREATE. */
    Statement createIndex(boolean unique) {
        cursor.expectWord("INDEX");
        boolean ifNotExists = cursor.matchWords("IF", "NOT", "EXISTS");
        String name = cursor.identifier();
        if (cursor.matchWord("USING")) {
            cursor.advance();
        }
        cursor.expectWord("ON");
        ObjectName table = expressions.objectName();
        List<String> columns = definitions.columnList();
        while (cursor.matchWord("USING") || cursor.matchWord("COMMENT") || cursor.matchWord("ALGORITHM")
                || cursor.matchWord("LOCK")) {
            cursor.matchSymbol("=");
            cursor.advance();
        }
        return new Statement.CreateIndex(name, table, unique, ifNotExists, columns);
    }

    /** DROP INDEX [IF EXISTS] name ON table, after DROP. */
    Statement dropIndex() {
        cursor.expectWord("INDEX");
        boolean ifExists = cursor.matchWords("IF", "EXISTS");
        String name = cursor.identifier();
        cursor.expectWord("ON");
        return new Statement.DropIndex(name, expressions.objectName(), ifExists);
    }

    /** TRUNCATE [TABLE] name. */
    Statement truncate() {
        cursor.expectWord("TRUNCATE");
        cursor.matchWord("TABLE");
        return new Statement.Truncate(expressions.objectName());
    }

    Statement insert() {
        return new DmlParser(cursor, expressions).insert();
    }

    Statement update() {
        return new DmlParser(cursor, expressions).update();
    }

    Statement delete() {
        return new DmlParser(cursor, expressions).delete();
    }
}
