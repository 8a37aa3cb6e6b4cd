package org.seqdb.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.seqdb.engine.PreparedCommand;
import org.seqdb.engine.Result;
import org.seqdb.engine.Session;

/**
 * A statement parsed once by the engine; each execution binds the current parameter
 * values. The hot path (executeQuery of {@code SELECT NEXTVAL(s)}) does no parsing and no
 * copying: the parameter array goes to the engine as it is.
 */
final class SeqDbPreparedStatement extends SeqDbStatement implements PreparedStatement {
    /** Marks a parameter that has not been set since the statement was prepared or cleared. */
    private static final Object UNSET = new Object();

    private final String sql;
    private final PreparedCommand command;
    private final Object[] parameters;
    private List<Object[]> batch;

    /** Whether the statement was prepared asking for generated keys (RETURN_GENERATED_KEYS or key columns). */
    private final boolean returnKeys;

    SeqDbPreparedStatement(SeqDbConnection connection, Session session, String sql, PreparedCommand command,
                           boolean returnKeys) {
        super(connection, session);
        this.sql = sql;
        this.command = command;
        this.returnKeys = returnKeys;
        this.parameters = new Object[command.parameterCount()];
        Arrays.fill(parameters, UNSET);
    }

    private Result runPrepared(Object[] values) throws SQLException {
        checkOpen();
        closeResultSet();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == UNSET) {
                throw new SQLException("Parameter at position " + (i + 1) + " is not set", "07004", 0);
            }
        }
        keysRequested = returnKeys;
        try {
            Result result = command.execute(values);
            keepNotices(result.notices());
            return result;
        } catch (RuntimeException e) {
            keepNotices(Warnings.withoutErrors(session.notices()));
            throw translate(e);
        }
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        keep(runPrepared(parameters));
        return currentResultSetOrFail();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        keep(runPrepared(parameters));
        return Math.max(getLargeUpdateCount(), 0);
    }

    @Override
    public boolean execute() throws SQLException {
        return keep(runPrepared(parameters));
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (batch == null) {
            batch = new ArrayList<>();
        }
        batch.add(parameters.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch = null;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<Object[]> rows = batch == null ? List.of() : batch;
        batch = null;
        List<Object> keys = new ArrayList<>();
        long[] counts = new long[rows.size()];
        try {
            for (int i = 0; i < counts.length; i++) {
                try {
                    Result result = runPrepared(rows.get(i));
                    keys.addAll(result.generatedKeys());
                    counts[i] = result.hasRows() ? SUCCESS_NO_INFO : result.updateCount();
                } catch (SQLException e) {
                    throw batchFailure(e, Arrays.copyOf(counts, i));
                }
            }
        } finally {
            keepBatchKeys(keys);
        }
        return counts;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new SeqDbParameterMetaData(parameters.length);
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(parameters, UNSET);
    }

    private void set(int parameterIndex, Object value) throws SQLException {
        checkOpen();
        if (parameterIndex < 1 || parameterIndex > parameters.length) {
            throw SqlExceptions.badIndex("Parameter index " + parameterIndex + " is out of range (1.."
                    + parameters.length + ")");
        }
        parameters[parameterIndex - 1] = value;
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        set(parameterIndex, x ? 1L : 0L);
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        set(parameterIndex, (long) x);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        set(parameterIndex, (long) x);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        set(parameterIndex, (long) x);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        set(parameterIndex, (double) x);
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        setObject(parameterIndex, x);
    }

    /**
     * The engine takes Long, BigInteger, BigDecimal, Double, String, byte[], LocalDate, LocalDateTime,
     * Duration (TIME) or null.
     */
    private static Object bindable(Object x) throws SQLException {
        if (x == null || x instanceof Long || x instanceof String || x instanceof BigDecimal
                || x instanceof BigInteger || x instanceof Double) {
            return x;
        }
        Object temporal = TemporalValues.bindable(x);
        if (temporal != null) {
            return temporal;
        }
        if (x instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (x instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (x instanceof Integer || x instanceof Short || x instanceof Byte) {
            return ((Number) x).longValue();
        }
        if (x instanceof Float f) {
            return f.doubleValue();
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Character c) {
            return c.toString();
        }
        throw SqlExceptions.unsupported("Binding a " + x.getClass().getName() + " parameter");
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    /** The instant written as the wall time of the calendar's zone (how Hibernate writes an Instant in UTC). */
    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        set(parameterIndex, x == null || cal == null ? bindable(x)
                : x.toInstant().atZone(cal.getTimeZone().toZoneId()).toLocalDateTime());
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        throw SqlExceptions.unsupported("setAsciiStream");
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        throw SqlExceptions.unsupported("setUnicodeStream");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        set(parameterIndex, Streams.bytes(x, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        set(parameterIndex, Streams.text(reader, length));
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        throw SqlExceptions.unsupported("setRef");
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        set(parameterIndex, bindable(x));
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        throw SqlExceptions.unsupported("setArray");
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        throw SqlExceptions.unsupported("setURL");
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        throw SqlExceptions.unsupported("setRowId");
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        set(parameterIndex, Streams.text(value, length));
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        throw SqlExceptions.unsupported("setNClob");
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        set(parameterIndex, Streams.text(reader, length));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        set(parameterIndex, Streams.bytes(inputStream, length));
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        set(parameterIndex, Streams.text(reader, length));
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        throw SqlExceptions.unsupported("setSQLXML");
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        throw SqlExceptions.unsupported("setAsciiStream");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        set(parameterIndex, Streams.bytes(x, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        set(parameterIndex, Streams.text(reader, length));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        throw SqlExceptions.unsupported("setAsciiStream");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        set(parameterIndex, Streams.bytes(x, -1));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        set(parameterIndex, Streams.text(reader, -1));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        set(parameterIndex, Streams.text(value, -1));
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        set(parameterIndex, Streams.text(reader, -1));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        set(parameterIndex, Streams.bytes(inputStream, -1));
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        set(parameterIndex, Streams.text(reader, -1));
    }

    // JDBC forbids passing SQL text to a PreparedStatement's execute methods.

    private SQLException textNotAllowed() {
        return SqlExceptions.misuse("A PreparedStatement runs the SQL it was prepared with: '" + sql + "'");
    }

    @Override
    public ResultSet executeQuery(String sqlText) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public long executeLargeUpdate(String sqlText) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public boolean execute(String sqlText) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public void addBatch(String sqlText) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public String toString() {
        return "SeqDbPreparedStatement[" + sql + "]";
    }
}
