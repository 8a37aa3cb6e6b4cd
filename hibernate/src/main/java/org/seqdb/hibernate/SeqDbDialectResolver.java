package org.seqdb.hibernate;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Lets Hibernate choose {@link SeqDbDialect} by itself: Hibernate loads every
 * {@code DialectResolver} listed in {@code META-INF/services} and asks each, with the
 * connection's {@code DatabaseMetaData}, which dialect fits. seqdb's driver names its
 * product {@value #PRODUCT_NAME}.
 */
public final class SeqDbDialectResolver implements DialectResolver {
    /** {@code DatabaseMetaData.getDatabaseProductName()} of a seqdb connection. */
    public static final String PRODUCT_NAME = "seqdb";

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return PRODUCT_NAME.equals(info.getDatabaseName()) ? new SeqDbDialect(info) : null;
    }
}
