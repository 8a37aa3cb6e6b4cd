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

    /**
     * SELECT [DISTINCT] items [FROM source] [WHERE ...] [GROUP BY ...] [HAVING ...] [ORDER BY ...]
     * [LIMIT [offset,] n | LIMIT n OFFSET m] [FOR UPDATE | LOCK IN SHARE MODE].
     */
    record Select(List<SelectItem> items, FromSource from, Expression where, List<OrderItem> orderBy,
                  Expression limit, Expression offset, boolean distinct, List<Expression> groupBy, Expression having,
                  boolean forUpdate) implements Statement {
        public Select(List<SelectItem> items, FromSource from, Expression where, List<OrderItem> orderBy,
                      Expression limit, Expression offset) {
            this(items, from, where, orderBy, limit, offset, false, List.of(), null, false);
        }

        /** True if the select list or HAVING uses COUNT/SUM/AVG/MIN/MAX, or there is a GROUP BY. */
        public boolean grouped() {
            if (!groupBy.isEmpty() || having != null) {
                return true;
            }
            // a loop, not a stream: this runs for every execution of every SELECT
            for (SelectItem item : items) {
                if (Aggregates.contains(item.expression())) {
                    return true;
                }
            }
            return false;
        }

        /** This select without its ORDER BY and LIMIT (which, after a union's last select, are the union's). */
        public Select withoutOrderAndLimit() {
            return new Select(items, from, where, List.of(), null, null, distinct, groupBy, having, forUpdate);
        }

        public boolean hasOrderOrLimit() {
            return !orderBy.isEmpty() || limit != null;
        }
    }

    /**
     * SELECT ... UNION [ALL | DISTINCT] SELECT ...: the parts in order; the rows of the first
     * {@code distinctThrough} parts are made distinct together (a DISTINCT union also removes the
     * duplicates of every ALL union to its left, as in MariaDB), those of later parts are appended as
     * they come. ORDER BY and LIMIT after the last part apply to the whole union.
     */
    record Union(List<Select> parts, int distinctThrough, List<OrderItem> orderBy, Expression limit,
                 Expression offset) implements Statement {
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

    /**
     * CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name (columns, keys) [options] [SEQUENCE=1].
     *
     * @param keys          PRIMARY KEY, UNIQUE and plain keys, from column attributes and table constraints,
     *                      in the order written
     * @param autoIncrement the AUTO_INCREMENT=n table option, or null
     */
    record CreateTable(ObjectName name, boolean orReplace, boolean temporary, boolean ifNotExists,
                       List<ColumnDefinition> columns, boolean hasKeys, boolean sequence,
                       SequenceOptions tableOptions, List<KeyDefinition> keys, List<ForeignKeyDefinition> foreignKeys,
                       Long autoIncrement) implements Statement {
        public CreateTable(ObjectName name, boolean orReplace, boolean temporary, boolean ifNotExists,
                           List<ColumnDefinition> columns, boolean hasKeys, boolean sequence,
                           SequenceOptions tableOptions) {
            this(name, orReplace, temporary, ifNotExists, columns, hasKeys, sequence, tableOptions, List.of(),
                    List.of(), null);
        }
    }

    /** A key of a table: {@code kind} is PRIMARY, UNIQUE or INDEX; {@code name} null when not given. */
    record KeyDefinition(String kind, String name, List<String> columns) {
    }

    /** [CONSTRAINT name] FOREIGN KEY [index] (columns) REFERENCES table (columns) [ON DELETE x] [ON UPDATE y]. */
    record ForeignKeyDefinition(String name, List<String> columns, ObjectName references, List<String> referencedColumns,
                                String onDelete, String onUpdate) {
    }

    /** CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (columns). */
    record CreateIndex(String name, ObjectName table, boolean unique, boolean ifNotExists, List<String> columns)
            implements Statement {
    }

    /** DROP INDEX [IF EXISTS] name ON table. */
    record DropIndex(String name, ObjectName table, boolean ifExists) implements Statement {
    }

    /** TRUNCATE [TABLE] name. */
    record Truncate(ObjectName table) implements Statement {
    }

    /**
     * START TRANSACTION / BEGIN (action BEGIN), COMMIT, ROLLBACK; {@code chain}: AND CHAIN;
     * {@code consistentSnapshot}: START TRANSACTION WITH CONSISTENT SNAPSHOT.
     */
    record TransactionControl(String action, boolean chain, boolean consistentSnapshot) implements Statement {
        public TransactionControl(String action, boolean chain) {
            this(action, chain, false);
        }
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

    /**
     * ALTER TABLE [IF EXISTS] name clause, ...: RENAME [TO|AS] new, ENGINE=x, COMMENT='y', and the
     * key and column changes in {@code actions}, in the order written.
     */
    record AlterTable(ObjectName name, boolean ifExists, ObjectName renameTo, SequenceOptions tableOptions,
                      List<AlterAction> actions) implements Statement {
        public AlterTable(ObjectName name, boolean ifExists, ObjectName renameTo, SequenceOptions tableOptions) {
            this(name, ifExists, renameTo, tableOptions, List.of());
        }
    }

    /** One key or column change of ALTER TABLE. */
    sealed interface AlterAction {
    }

    /** ADD [COLUMN] [IF NOT EXISTS] definition [FIRST | AFTER column]. */
    record AddColumn(ColumnDefinition column, boolean ifNotExists) implements AlterAction {
    }

    /** ADD [CONSTRAINT [name]] PRIMARY KEY / UNIQUE / INDEX (...). */
    record AddKey(KeyDefinition key, boolean ifNotExists) implements AlterAction {
    }

    /** ADD [CONSTRAINT [name]] FOREIGN KEY ... */
    record AddForeignKey(ForeignKeyDefinition foreignKey, boolean ifNotExists) implements AlterAction {
    }

    /** DROP {INDEX|KEY} [IF EXISTS] name, DROP PRIMARY KEY (name PRIMARY), DROP FOREIGN KEY / CONSTRAINT name. */
    record DropKey(String name, boolean foreignKey, boolean ifExists) implements AlterAction {
    }

    /** DROP [COLUMN] [IF EXISTS] name. */
    record DropColumn(String name, boolean ifExists) implements AlterAction {
    }

    /**
     * MODIFY [COLUMN] [IF EXISTS] definition (same name), CHANGE [COLUMN] [IF EXISTS] old definition,
     * and RENAME COLUMN old TO new ({@code column} null: only the name changes, to {@code newName}).
     */
    record ChangeColumn(String oldName, ColumnDefinition column, String newName, boolean ifExists)
            implements AlterAction {
    }

    /** ADD [CONSTRAINT [name]] CHECK (...): read, not kept (seqdb does not check CHECK constraints). */
    record AddCheck() implements AlterAction {
    }

    /** DISABLE KEYS / ENABLE KEYS (mariadb-dump writes them around a table's rows): InnoDB has nothing to do. */
    record EnableKeys(boolean enable) implements AlterAction {
    }

    /** AUTO_INCREMENT [=] n. */
    record SetAutoIncrement(long value) implements AlterAction {
    }

    /** DROP VIEW [IF EXISTS] names: seqdb has no views, so every name is an unknown view. */
    record DropView(boolean ifExists, List<ObjectName> names) implements Statement {
    }

    record DropTable(boolean temporary, boolean ifExists, List<ObjectName> names) implements Statement {
    }

    /**
     * INSERT [IGNORE] INTO name [(columns)] VALUES (...), (...) (also INSERT ... SET c = v, ...), and
     * REPLACE (replace: a row with the same key is deleted first); a value may be {@link Expression.DefaultValue};
     * INSERT ... SELECT has its rows from {@code query} (a SELECT or UNION, run before any row is written).
     * {@code onDuplicate} holds the assignments of ON DUPLICATE KEY UPDATE (null without it); in them
     * {@code VALUES(column)} is a {@link Expression.FunctionCall} named VALUES with the column as argument.
     */
    record Insert(ObjectName table, List<String> columns, List<List<Expression>> rows, boolean ignore,
                  boolean replace, Statement query, List<ColumnAssignment> onDuplicate) implements Statement {
        public Insert(ObjectName table, List<String> columns, List<List<Expression>> rows) {
            this(table, columns, rows, false, false, null, null);
        }

        public Insert(ObjectName table, List<String> columns, List<List<Expression>> rows, boolean ignore,
                      boolean replace) {
            this(table, columns, rows, ignore, replace, null, null);
        }
    }

    /** UPDATE name [[AS] alias] SET column = value, ... [WHERE ...] [ORDER BY ...] [LIMIT n]. */
    record Update(ObjectName table, String alias, List<ColumnAssignment> assignments, Expression where,
                  List<OrderItem> orderBy, Expression limit) implements Statement {
        public Update(ObjectName table) {
            this(table, null, List.of(), null, List.of(), null);
        }
    }

    /** {@code [qualifier.]column = value} in UPDATE's SET. */
    record ColumnAssignment(String qualifier, String column, Expression value) {
    }

    /**
     * DELETE FROM name [[AS] alias] ... and DELETE target FROM name alias ...: [WHERE] [ORDER BY] [LIMIT];
     * {@code target} is the name before FROM in the second form (it must name the table), else null.
     */
    record Delete(ObjectName table, String alias, String target, Expression where, List<OrderItem> orderBy,
                  Expression limit) implements Statement {
        public Delete(ObjectName table) {
            this(table, null, null, null, List.of(), null);
        }
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

    /**
     * SHOW [FULL] COLUMNS / FIELDS FROM t [FROM db] [LIKE 'p' | WHERE expr], and DESCRIBE / DESC /
     * EXPLAIN t [column or 'pattern'] (whose pattern is {@code like}).
     */
    record ShowColumns(boolean full, ObjectName table, String like, Expression where) implements Statement {
    }

    /**
     * SELECT items INTO @a, ... [FROM ...] (or with INTO after the rest, {@code atEnd}, which MariaDB
     * 10.11 warns is deprecated): the one row's values go to the user variables.
     */
    record SelectInto(Select query, List<String> variables, boolean atEnd) implements Statement {
    }

    /** ANALYZE / CHECK / OPTIMIZE / REPAIR [NO_WRITE_TO_BINLOG | LOCAL] TABLE t, ... [options]: {@code operation} lower-case. */
    record TableMaintenance(String operation, List<ObjectName> tables) implements Statement {
    }

    /** PREPARE name FROM 'text' | @variable. */
    record Prepare(String name, Expression text) implements Statement {
    }

    /** EXECUTE name [USING value, ...]: the values bind the statement's ? markers in order. */
    record Execute(String name, List<Expression> using) implements Statement {
    }

    /** DEALLOCATE PREPARE name / DROP PREPARE name. */
    record Deallocate(String name) implements Statement {
    }

    /** SHOW INDEX / INDEXES / KEYS FROM t [FROM db] [WHERE expr]. */
    record ShowIndex(ObjectName table, Expression where) implements Statement {
    }

    record ShowCreate(boolean sequence, ObjectName name) implements Statement {
    }

    record ShowVariables(String like) implements Statement {
    }

    /** SHOW [SESSION] STATUS [LIKE 'x']: the session's row access counters (Handler_read_*). */
    record ShowStatus(String like) implements Statement {
    }

    /** SET [GLOBAL|SESSION] var = expr, ...; SET NAMES x; SET @user = expr. */
    record SetVariables(List<Assignment> assignments) implements Statement {
    }

    /**
     * SET [GLOBAL | SESSION] TRANSACTION ISOLATION LEVEL x, READ ONLY | READ WRITE: {@code scope} is
     * GLOBAL, SESSION, or null for the next transaction only; {@code isolation} is the level as
     * tx_isolation names it (READ-COMMITTED, ...) or null; {@code readOnly} null when not given.
     */
    record SetTransaction(String scope, String isolation, Boolean readOnly) implements Statement {
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

    /**
     * FROM: a table or sequence, or one of MariaDB's seq_1_to_N virtual tables, and the tables
     * joined to it in the order written; or a derived table ({@code derived}, with no name).
     */
    record FromSource(ObjectName name, String alias, boolean dual, List<Join> joins, Statement derived) {
        public FromSource(ObjectName name, String alias, boolean dual) {
            this(name, alias, dual, List.of(), null);
        }

        public FromSource(ObjectName name, String alias, boolean dual, List<Join> joins) {
            this(name, alias, dual, joins, null);
        }

        /** {@code FROM (SELECT ...) alias}: a derived table, the rows of its query. */
        public static FromSource derived(Statement query, String alias) {
            return new FromSource(null, alias, false, List.of(), query);
        }
    }

    /**
     * [INNER | CROSS] JOIN, LEFT [OUTER] JOIN (kind LEFT) and RIGHT [OUTER] JOIN (kind RIGHT) of a
     * table, or a comma in the FROM list (kind INNER, no condition); {@code on} is null when none.
     */
    record Join(String kind, ObjectName table, String alias, Expression on) {
    }

    /**
     * A column in CREATE TABLE: its name, its type as written (lower case, with its parenthesised
     * numbers), and its attributes.
     *
     * @param key         any key attribute (PRIMARY KEY, UNIQUE, KEY)
     * @param nullWritten NULL was written (TIMESTAMP columns print it)
     */
    record ColumnDefinition(String name, String type, boolean unsigned, boolean notNull,
                            Expression defaultValue, boolean key, boolean nullWritten, boolean autoIncrement,
                            boolean primaryKey, boolean unique, String comment, Expression onUpdate) {
        public ColumnDefinition(String name, String type, boolean unsigned, boolean notNull,
                                Expression defaultValue, boolean key) {
            this(name, type, unsigned, notNull, defaultValue, key, false, false, false, false, null, null);
        }
    }

    /** {@code scope} is GLOBAL, SESSION or USER (for @x). */
    record Assignment(String scope, String name, Expression value) {
    }
}
