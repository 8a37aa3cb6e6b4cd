package org.seqdb.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import org.seqdb.engine.Engine;
import org.seqdb.engine.Session;

/**
 * The JDBC driver for {@code jdbc:seqdb:} URLs. Registered with {@link DriverManager} when the
 * class loads, which {@code META-INF/services/java.sql.Driver} makes happen on first use.
 */
public final class SeqDbDriver implements Driver {
    public static final int MAJOR_VERSION = 0;
    public static final int MINOR_VERSION = 1;
    public static final String VERSION = "0.1.0";
    public static final String NAME = "seqdb JDBC driver";

    static {
        try {
            DriverManager.registerDriver(new SeqDbDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        SeqDbUrl parsed = SeqDbUrl.parse(url, info);
        Session session;
        try {
            session = Engine.connect(parsed.config());
        } catch (RuntimeException e) {
            throw SqlExceptions.fromEngine(e);
        }
        return new SeqDbConnection(session, parsed, url);
    }

    @Override
    public boolean acceptsURL(String url) {
        return SeqDbUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        UrlOption[] options = UrlOption.values();
        DriverPropertyInfo[] result = new DriverPropertyInfo[options.length];
        for (int i = 0; i < options.length; i++) {
            UrlOption option = options[i];
            String given = info == null ? null : info.getProperty(option.key());
            result[i] = new DriverPropertyInfo(option.key(), given != null ? given : option.defaultValue());
            result[i].description = option.description();
            result[i].choices = option.choices();
            result[i].required = false;
        }
        return result;
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    /** Not a full JDBC implementation (no SQL-92 entry level), so not compliant by the JDBC definition. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlExceptions.unsupported("java.util.logging");
    }
}
