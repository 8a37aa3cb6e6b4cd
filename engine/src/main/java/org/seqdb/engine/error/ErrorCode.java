package org.seqdb.engine.error;

/**
 * Every error and note the engine can raise, named and numbered as MariaDB names and numbers
 * them (sql/share/errmsg-utf8.txt), with the SQLSTATE MariaDB sends and its message template.
 * This enum is the only place an error's facts live: the engine throws {@link SeqDbException}
 * carrying one of these, and the driver turns the SQLSTATE class into the JDBC subclass.
 */
public enum ErrorCode {
    /** CREATE DATABASE of an existing database. */
    ER_DB_CREATE_EXISTS(1007, "HY000", "Can't create database '%s'; database exists"),
    /** DROP DATABASE of a missing database. */
    ER_DB_DROP_EXISTS(1008, "HY000", "Can't drop database '%s'; database doesn't exist"),
    /** A name that needs a current database when none is selected. */
    ER_NO_DB_ERROR(1046, "3D000", "No database selected"),
    /** USE of a missing database. */
    ER_BAD_DB_ERROR(1049, "42000", "Unknown database '%s'"),
    /** A column name that the FROM clause does not have. */
    ER_BAD_FIELD_ERROR(1054, "42S22", "Unknown column '%s' in '%s'"),
    /** CREATE of a table or sequence whose name is taken; a note with IF NOT EXISTS. */
    ER_TABLE_EXISTS_ERROR(1050, "42S01", "Table '%s' already exists"),
    /** DROP TABLE of a missing table; a note with IF EXISTS. */
    ER_BAD_TABLE_ERROR(1051, "42S02", "Unknown table '%s'"),
    /** A column named twice in CREATE TABLE. */
    ER_DUP_FIELDNAME(1060, "42S21", "Duplicate column name '%s'"),
    /** Anything the parser cannot read: "... near '<rest of statement>' at line N". */
    ER_PARSE_ERROR(1064, "42000", "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near '%s' at line %d"),
    /** The same table named twice in one statement's table list (DROP SEQUENCE d, d), or in one FROM clause. */
    ER_NONUNIQ_TABLE(1066, "42000", "Not unique table/alias: '%s'"),
    /** An empty statement. */
    ER_EMPTY_QUERY(1065, "42000", "Query was empty"),
    /** INSERT with as many values as columns it does not have. */
    ER_BAD_NULL_ERROR(1048, "23000", "Column '%s' cannot be null"),
    /** A value that does not fit its column (INSERT into a sequence). */
    ER_WARN_DATA_OUT_OF_RANGE(1264, "22003", "Out of range value for column '%s' at row %d"),
    ER_WRONG_VALUE_COUNT_ON_ROW(1136, "21S01", "Column count doesn't match value count at row %d"),
    /** A table information_schema does not have. */
    ER_UNKNOWN_TABLE_IN(1109, "42S02", "Unknown table '%s' in %s"),
    /** A table or sequence that does not exist. */
    ER_NO_SUCH_TABLE(1146, "42S02", "Table '%s.%s' doesn't exist"),
    /** A function the engine does not know. */
    ER_SP_DOES_NOT_EXIST(1305, "42000", "%s %s does not exist"),
    /** A function called with the wrong number of arguments. */
    ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT(1582, "42000", "Incorrect parameter count in the call to native function '%s'"),
    /** FORMAT with a locale seqdb does not know (a warning). */
    ER_UNKNOWN_LOCALE(1649, "HY000", "Unknown locale: '%s'"),
    /** A native function given an argument it cannot take (SHA2's length), a warning. */
    ER_WRONG_PARAMETERS_TO_NATIVE_FCT(1583, "42000", "Incorrect parameters in the call to native function '%s'"),
    /** CREATE OR REPLACE ... IF NOT EXISTS. */
    ER_WRONG_USAGE(1221, "HY000", "Incorrect usage of %s and %s"),
    /** A UNION whose selects have different numbers of columns. */
    ER_WRONG_NUMBER_OF_COLUMNS_IN_SELECT(1222, "21000", "The used SELECT statements have a different number of columns"),
    /** An option given twice in CREATE/ALTER SEQUENCE. */
    /** A literal its type cannot hold (a double beyond 1.8e308). */
    ER_ILLEGAL_VALUE_FOR_TYPE(1367, "22007", "Illegal %s '%s' value found during parsing"),
    /** SELECT ... INTO of a query with more than one row. */
    ER_TOO_MANY_ROWS(1172, "42000", "Result consisted of more than one row"),
    /** SELECT ... INTO a name that is no user variable (outside stored programs, none is declared). */
    ER_SP_UNDECLARED_VAR(1327, "42000", "Undeclared variable: %s"),
    /** SELECT ... INTO of a query with no row (a warning). */
    ER_SP_FETCH_NO_DATA(1329, "02000", "No data - zero rows fetched, selected, or processed"),
    /** A syntax MariaDB still reads but will remove (a warning). */
    ER_WARN_DEPRECATED_SYNTAX_NO_REPLACEMENT(1287, "HY000", "%s"),
    ER_DUP_ARGUMENT(1225, "HY000", "Option '%s' used twice in statement"),
    /** SET of a variable the engine does not know. */
    ER_UNKNOWN_SYSTEM_VARIABLE(1193, "HY000", "Unknown system variable '%s'"),
    /** A value a variable cannot take. */
    ER_WRONG_VALUE_FOR_VAR(1231, "42000", "Variable '%s' can't be set to the value of '%s'"),
    /** A value the statement cannot use where it was given. */
    ER_WRONG_ARGUMENTS(1210, "HY000", "Incorrect arguments to %s"),
    /** EXECUTE or DEALLOCATE PREPARE of a name no PREPARE gave. */
    ER_UNKNOWN_STMT_HANDLER(1243, "HY000", "Unknown prepared statement handler (%s) given to %s"),
    /** Arithmetic that leaves the 64-bit range. */
    ER_DATA_OUT_OF_RANGE(1690, "22003", "%s value is out of range in '%s'"),
    /** A note: a value was clamped into the range of its type. */
    ER_TRUNCATED_WRONG_VALUE(1292, "22007", "Truncated incorrect %s value: '%s'"),
    /**
     * A function's argument that is no date or time: its value is NULL. The last part names the
     * column the argument is ({@code  for column `db`.`t`.`c` at row 2}), or is empty.
     */
    ER_WRONG_TEMPORAL_VALUE(1292, "22007", "Incorrect %s value: '%s'%s"),
    /** A number too big for the integer type CAST converts it to: the end of the range is used. */
    ER_DATA_OVERFLOW(1916, "22003", "Got overflow when converting '%s' to %s. Value truncated"),
    /** A condition MariaDB raises with a text of its own (ER_UNKNOWN_ERROR). */
    ER_UNKNOWN_ERROR(1105, "HY000", "%s"),
    /** UPDATE or DELETE on a sequence. */
    ER_ILLEGAL_HA(1031, "HY000", "Storage engine %s of the table `%s`.`%s` doesn't have this option"),
    /** ENGINE= naming an engine MariaDB does not have. */
    ER_UNKNOWN_STORAGE_ENGINE(1286, "42000", "Unknown storage engine '%s'"),
    /** A warning of DROP VIEW: the name is a table or sequence, not a view. */
    ER_WRONG_OBJECT(1347, "HY000", "'%s.%s' is not of type '%s'"),
    /** A warning: division (or DIV, MOD) by zero gave NULL. */
    ER_DIVISION_BY_ZERO(1365, "22012", "Division by 0"),
    /** ENGINE= naming an engine that cannot hold a sequence. */
    ER_ILLEGAL_HA_CREATE_OPTION(1478, "HY000", "Table storage engine '%s' does not support the create option '%s'"),
    /** A name = value table option the engine does not define. */
    ER_UNKNOWN_OPTION(1911, "HY000", "Unknown option '%s'"),
    /** What the engine can parse but does not do. */
    ER_NOT_SUPPORTED_YET(1235, "42000", "This version of MariaDB doesn't yet support '%s'"),
    ER_DATETIME_FUNCTION_OVERFLOW(1441, "22008", "Datetime function: %s field overflow"),
    /** A value handed out past the end of a NOCYCLE sequence. */
    ER_SEQUENCE_RUN_OUT(4084, "HY000", "Sequence '%s.%s' has run out"),
    /** CREATE/ALTER/INSERT that would leave a sequence with inconsistent options. */
    ER_SEQUENCE_INVALID_DATA(4085, "HY000", "Sequence '%s.%s' has out of range value for options"),
    /** CREATE TABLE ... SEQUENCE=1 with the wrong columns. */
    ER_SEQUENCE_INVALID_TABLE_STRUCTURE(4086, "HY000", "Sequence '%s.%s' table structure is invalid (%s)"),
    /** NEXTVAL/LASTVAL/SETVAL on something that is not a sequence. */
    ER_NOT_SEQUENCE(4089, "42S02", "'%s.%s' is not a SEQUENCE"),
    /** DROP SEQUENCE on something that is not a sequence. */
    ER_NOT_SEQUENCE2(4090, "42S02", "'%s.%s' is not a SEQUENCE"),
    /** DROP/ALTER SEQUENCE of a missing sequence; a note with IF EXISTS. */
    ER_UNKNOWN_SEQUENCES(4091, "42S02", "Unknown SEQUENCE: '%s'"),
    /** DROP VIEW of a name that is no view; a note with IF EXISTS. */
    ER_UNKNOWN_VIEW(4092, "42S02", "Unknown VIEW: '%s'"),
    // ---- tables: rows, keys, transactions ----------------------------------------------------
    /** INSERT or UPDATE that would give two rows the same PRIMARY KEY or UNIQUE key values. */
    ER_DUP_ENTRY(1062, "23000", "Duplicate entry '%s' for key '%s'"),
    /** INSERT that gives no value to a NOT NULL column without a default (strict mode). */
    ER_NO_DEFAULT_FOR_FIELD(1364, "HY000", "Field '%s' doesn't have a default value"),
    /** A text or binary value longer than its column allows (strict mode). */
    ER_DATA_TOO_LONG(1406, "22001", "Data too long for column '%s' at row %d"),
    /** A value that is not a number (or date) where the column wants one (strict mode). */
    ER_TRUNCATED_WRONG_VALUE_FOR_FIELD(1366, "22007", "Incorrect %s value: '%s' for column `%s`.`%s`.`%s` at row %d"),
    /** A date, time or datetime value that is not one (strict mode). */
    ER_TRUNCATED_WRONG_DATETIME(1292, "22007", "Incorrect %s value: '%s' for column `%s`.`%s`.`%s` at row %d"),
    /** A number with trailing garbage (an error in strict mode), or a decimal rounded to its column (a note). */
    WARN_DATA_TRUNCATED(1265, "01000", "Data truncated for column '%s' at row %d"),
    /** SET TRANSACTION (for the next transaction) while one is in progress. */
    ER_CANT_CHANGE_TX_CHARACTERISTICS(1568, "25001",
            "Transaction characteristics can't be changed while a transaction is in progress"),
    /** A row locked by another transaction for longer than innodb_lock_wait_timeout. */
    ER_LOCK_WAIT_TIMEOUT(1205, "HY000", "Lock wait timeout exceeded; try restarting transaction"),
    /** Two transactions waiting for each other's rows: this one was rolled back. */
    ER_LOCK_DEADLOCK(1213, "40001", "Deadlock found when trying to get lock; try restarting transaction"),
    /** An AUTO_INCREMENT column that is not a key, or more than one. */
    ER_WRONG_AUTO_KEY(1075, "42000", "Incorrect table definition; there can be only one auto column and it must be defined as a key"),
    /** DEFAULT that the column cannot hold (DEFAULT NULL on NOT NULL, a value out of range). */
    ER_INVALID_DEFAULT(1067, "42000", "Invalid default value for '%s'"),
    /** Two PRIMARY KEYs in one table. */
    ER_MULTIPLE_PRI_KEY(1068, "42000", "Multiple primary key defined"),
    /** A key naming a column the table does not have. */
    /** Column type sizes beyond MariaDB's limits (ColumnTypeLimits). */
    ER_TOO_BIG_SCALE(1425, "42000", "Too big scale specified for '%s'. Maximum is %d"),
    ER_TOO_BIG_PRECISION(1426, "42000", "Too big precision specified for '%s'. Maximum is %d"),
    ER_M_BIGGER_THAN_D(1427, "42000", "For float(M,D), double(M,D) or decimal(M,D), M must be >= D (column '%s')"),
    ER_TOO_BIG_DISPLAYWIDTH(1439, "42000", "Display width out of range for '%s' (max = %d)"),
    ER_TOO_BIG_FIELDLENGTH(1074, "42000", "Column length too big for column '%s' (max = %d); use BLOB or TEXT instead"),
    /** ALTER TABLE ... DROP COLUMN of a column another table's foreign key refers to. */
    ER_FK_COLUMN_CANNOT_DROP_CHILD(1829, "HY000",
            "Cannot drop column '%s': needed in a foreign key constraint '%s' of table `%s`.`%s`"),
    /** ALTER TABLE ... MODIFY / CHANGE of the type of a column a foreign key of the table uses. */
    ER_FK_COLUMN_CANNOT_CHANGE(1832, "HY000", "Cannot change column '%s': used in a foreign key constraint '%s'"),
    /** ALTER TABLE ... MODIFY / CHANGE of the type of a column another table's foreign key refers to. */
    ER_FK_COLUMN_CANNOT_CHANGE_CHILD(1833, "HY000",
            "Cannot change column '%s': used in a foreign key constraint '%s' of table '%s.%s'"),
    /** ALTER TABLE ... DROP COLUMN of a column whose index a foreign key of the table needs. */
    ER_DROP_INDEX_FK(1553, "HY000", "Cannot drop index '%s': needed in a foreign key constraint"),
    /** ALTER TABLE ... DROP COLUMN of every column. */
    ER_CANT_REMOVE_ALL_FIELDS(1090, "42000", "You can't delete all columns with ALTER TABLE; use DROP TABLE instead"),
    ER_KEY_COLUMN_DOES_NOT_EXIST(1072, "42000", "Key column '%s' doesn't exist in table"),
    /** A key name used twice in a table. */
    ER_DUP_KEYNAME(1061, "42000", "Duplicate key name '%s'"),
    /** DROP of a key, foreign key or column that is not there. */
    ER_CANT_DROP_FIELD_OR_KEY(1091, "42000", "Can't DROP %s `%s`; check that it exists"),
    /** A foreign key whose referenced table or columns do not exist. */
    ER_CANT_CREATE_TABLE(1005, "HY000", "Can't create table `%s`.`%s` (errno: 150 \"Foreign key constraint is incorrectly formed\")"),
    /** A child row whose foreign key values have no parent row. */
    ER_NO_REFERENCED_ROW_2(1452, "23000", "Cannot add or update a child row: a foreign key constraint fails (%s)"),
    /** A parent row that child rows still refer to. */
    ER_ROW_IS_REFERENCED_2(1451, "23000", "Cannot delete or update a parent row: a foreign key constraint fails (%s)"),
    /** A subquery used as a value that gives more than one row. */
    ER_SUBQUERY_NO_1_ROW(1242, "21000", "Subquery returns more than 1 row"),
    /** A subquery with more than one column where one value is wanted. */
    ER_OPERAND_COLUMNS(1241, "21000", "Operand should contain %d column(s)"),
    /** TRUNCATE of a table another table's foreign key refers to. */
    ER_TRUNCATE_ILLEGAL_FK(1701, "42000", "Cannot truncate a table referenced in a foreign key constraint (%s)"),
    /** DROP TABLE of a table another table's foreign key refers to. */
    ER_ROW_IS_REFERENCED(1451, "23000", "Cannot delete or update a parent row: a foreign key constraint fails"),
    /** COUNT, SUM, ... where no rows are grouped (in WHERE, or in INSERT values). */
    ER_INVALID_GROUP_FUNC_USE(1111, "HY000", "Invalid use of group function"),
    /** A column name that two joined tables have, used without a qualifier. */
    ER_NON_UNIQ_ERROR(1052, "23000", "Column '%s' in %s is ambiguous"),
    /** A column named twice in INSERT's column list. */
    ER_FIELD_SPECIFIED_TWICE(1110, "42000", "Column '%s' specified twice"),
    /** A note: CONSTRAINT name on a PRIMARY KEY, which is always called PRIMARY. */
    ER_WARN_NAME_IGNORED(1280, "42000", "Name '%s' ignored for PRIMARY key."),

