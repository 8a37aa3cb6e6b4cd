package org.seqdb.jdbc;

import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * {@link Wrapper} for every seqdb JDBC object: each one wraps nothing but itself, so it unwraps to
 * any interface or class it is an instance of and refuses the rest.
 */
abstract class JdbcWrapper implements Wrapper {
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
}
