package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.catalog.SchemaObject;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;
import org.seqdb.engine.store.StoredTable;
import org.seqdb.engine.table.Coercion;
import org.seqdb.engine.table.ColumnContext;
import org.seqdb.engine.table.ColumnType;
import org.seqdb.engine.table.DeclaredType;

/**
 * Turns CREATE TABLE and ALTER TABLE definitions into the stored definition, with MariaDB's
 * checks (1060 duplicate column, 1068 two primary keys, 1072 key column missing, 1075 auto
 * column, 1067 invalid default, 1061 duplicate key name, 1005 foreign key to nothing) and its
 * names for keys without one (the first column's name, then _2, _3; foreign keys
 * {@code <table>_ibfk_<n>}, each with an index of its own unless a key starts with its columns).
 */
final class TableDefinitions {
    private final SessionState state;
    private final Resolver resolver;

    TableDefinitions(SessionState state, Resolver resolver) {
        this.state = state;
        this.resolver = resolver;
    }

    /** The definition CREATE TABLE describes, not yet given an id. */
    StoredTable create(Statement.CreateTable create, String database) {
        String table = create.name().name();
        List<String> primaryColumns = new ArrayList<>();
        boolean primarySeen = false;
        for (Statement.KeyDefinition key : create.keys()) {
            if (key.kind().equals("PRIMARY")) {
                if (primarySeen) {
                    throw new SeqDbException(ErrorCode.ER_MULTIPLE_PRI_KEY);
                }
                primarySeen = true;
                primaryColumns.addAll(key.columns());
            }
        }
        List<StoredTable.StoredColumn> columns = new ArrayList<>();
        for (Statement.ColumnDefinition definition : create.columns()) {
            for (StoredTable.StoredColumn earlier : columns) {
                if (earlier.name().equalsIgnoreCase(definition.name())) {
                    throw new SeqDbException(ErrorCode.ER_DUP_FIELDNAME, definition.name());
                }
            }
            boolean inPrimary = primaryColumns.stream().anyMatch(c -> c.equalsIgnoreCase(definition.name()));
            columns.add(column(definition, database, table, inPrimary));
        }
        List<StoredTable.StoredKey> keys = new ArrayList<>();
        for (Statement.KeyDefinition key : create.keys()) {
            keys = withKey(keys, key, columns);
        }
        List<StoredTable.StoredForeignKey> foreignKeys = new ArrayList<>();
        for (Statement.ForeignKeyDefinition foreignKey : create.foreignKeys()) {
            StoredTable.StoredForeignKey stored = foreignKey(foreignKey, database, table, columns, keys, foreignKeys);
            foreignKeys.add(stored);
            keys = withForeignKeyIndex(keys, stored, foreignKey.name());
        }
        checkAutoIncrement(columns, keys);
        long start = create.autoIncrement() == null ? 1 : Math.max(1, create.autoIncrement());
        return new StoredTable(database, table, List.copyOf(columns), create.tableOptions().engine(),
                create.tableOptions().comment(), 0, List.copyOf(keys), List.copyOf(foreignKeys), start);
    }

    /** One column: its canonical type, nullability (primary key columns are NOT NULL) and printed default. */
    StoredTable.StoredColumn column(Statement.ColumnDefinition definition, String database, String table,
                                    boolean inPrimaryKey) {
        String typeText = DeclaredType.canonical(definition.type(), definition.unsigned());
        ColumnType type = ColumnType.parse(typeText);
        org.seqdb.engine.table.ColumnTypeLimits.check(type, definition.name());
        boolean nullable = !definition.notNull() && !inPrimaryKey && !definition.primaryKey()
                && !definition.autoIncrement();
        if (definition.autoIncrement() && type.family() != ColumnType.Family.INTEGER
                && type.family() != ColumnType.Family.FLOAT && type.family() != ColumnType.Family.DOUBLE) {
            throw new SeqDbException(ErrorCode.ER_WRONG_AUTO_KEY);
        }
        String defaultSql = defaultSql(definition.defaultValue(), type, definition.name(), nullable, database, table);
        String onUpdate = definition.onUpdate() == null ? null
                : expressionDefault(definition.onUpdate(), database);
        return new StoredTable.StoredColumn(definition.name(), typeText, nullable, defaultSql,
                definition.autoIncrement(), definition.comment(), onUpdate, definition.nullWritten());
    }

