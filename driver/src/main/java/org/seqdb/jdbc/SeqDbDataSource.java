package org.seqdb.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource for frameworks that want one (Spring, pools): every connection opens the same URL. */
public final class SeqDbDataSource extends JdbcWrapper implements DataSource {
    private static final SeqDbDriver DRIVER = new SeqDbDriver();

    private volatile String url;
    private volatile int loginTimeout;
    private volatile PrintWriter logWriter;

    public SeqDbDataSource() {
    }

    public SeqDbDataSource(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        String target = url;
        if (target == null) {
            throw SqlExceptions.badUrl("The data source has no URL: call setUrl(\"jdbc:seqdb:...\") first");
        }
        Connection connection = DRIVER.connect(target, new Properties());
        if (connection == null) {
            throw SqlExceptions.badUrl("Malformed seqdb URL '" + target + "': it does not start with "
                    + SeqDbUrl.PREFIX);
        }
        return connection;
    }

    /** seqdb has no users; the credentials are accepted and not checked. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlExceptions.unsupported("java.util.logging");
    }
}
