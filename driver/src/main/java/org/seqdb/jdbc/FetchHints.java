package org.seqdb.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a Statement and a ResultSet both say about fetching rows: they come forward only, and the
 * fetch size is a hint that is remembered and not used (a result's rows are in memory already).
 */
abstract class FetchHints extends JdbcWrapper {
    private int fetchSize;

    /** Refuses when the object (or its connection) is closed. */
    abstract void checkOpen() throws SQLException;

    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        SqlExceptions.checkNotNegative(rows, "fetch size");
        fetchSize = rows;
    }

    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }
}