    /**
     * The default as MariaDB prints it: a constant made fit for the column ({@code 1.00}, {@code 'x'},
     * {@code '2024-01-01 00:00:00'}, {@code b'1'}), or an expression ({@code nextval(`db`.`s`)},
     * {@code current_timestamp()}, {@code (1 + 2)}); null for none (DEFAULT NULL is none).
     */
    private String defaultSql(Expression value, ColumnType type, String column, boolean nullable, String database,
                              String table) {
        if (value == null) {
            return null;
        }
        if (value instanceof Expression.Literal literal) {
            if (literal.value() == null) {
                if (!nullable) {
                    throw new SeqDbException(ErrorCode.ER_INVALID_DEFAULT, column);
                }
                return null;
            }
            Object fitted;
            try {
                fitted = Coercion.toColumn(literal.value(), type,
                        new ColumnContext(database, table, column, 1, n -> {
                        }));
            } catch (SeqDbException e) {
                throw new SeqDbException(ErrorCode.ER_INVALID_DEFAULT, column);
            }
            return constantText(fitted, type);
        }
        if (value instanceof Expression.Unary unary && unary.operator().equals("-")
                && unary.operand() instanceof Expression.Literal literal && literal.value() instanceof Number) {
            return defaultSql(new Expression.Literal(Arithmetic.negate(literal.value(), ignored -> {
            })), type, column, nullable,
                    database, table);
        }
        return expressionDefault(value, database);
    }

