package org.seqdb.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;
import org.seqdb.engine.Column;
import org.seqdb.engine.Result;

/**
 * A forward-only, read-only cursor over rows the engine has already computed. Getters convert
 * through {@link Values}, or through the column's {@link ColumnAccessor} where the answer depends
 * on the column's type; the getters by label are {@link ResultSetByLabel}'s, what is refused
 * (updates, scrolling, LOB kinds seqdb lacks) {@link ResultSetRefusals}'.
 */
final class SeqDbResultSet extends ResultSetByLabel {
    private final Statement statement;
    private final List<Column> columns;
    private final List<Object[]> rows;
    private final int rowLimit;
    /** Made on first use (findColumn, getString, getObject, getBytes); a NEXTVAL's getLong needs none. */
    private ColumnLookup lookup;
    private Object[] current;
    private int position;
    private boolean wasNull;
    private boolean closed;

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
        SqlExceptions.checkIndex("Column", columnIndex, columns.size());
        Object value = current[columnIndex - 1];
        wasNull = value == null;
        return value;
    }

    private ColumnLookup lookup() {
        if (lookup == null) {
            lookup = new ColumnLookup(columns);
        }
        return lookup;
    }

    /** The accessor of a column whose index {@link #value} has checked. */
    private ColumnAccessor accessor(int columnIndex) {
        return lookup().accessor(columnIndex);
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        Integer index = lookup().indexOf(columnLabel);
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

    // Getters whose answer depends on the column's type.

    @Override
    public String getString(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : accessor(columnIndex).string(value);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : accessor(columnIndex).object(value);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : accessor(columnIndex).bytes(value);
    }

    // Getters that convert the value alone.

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

    /** The NEXTVAL hot path: a Long is returned as it is, with no conversion call. */
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
        return decimal(columnIndex, scale);
    }

    @Override
    BigDecimal decimal(int columnIndex, int scale) throws SQLException {
        BigDecimal value = Values.asDecimal(value(columnIndex));
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return Values.asDecimal(value(columnIndex));
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlExceptions.misuse("getObject needs a class");
        }
        return Values.as(value(columnIndex), type);
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

    // Getters that read another getter's answer in another form.

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return getObject(columnIndex);
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String value = getString(columnIndex);
        return value == null ? null : new StringReader(value);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new SerialBlob(bytes);
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new SerialClob(text.toCharArray());
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        return getDate(columnIndex);
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        return getTime(columnIndex);
    }

    /** The stored date-time read as a time in the calendar's zone (how Hibernate reads an Instant). */
    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        Timestamp local = getTimestamp(columnIndex);
        return local == null || cal == null ? local
                : Timestamp.from(local.toLocalDateTime().atZone(cal.getTimeZone().toZoneId()).toInstant());
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
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw SqlExceptions.misuse("The result set is TYPE_FORWARD_ONLY");
        }
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
    public void close() {
        closed = true;
        current = null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("The result set");
        }
    }
}
