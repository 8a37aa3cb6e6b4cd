package org.seqdb.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * Turns engine errors into the {@link SQLException} subclass that JDBC assigns to their
 * SQLSTATE class, keeping MariaDB's vendor code and message.
 */
final class SqlExceptions {
    private SqlExceptions() {
    }

    static SQLException of(SeqDbException e) {
        return create(e.getMessage(), e.sqlState(), e.vendorCode(), e);
    }

    /**
     * What an engine call threw, as JDBC sees it: a {@link SeqDbException} keeps its MariaDB error; any
     * other exception, one the engine did not expect, is reported as MariaDB's internal error with
     * the cause kept.
     */
    static SQLException fromEngine(RuntimeException e) {
        if (e instanceof SeqDbException known) {
            return of(known);
        }
        return of(new SeqDbException(e, ErrorCode.ER_INTERNAL, String.valueOf(e)));
    }

    static SQLException create(String message, String sqlState, int vendorCode, Throwable cause) {
        String stateClass = sqlState == null || sqlState.length() < 2 ? "" : sqlState.substring(0, 2);
        return switch (stateClass) {
            case "08" -> new SQLNonTransientConnectionException(message, sqlState, vendorCode, cause);
            case "22" -> new SQLDataException(message, sqlState, vendorCode, cause);
            case "23" -> new SQLIntegrityConstraintViolationException(message, sqlState, vendorCode, cause);
            case "28" -> new SQLInvalidAuthorizationSpecException(message, sqlState, vendorCode, cause);
            case "40" -> new SQLTransactionRollbackException(message, sqlState, vendorCode, cause);
            case "42" -> new SQLSyntaxErrorException(message, sqlState, vendorCode, cause);
            case "0A" -> new SQLFeatureNotSupportedException(message, sqlState, vendorCode, cause);
            default -> new SQLException(message, sqlState, vendorCode, cause);
        };
    }

    static SQLException badUrl(String message) {
        return create(message, ErrorCode.ER_BAD_URL.sqlState(), ErrorCode.ER_BAD_URL.vendorCode(), null);
    }

    static SQLException closed(String what) {
        return create(what + " is closed", ErrorCode.ER_CONNECTION_CLOSED.sqlState(),
                ErrorCode.ER_CONNECTION_CLOSED.vendorCode(), null);
    }

    /** A misuse of the JDBC API (wrong index, wrong state): SQLSTATE HY000 with no vendor code. */
    static SQLException misuse(String message) {
        return new SQLException(message, "HY000", 0);
    }

    /** A misuse involving a column or parameter index or a value: SQLSTATE 22023 / 07009. */
    static SQLException badIndex(String message) {
        return new SQLException(message, "07009", 0);
    }

    /**
     * Refuses a column or parameter index outside 1..count (07009).
     *
     * @param what "Column" or "Parameter"
     */
    static void checkIndex(String what, int index, int count) throws SQLException {
        if (index < 1 || index > count) {
            throw badIndex(what + " index " + index + " is out of range (1.." + count + ")");
        }
    }

    /**
     * Refuses a negative count, size or timeout given to a setter (a misuse, HY000).
     *
     * @param what what the value is, as the message names it ("fetch size", "query timeout", ...)
     */
    static void checkNotNegative(long value, String what) throws SQLException {
        if (value < 0) {
            throw misuse("The " + what + " must not be negative");
        }
    }

    static SQLDataException badValue(String message) {
        return new SQLDataException(message, "22018", 0);
    }

    static SQLFeatureNotSupportedException unsupported(String feature) {
        return new SQLFeatureNotSupportedException(feature + " is not supported by seqdb", "0A000", 0);
    }
}