    /** CAST to a type MariaDB does not know. */
    ER_UNKNOWN_DATA_TYPE(4161, "HY000", "Unknown data type: '%s'"),

    /** A database file that cannot be opened, read or written. */
    ER_CANT_OPEN_FILE(1016, "HY000", "Can't open file: '%s' (%s)"),
    /** A database file in use by another process. */
    ER_FILE_LOCKED(1615, "HY000", "Database file '%s' is locked by another process"),
    /** A statement on a closed session or database. */
    ER_CONNECTION_CLOSED(2006, "08003", "%s"),
    /** A URL or connection option the engine cannot use. */
    ER_BAD_URL(1045, "08001", "%s"),
    /** The engine failed in a way it did not expect; the message says what happened. */
    ER_INTERNAL(1815, "HY000", "Internal error: %s");

    private final int vendorCode;
    private final String sqlState;
    private final String template;

    ErrorCode(int vendorCode, String sqlState, String template) {
        this.vendorCode = vendorCode;
        this.sqlState = sqlState;
        this.template = template;
    }

    public int vendorCode() {
        return vendorCode;
    }

    public String sqlState() {
        return sqlState;
    }

    /** The message with its placeholders filled, as MariaDB would print it. */
    public String format(Object... args) {
        return String.format(java.util.Locale.ROOT, template, args);
    }
}
