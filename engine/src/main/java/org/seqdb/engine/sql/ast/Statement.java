package org.seqdb.engine.sql.ast;

import java.util.List;

/**
 * Every statement the parser can produce: immutable records, built by the parser and run
 * by the session. Nothing here touches the catalog or the store.
 */
public sealed interface Statement {

    record CreateSequence(ObjectName name, boolean orReplace, boolean temporary, boolean ifNotExists,
                          SequenceOptions options) implements Statement {
    }

    record AlterSequence(ObjectName name, boolean ifExists, SequenceOptions options) implements Statement {
    }

    record DropSequence(boolean temporary, boolean ifExists, List<ObjectName> names) implements Statement {
    }

    /** SELECT items [FROM source] [WHERE ...] [ORDER BY ...] [LIMIT [offset,] n | LIMIT n OFFSET m]. */
    record Select(List<SelectItem> items, FromSource from, Expression where, List<OrderItem> orderBy,
                  Expression limit, Expression offset) implements Statement {
    }

    /** ORDER BY entry: an expression, a select-list alias, or a 1-based select-list position. */
    record OrderItem(Expression expression, boolean descending) {
    }

    /** DO expr, expr, ...: evaluate for their effects, return nothing. */
    record Do(List<Expression> expressions) implements Statement {
    }

    record CreateDatabase(String name, boolean ifNotExists, boolean orReplace) implements Statement {
    }

    record DropDatabase(String name, boolean ifExists) implements Statement {
    }

    record Use(String database) implements Statement {
    }

    /** FLUSH TABLES [name, ...]: with no names, every sequence. */
    record FlushTables(List<ObjectName> names) implements Statement {
    }

    /** CREATE TABLE name (columns) [SEQUENCE=1]: tables exist so far as sequences need them. */
    record CreateTable(ObjectName name, boolean orReplace, boolean temporary, boolean ifNotExists,
                       List<ColumnDefinition> columns, boolean hasKeys, boolean sequence,
                       SequenceOptions tableOptions) implements Statement {
    }

    /** CREATE [OR REPLACE] TABLE [IF NOT EXISTS] name LIKE source. */
    record CreateTableLike(ObjectName name, ObjectName source, boolean orReplace, boolean ifNotExists)
            implements Statement {
    }

    /** RENAME TABLE a TO b [, c TO d ...]: all or nothing. */
    record RenameTables(List<Rename> renames) implements Statement {
    }

    record Rename(ObjectName from, ObjectName to) {
    }

    /** ALTER TABLE [IF EXISTS] name [RENAME [TO|AS] new] [ENGINE=x] [COMMENT='y'], clauses in any order. */
    record AlterTable(ObjectName name, boolean ifExists, ObjectName renameTo, SequenceOptions tableOptions)
            implements Statement {
    }

    /** DROP VIEW [IF EXISTS] names: seqdb has no views, so every name is an unknown view. */
    record DropView(boolean ifExists, List<ObjectName> names) implements Statement {
    }

    record DropTable(boolean temporary, boolean ifExists, List<ObjectName> names) implements Statement {
    }

    /** INSERT INTO name [(columns)] VALUES (...), (...). */
    record Insert(ObjectName table, List<String> columns, List<List<Expression>> rows) implements Statement {
    }

    record Update(ObjectName table) implements Statement {
    }

    record Delete(ObjectName table) implements Statement {
    }

    /**
     * SHOW WARNINGS / ERRORS [LIMIT [offset,] count], SHOW COUNT(*) WARNINGS / ERRORS.
     *
     * @param limit  how many rows at most, or -1 for all
     * @param offset how many rows to skip first
     */
    record ShowWarnings(boolean errorsOnly, boolean count, long limit, long offset) implements Statement {
        public ShowWarnings(boolean errorsOnly, boolean count) {
            this(errorsOnly, count, -1, 0);
        }
    }

    record ShowDatabases(String like) implements Statement {
    }

    record ShowTables(boolean full, String database, String like, Expression where) implements Statement {
    }

    record ShowCreate(boolean sequence, ObjectName name) implements Statement {
    }

    record ShowVariables(String like) implements Statement {
    }

    /** SET [GLOBAL|SESSION] var = expr, ...; SET NAMES x; SET @user = expr. */
    record SetVariables(List<Assignment> assignments) implements Statement {
    }

    /** Statements clients send that have nothing to do here (LOCK TABLES, BEGIN, COMMIT, ...). */
    record Accepted(String what) implements Statement {
    }

    /** A statement that holds nothing but comments or white space. */
    record Empty() implements Statement {
    }

    /** One select-list entry: an expression and the label a client sees. */
    record SelectItem(Expression expression, String label) {
    }

    /** FROM: a table or sequence, or one of MariaDB's seq_1_to_N virtual tables. */
    record FromSource(ObjectName name, String alias, boolean dual) {
    }

    /** A column in CREATE TABLE: its name, its type as written, and whether it may be null. */
    record ColumnDefinition(String name, String type, boolean unsigned, boolean notNull,
                            Expression defaultValue, boolean key) {
    }

    /** {@code scope} is GLOBAL, SESSION or USER (for @x). */
    record Assignment(String scope, String name, Expression value) {
    }
}
