package org.seqdb.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;

/**
 * A forward-only, read-only cursor over rows the engine has already computed. Getters
 * convert through {@link Values}; updates, scrolling and LOBs are not supported.
 */
final class SeqDbResultSet implements ResultSet {
    private final Statement statement;
    private final List<Column> columns;
    private final List<Object[]> rows;
    private final int rowLimit;
    private Map<String, Integer> indexByLabel;
    private Object[] current;
    private int position;
    private boolean wasNull;
    private boolean closed;
    private int fetchSize;

    SeqDbResultSet(Statement statement, Result result, long maxRows) {
        this.statement = statement;
        this.columns = result.columns();
        this.rows = result.rows();
        this.rowLimit = maxRows > 0 && maxRows < rows.size() ? (int) maxRows : rows.size();
    }

    /** A result set that belongs to no statement (DatabaseMetaData answers). */
    static SeqDbResultSet detached(Result result) {
        return new SeqDbResultSet(null, result, 0);
    }

    List<Column> columns() {
        return columns;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (position < rowLimit) {
            current = rows.get(position++);
            return true;
        }
        current = null;
        position = rowLimit + 1;
        return false;
    }

    private Object value(int columnIndex) throws SQLException {
        checkOpen();
        if (current == null) {
            throw SqlExceptions.misuse(position == 0 ? "The cursor is before the first row: call next() first"
                    : "The cursor is after the last row");
        }
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw SqlExceptions.badIndex("Column index " + columnIndex + " is out of range (1.." + columns.size() + ")");
        }
        Object value = current[columnIndex - 1];
        wasNull = value == null;
        return value;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        if (indexByLabel == null) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = columns.size() - 1; i >= 0; i--) {
                index.put(columns.get(i).label().toLowerCase(Locale.ROOT), i + 1);
            }
            for (int i = columns.size() - 1; i >= 0; i--) {
                String name = columns.get(i).name();
                if (!name.isEmpty()) {
                    index.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
                }
            }
            indexByLabel = index;
        }
        Integer index = columnLabel == null ? null : indexByLabel.get(columnLabel.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw SqlExceptions.badIndex("No column labelled '" + columnLabel + "' in this result");
        }
        return index;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return Values.asString(value(columnIndex), columns.get(columnIndex - 1));
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        return Values.asBoolean(value(columnIndex));
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return Values.asByte(value(columnIndex));
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return Values.asShort(value(columnIndex));
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return Values.asInt(value(columnIndex));
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value instanceof Long l ? l : Values.asLong(value);
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        return (float) Values.asDouble(value(columnIndex));
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        return Values.asDouble(value(columnIndex));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        return decimalWithScale(columnIndex, scale);
    }

    /** The deprecated getBigDecimal(column, scale), kept apart so no code calls a deprecated method. */
    private BigDecimal decimalWithScale(int columnIndex, int scale) throws SQLException {
        BigDecimal value = Values.asDecimal(value(columnIndex));
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return Values.asDecimal(value(columnIndex));
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return Values.asObject(value, columns.get(columnIndex - 1));
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlExceptions.misuse("getObject needs a class");
        }
        return Values.as(value(columnIndex), type);
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return getObject(columnIndex);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String value = getString(columnIndex);
        return value == null ? null : new StringReader(value);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    // By label: the same getters after findColumn.

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return decimalWithScale(findColumn(columnLabel), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        Column column = columns.get(columnIndex - 1);
        return value == null ? null : column.sqlType() == null ? TemporalValues.bytes(value)
                : TemporalValues.bytes(value, column.sqlType());
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return TemporalValues.date(value(columnIndex));
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return TemporalValues.time(value(columnIndex));
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return TemporalValues.timestamp(value(columnIndex));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        return getDate(columnIndex);
    }

    @Override
    public Date getDate(String columnLabel, Calendar cal) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        return getTime(columnIndex);
    }

    @Override
    public Time getTime(String columnLabel, Calendar cal) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    /** The stored date-time read as a time in the calendar's zone (how Hibernate reads an Instant). */
    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        Timestamp local = getTimestamp(columnIndex);
        return local == null || cal == null ? local
                : Timestamp.from(local.toLocalDateTime().atZone(cal.getTimeZone().toZoneId()).toInstant());
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }


    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getAsciiStream");
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getUnicodeStream");
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new java.io.ByteArrayInputStream(bytes);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getAsciiStream");
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getUnicodeStream");
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getRef");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new javax.sql.rowset.serial.SerialBlob(bytes);
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new javax.sql.rowset.serial.SerialClob(text.toCharArray());
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getArray");
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getRef");
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        return getBlob(findColumn(columnLabel));
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getArray");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getURL");
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getURL");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getRowId");
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getRowId");
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getNClob");
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getNClob");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getSQLXML");
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        throw SqlExceptions.unsupported("getSQLXML");
    }

    // Cursor state.

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return position == 0 && rowLimit > 0;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return position > rowLimit && rowLimit > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return current != null && position == 1;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return current != null && position == rowLimit;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return current == null ? 0 : position;
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    private SQLException forwardOnly() throws SQLException {
        checkOpen();
        return SqlExceptions.misuse("The result set is TYPE_FORWARD_ONLY");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw SqlExceptions.misuse("The result set is TYPE_FORWARD_ONLY");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlExceptions.misuse("The fetch size must not be negative");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new SeqDbResultSetMetaData(columns);
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw SqlExceptions.unsupported("Named cursors");
    }

    @Override
    public void close() {
        closed = true;
        current = null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("The result set");
        }
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw SqlExceptions.misuse("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    // Updates: the result set is CONCUR_READ_ONLY.

    private SQLException readOnly() {
        return SqlExceptions.unsupported("Updating a result set (it is CONCUR_READ_ONLY)");
    }

    @Override public boolean rowUpdated() throws SQLException { throw readOnly(); }
    @Override public boolean rowInserted() throws SQLException { throw readOnly(); }
    @Override public boolean rowDeleted() throws SQLException { throw readOnly(); }
    @Override public void updateNull(int columnIndex) throws SQLException { throw readOnly(); }
    @Override public void updateBoolean(int columnIndex, boolean x) throws SQLException { throw readOnly(); }
    @Override public void updateByte(int columnIndex, byte x) throws SQLException { throw readOnly(); }
    @Override public void updateShort(int columnIndex, short x) throws SQLException { throw readOnly(); }
    @Override public void updateInt(int columnIndex, int x) throws SQLException { throw readOnly(); }
    @Override public void updateLong(int columnIndex, long x) throws SQLException { throw readOnly(); }
    @Override public void updateFloat(int columnIndex, float x) throws SQLException { throw readOnly(); }
    @Override public void updateDouble(int columnIndex, double x) throws SQLException { throw readOnly(); }
    @Override public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException { throw readOnly(); }
    @Override public void updateString(int columnIndex, String x) throws SQLException { throw readOnly(); }
    @Override public void updateBytes(int columnIndex, byte[] x) throws SQLException { throw readOnly(); }
    @Override public void updateDate(int columnIndex, Date x) throws SQLException { throw readOnly(); }
    @Override public void updateTime(int columnIndex, Time x) throws SQLException { throw readOnly(); }
    @Override public void updateTimestamp(int columnIndex, Timestamp x) throws SQLException { throw readOnly(); }
    @Override public void updateAsciiStream(int columnIndex, InputStream x, int length) throws SQLException { throw readOnly(); }
    @Override public void updateBinaryStream(int columnIndex, InputStream x, int length) throws SQLException { throw readOnly(); }
    @Override public void updateCharacterStream(int columnIndex, Reader x, int length) throws SQLException { throw readOnly(); }
    @Override public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException { throw readOnly(); }
    @Override public void updateObject(int columnIndex, Object x) throws SQLException { throw readOnly(); }
    @Override public void updateNull(String columnLabel) throws SQLException { throw readOnly(); }
    @Override public void updateBoolean(String columnLabel, boolean x) throws SQLException { throw readOnly(); }
    @Override public void updateByte(String columnLabel, byte x) throws SQLException { throw readOnly(); }
    @Override public void updateShort(String columnLabel, short x) throws SQLException { throw readOnly(); }
    @Override public void updateInt(String columnLabel, int x) throws SQLException { throw readOnly(); }
    @Override public void updateLong(String columnLabel, long x) throws SQLException { throw readOnly(); }
    @Override public void updateFloat(String columnLabel, float x) throws SQLException { throw readOnly(); }
    @Override public void updateDouble(String columnLabel, double x) throws SQLException { throw readOnly(); }
    @Override public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException { throw readOnly(); }
    @Override public void updateString(String columnLabel, String x) throws SQLException { throw readOnly(); }
    @Override public void updateBytes(String columnLabel, byte[] x) throws SQLException { throw readOnly(); }
    @Override public void updateDate(String columnLabel, Date x) throws SQLException { throw readOnly(); }
    @Override public void updateTime(String columnLabel, Time x) throws SQLException { throw readOnly(); }
    @Override public void updateTimestamp(String columnLabel, Timestamp x) throws SQLException { throw readOnly(); }
    @Override public void updateAsciiStream(String columnLabel, InputStream x, int length) throws SQLException { throw readOnly(); }
    @Override public void updateBinaryStream(String columnLabel, InputStream x, int length) throws SQLException { throw readOnly(); }
    @Override public void updateCharacterStream(String columnLabel, Reader reader, int length) throws SQLException { throw readOnly(); }
    @Override public void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException { throw readOnly(); }
    @Override public void updateObject(String columnLabel, Object x) throws SQLException { throw readOnly(); }
    @Override public void insertRow() throws SQLException { throw readOnly(); }
    @Override public void updateRow() throws SQLException { throw readOnly(); }
    @Override public void deleteRow() throws SQLException { throw readOnly(); }
    @Override public void refreshRow() throws SQLException { throw readOnly(); }
    @Override public void cancelRowUpdates() throws SQLException { throw readOnly(); }
    @Override public void moveToInsertRow() throws SQLException { throw readOnly(); }
    @Override public void moveToCurrentRow() throws SQLException { throw readOnly(); }
    @Override public void updateRef(int columnIndex, Ref x) throws SQLException { throw readOnly(); }
    @Override public void updateRef(String columnLabel, Ref x) throws SQLException { throw readOnly(); }
    @Override public void updateBlob(int columnIndex, Blob x) throws SQLException { throw readOnly(); }
    @Override public void updateBlob(String columnLabel, Blob x) throws SQLException { throw readOnly(); }
    @Override public void updateClob(int columnIndex, Clob x) throws SQLException { throw readOnly(); }
    @Override public void updateClob(String columnLabel, Clob x) throws SQLException { throw readOnly(); }
    @Override public void updateArray(int columnIndex, Array x) throws SQLException { throw readOnly(); }
    @Override public void updateArray(String columnLabel, Array x) throws SQLException { throw readOnly(); }
    @Override public void updateRowId(int columnIndex, RowId x) throws SQLException { throw readOnly(); }
    @Override public void updateRowId(String columnLabel, RowId x) throws SQLException { throw readOnly(); }
    @Override public void updateNString(int columnIndex, String nString) throws SQLException { throw readOnly(); }
    @Override public void updateNString(String columnLabel, String nString) throws SQLException { throw readOnly(); }
    @Override public void updateNClob(int columnIndex, NClob nClob) throws SQLException { throw readOnly(); }
    @Override public void updateNClob(String columnLabel, NClob nClob) throws SQLException { throw readOnly(); }
    @Override public void updateSQLXML(int columnIndex, SQLXML xmlObject) throws SQLException { throw readOnly(); }
    @Override public void updateSQLXML(String columnLabel, SQLXML xmlObject) throws SQLException { throw readOnly(); }
    @Override public void updateNCharacterStream(int columnIndex, Reader x, long length) throws SQLException { throw readOnly(); }
    @Override public void updateNCharacterStream(String columnLabel, Reader reader, long length) throws SQLException { throw readOnly(); }
    @Override public void updateAsciiStream(int columnIndex, InputStream x, long length) throws SQLException { throw readOnly(); }
    @Override public void updateBinaryStream(int columnIndex, InputStream x, long length) throws SQLException { throw readOnly(); }
    @Override public void updateCharacterStream(int columnIndex, Reader x, long length) throws SQLException { throw readOnly(); }
    @Override public void updateAsciiStream(String columnLabel, InputStream x, long length) throws SQLException { throw readOnly(); }
    @Override public void updateBinaryStream(String columnLabel, InputStream x, long length) throws SQLException { throw readOnly(); }
    @Override public void updateCharacterStream(String columnLabel, Reader reader, long length) throws SQLException { throw readOnly(); }
    @Override public void updateBlob(int columnIndex, InputStream inputStream, long length) throws SQLException { throw readOnly(); }
    @Override public void updateBlob(String columnLabel, InputStream inputStream, long length) throws SQLException { throw readOnly(); }
    @Override public void updateClob(int columnIndex, Reader reader, long length) throws SQLException { throw readOnly(); }
    @Override public void updateClob(String columnLabel, Reader reader, long length) throws SQLException { throw readOnly(); }
    @Override public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException { throw readOnly(); }
    @Override public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException { throw readOnly(); }
    @Override public void updateNCharacterStream(int columnIndex, Reader x) throws SQLException { throw readOnly(); }
    @Override public void updateNCharacterStream(String columnLabel, Reader reader) throws SQLException { throw readOnly(); }
    @Override public void updateAsciiStream(int columnIndex, InputStream x) throws SQLException { throw readOnly(); }
    @Override public void updateBinaryStream(int columnIndex, InputStream x) throws SQLException { throw readOnly(); }
    @Override public void updateCharacterStream(int columnIndex, Reader x) throws SQLException { throw readOnly(); }
    @Override public void updateAsciiStream(String columnLabel, InputStream x) throws SQLException { throw readOnly(); }
    @Override public void updateBinaryStream(String columnLabel, InputStream x) throws SQLException { throw readOnly(); }
    @Override public void updateCharacterStream(String columnLabel, Reader reader) throws SQLException { throw readOnly(); }
    @Override public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException { throw readOnly(); }
    @Override public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException { throw readOnly(); }
    @Override public void updateClob(int columnIndex, Reader reader) throws SQLException { throw readOnly(); }
    @Override public void updateClob(String columnLabel, Reader reader) throws SQLException { throw readOnly(); }
    @Override public void updateNClob(int columnIndex, Reader reader) throws SQLException { throw readOnly(); }
    @Override public void updateNClob(String columnLabel, Reader reader) throws SQLException { throw readOnly(); }
}
