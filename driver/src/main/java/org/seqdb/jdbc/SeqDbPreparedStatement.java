package org.seqdb.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
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
    private final String sql;
    private final PreparedCommand command;
    private final Parameters parameters;
    private List<Object[]> batch;

    /** Whether the statement was prepared asking for generated keys (RETURN_GENERATED_KEYS or key columns). */
    private final boolean returnKeys;

    SeqDbPreparedStatement(SeqDbConnection connection, Session session, String sql, PreparedCommand command,
                           boolean returnKeys) {
        super(connection, session);
        this.sql = sql;
        this.command = command;
        this.returnKeys = returnKeys;
        this.parameters = new Parameters(command.parameterCount());
    }

    private Result runPrepared(Object[] values) throws SQLException {
        checkOpen();
        closeResultSet();
        Parameters.checkAllSet(values);
        keysRequested = returnKeys;
        try {
            Result result = command.execute(values);
            keepNotices(result.notices());
            return result;
        } catch (RuntimeException e) {
            keepNotices(Warnings.withoutErrors(session.notices()));
            throw SqlExceptions.fromEngine(e);
        }
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        keep(runPrepared(parameters.values()));
        return currentResultSetOrFail();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        keep(runPrepared(parameters.values()));
        return Math.max(getLargeUpdateCount(), 0);
    }

    @Override
    public boolean execute() throws SQLException {
        return keep(runPrepared(parameters.values()));
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        if (batch == null) {
            batch = new ArrayList<>();
        }
        batch.add(parameters.copy());
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
        return runBatch(rows.size(), i -> runPrepared(rows.get(i)));
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new SeqDbParameterMetaData(parameters.count());
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        parameters.clear();
    }

    private void set(int parameterIndex, Object value) throws SQLException {
        checkOpen();
        parameters.set(parameterIndex, value);
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
        set(parameterIndex, Parameters.bindable(x));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        set(parameterIndex, Parameters.bindable(x));
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        set(parameterIndex, Parameters.bindable(x));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        set(parameterIndex, Parameters.bindable(x));
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        set(parameterIndex, Parameters.bindable(x));
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        set(parameterIndex, Parameters.bindable(x));
    }

    /** The instant written as the wall time of the calendar's zone (how Hibernate writes an Instant in UTC). */
    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        set(parameterIndex, x == null || cal == null ? Parameters.bindable(x)
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
        set(parameterIndex, Parameters.bindable(x));
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        set(parameterIndex, Parameters.bindable(x));
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