    /** A constant value as SHOW CREATE TABLE writes it. */
    static String constantText(Object value, ColumnType type) {
        return switch (type.family()) {
            case INTEGER, DECIMAL, DOUBLE -> ValueText.of(value);
            case FLOAT -> ValueText.ofFloat((float) (double) (Double) value);
            case BIT -> "b'" + Long.toBinaryString((Long) value) + "'";
            case DATETIME -> quote(ValueText.ofDateTime((java.time.LocalDateTime) value, type.fractionDigits()));
            case TIME -> quote(ValueText.ofTime((java.time.Duration) value, type.fractionDigits()));
            default -> quote(ValueText.of(value));
        };
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** An expression default, printed as MariaDB stores it; sequence names get their database. */
    private String expressionDefault(Expression value, String database) {
        if (value instanceof Expression.NextValue next) {
            return "nextval(" + qualified(next.sequence(), database) + ")";
        }
        if (value instanceof Expression.PreviousValue previous) {
            return "lastval(" + qualified(previous.sequence(), database) + ")";
        }
        if (value instanceof Expression.FunctionCall call && call.name().equals("CURRENT_TIMESTAMP")) {
            String digits = call.arguments().isEmpty() ? ""
                    : ExpressionPrinter.print(call.arguments().get(0), resolver, Row.NONE);
            return "current_timestamp(" + digits + ")";
        }
        return "(" + ExpressionPrinter.print(value, resolver, Row.NONE) + ")";
    }

    private static String qualified(ObjectName name, String database) {
        return CreateStatements.quote(name.database() != null ? name.database() : database) + "."
                + CreateStatements.quote(name.name());
    }

    /** {@code keys} with one more, named and checked as MariaDB does. */
    List<StoredTable.StoredKey> withKey(List<StoredTable.StoredKey> keys, Statement.KeyDefinition key,
                                        List<StoredTable.StoredColumn> columns) {
        List<String> keyColumns = new ArrayList<>();
        for (String name : key.columns()) {
            StoredTable.StoredColumn column = find(columns, name);
            if (column == null) {
                throw new SeqDbException(ErrorCode.ER_KEY_COLUMN_DOES_NOT_EXIST, name);
            }
            keyColumns.add(column.name());
        }
        List<StoredTable.StoredKey> result = new ArrayList<>(keys);
        if (key.kind().equals("PRIMARY")) {
            if (keys.stream().anyMatch(StoredTable.StoredKey::primary)) {
                throw new SeqDbException(ErrorCode.ER_MULTIPLE_PRI_KEY);
            }
            if (key.name() != null && !key.name().equalsIgnoreCase("PRIMARY")) {
                state.addNotice(Notice.warning(ErrorCode.ER_WARN_NAME_IGNORED, key.name()));
            }
            result.add(0, new StoredTable.StoredKey("PRIMARY", "PRIMARY", List.copyOf(keyColumns)));
            return result;
        }
        String name = key.name();
        if (name != null && keyNamed(keys, name)) {
            throw new SeqDbException(ErrorCode.ER_DUP_KEYNAME, name);
        }
        if (name == null) {
            name = freeName(keys, keyColumns.get(0));
        }
        StoredTable.StoredKey added = new StoredTable.StoredKey(key.kind(), name, List.copyOf(keyColumns));
        // MariaDB lists the primary key, then unique keys, then the others, each group in the order written
        int at = result.size();
        if (added.unique()) {
            at = 0;
            while (at < result.size() && result.get(at).unique()) {
                at++;
            }
        }
        result.add(at, added);
        return result;
    }

    private static boolean keyNamed(List<StoredTable.StoredKey> keys, String name) {
        return keys.stream().anyMatch(k -> k.name().equalsIgnoreCase(name));
    }

    private static String freeName(List<StoredTable.StoredKey> keys, String base) {
        if (!keyNamed(keys, base) && !base.equalsIgnoreCase("PRIMARY")) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!keyNamed(keys, base + "_" + n)) {
                return base + "_" + n;
            }
        }
    }

    /**
     * A foreign key checked as InnoDB checks it (1005, errno 150, "incorrectly formed"): the
     * referenced table must exist (unless foreign_key_checks is off), the referenced columns must
     * exist, start one of its keys in order and have the child columns' types, and SET NULL needs
     * child columns that may be NULL. RESTRICT and SET DEFAULT are InnoDB's default (kept as none).
     *
     * @param keys the keys of the table being defined (a foreign key may refer to its own table)
     */
    StoredTable.StoredForeignKey foreignKey(Statement.ForeignKeyDefinition definition, String database,
                                            String table, List<StoredTable.StoredColumn> columns,
                                            List<StoredTable.StoredKey> keys,
                                            List<StoredTable.StoredForeignKey> existing) {
        List<StoredTable.StoredColumn> childColumns = new ArrayList<>();
        for (String name : definition.columns()) {
            StoredTable.StoredColumn column = find(columns, name);
            if (column == null) {
                throw new SeqDbException(ErrorCode.ER_KEY_COLUMN_DOES_NOT_EXIST, name);
            }
            childColumns.add(column);
        }
        String onDelete = action(definition.onDelete());
        String onUpdate = action(definition.onUpdate());
        boolean setsNull = "SET NULL".equals(onDelete) || "SET NULL".equals(onUpdate);
        if (setsNull && childColumns.stream().anyMatch(c -> !c.nullable())) {
            throw new SeqDbException(ErrorCode.ER_CANT_CREATE_TABLE, database, table);
        }
        ObjectName target = definition.references();
        String referencedDatabase = target.database() != null ? target.database() : database;
        List<StoredTable.StoredColumn> referencedColumns;
        List<StoredTable.StoredKey> referencedKeys;
        if (referencedDatabase.equals(database) && target.name().equals(table)) {
            referencedColumns = columns;
            referencedKeys = keys;
        } else {
            SchemaObject referenced = state.database.catalog().find(referencedDatabase, target.name());
            if (!(referenced instanceof TableHandle parent)) {
                if (foreignKeyChecks()) {
                    throw new SeqDbException(ErrorCode.ER_CANT_CREATE_TABLE, database, table);
                }
                // foreign_key_checks = 0 (a dump being restored): the parent may come later
                referencedColumns = null;
                referencedKeys = null;
            } else {
                referencedColumns = parent.definition().columns();
                referencedKeys = parent.definition().keys();
            }
        }
        List<String> parentColumns = new ArrayList<>();
        for (int i = 0; i < definition.referencedColumns().size(); i++) {
            String name = definition.referencedColumns().get(i);
            if (referencedColumns == null) {
                parentColumns.add(name);
                continue;
            }
            StoredTable.StoredColumn column = find(referencedColumns, name);
            if (column == null || i < childColumns.size() && !compatible(childColumns.get(i), column)) {
                throw new SeqDbException(ErrorCode.ER_CANT_CREATE_TABLE, database, table);
            }
            parentColumns.add(column.name());
        }
        if (parentColumns.size() != childColumns.size()
                || referencedKeys != null && referencedKeys.stream().noneMatch(k -> startsWith(k.columns(), parentColumns))) {
            throw new SeqDbException(ErrorCode.ER_CANT_CREATE_TABLE, database, table);
        }
        String name = definition.name();
        if (name == null) {
            int n = existing.size() + 1;
            while (true) {
                String candidate = table + "_ibfk_" + n;
                if (existing.stream().noneMatch(f -> f.name().equalsIgnoreCase(candidate))) {
                    name = candidate;
                    break;
                }
                n++;
            }
        } else {
            String given = name;
            if (existing.stream().anyMatch(f -> f.name().equalsIgnoreCase(given))) {
                throw new SeqDbException(ErrorCode.ER_CANT_CREATE_TABLE, database, table);
            }
        }
        return new StoredTable.StoredForeignKey(name, childColumns.stream().map(StoredTable.StoredColumn::name)
                .toList(), referencedDatabase, target.name(), List.copyOf(parentColumns), onDelete, onUpdate);
    }

    /** RESTRICT and SET DEFAULT behave as InnoDB's default and are not shown, as MariaDB does not show them. */
    private static String action(String written) {
        return written == null || written.equals("RESTRICT") || written.equals("SET DEFAULT") ? null : written;
    }

    private boolean foreignKeyChecks() {
        Object value = state.variables.get(null, "foreign_key_checks");
        return !(value instanceof Long l) || l != 0;
    }

    /** Whether a child column may refer to a parent column: the same kind of integer, decimal, date; text to text. */
    private static boolean compatible(StoredTable.StoredColumn child, StoredTable.StoredColumn parent) {
        ColumnType a = ColumnType.parse(child.type());
        ColumnType b = ColumnType.parse(parent.type());
        if (a.family() != b.family()) {
            return false;
        }
        return switch (a.family()) {
            case INTEGER -> a.base().equals(b.base()) && a.unsigned() == b.unsigned();
            case DECIMAL -> a.precision() == b.precision() && a.scale() == b.scale();
            case TEXT, BINARY -> true;
            default -> a.base().equals(b.base());
        };
    }

    /** A foreign key needs an index starting with its columns: one is added (named like it) if no key has them. */
    List<StoredTable.StoredKey> withForeignKeyIndex(List<StoredTable.StoredKey> keys,
                                                    StoredTable.StoredForeignKey foreignKey, String givenName) {
        for (StoredTable.StoredKey key : keys) {
            if (startsWith(key.columns(), foreignKey.columns())) {
                return keys;
            }
        }
        String name = givenName != null ? givenName : foreignKey.columns().get(0);
        return withKey(keys, new Statement.KeyDefinition("INDEX", keyNamed(keys, name) ? null : name,
                foreignKey.columns()), columnsOf(foreignKey));
    }

    private static List<StoredTable.StoredColumn> columnsOf(StoredTable.StoredForeignKey foreignKey) {
        List<StoredTable.StoredColumn> columns = new ArrayList<>();
        for (String name : foreignKey.columns()) {
            columns.add(new StoredTable.StoredColumn(name, "int(11)", true));
        }
        return columns;
    }

    private static boolean startsWith(List<String> keyColumns, List<String> prefix) {
        if (keyColumns.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!keyColumns.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** At most one AUTO_INCREMENT column, and it must start a key (1075). */
    static void checkAutoIncrement(List<StoredTable.StoredColumn> columns, List<StoredTable.StoredKey> keys) {
        StoredTable.StoredColumn auto = null;
        for (StoredTable.StoredColumn column : columns) {
            if (column.autoIncrement()) {
                if (auto != null) {
                    throw new SeqDbException(ErrorCode.ER_WRONG_AUTO_KEY);
                }
                auto = column;
            }
        }
        if (auto == null) {
            return;
        }
        String name = auto.name();
        if (keys.stream().noneMatch(k -> k.columns().get(0).equalsIgnoreCase(name))) {
            throw new SeqDbException(ErrorCode.ER_WRONG_AUTO_KEY);
        }
    }

    static StoredTable.StoredColumn find(List<StoredTable.StoredColumn> columns, String name) {
        for (StoredTable.StoredColumn column : columns) {
            if (column.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return column;
            }
        }
        return null;
    }
}
