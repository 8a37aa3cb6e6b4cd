package org.seqdb.hibernate;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.sequence.SequenceSupport;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.extract.internal.InformationExtractorJdbcDatabaseMetaDataImpl;
import org.hibernate.tool.schema.extract.spi.ExtractionContext;
import org.hibernate.tool.schema.extract.spi.InformationExtractor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BlobJdbcType;
import org.hibernate.type.descriptor.jdbc.ClobJdbcType;
import org.hibernate.type.descriptor.jdbc.NClobJdbcType;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Hibernate ORM's dialect for seqdb. seqdb speaks MariaDB 10.11's SQL, so this is Hibernate's
 * {@link MariaDBDialect} fixed at that version (seqdb's own version number would read as an
 * unsupported MariaDB 0.1), narrowed where seqdb answers differently:
 * <ul>
 * <li>sequences as MariaDB has them: {@code create sequence s start with 1 increment by 50 nocache},
 *     {@code select next value for s}, {@code drop sequence if exists s}, read back by schema validation and update through
 *     {@code information_schema.TABLES} and one {@code SELECT ... UNION ALL ...} over the sequences;</li>
 * <li>{@code @Lob} values travel as plain strings and byte arrays ({@code setString}/{@code getString},
 *     {@code setBytes}/{@code getBytes}): seqdb keeps TEXT and BLOB values whole and has no LOB locators;</li>
 * <li>identity columns take their keys from {@code Statement.getGeneratedKeys()}: seqdb has no
 *     {@code INSERT ... RETURNING};</li>
 * <li>schema tools read tables, columns, indexes and foreign keys through JDBC
 *     {@code DatabaseMetaData} on every Hibernate version (7.x's MariaDB dialect would query
 *     {@code information_schema.statistics} and {@code key_column_usage}, which seqdb does not have).</li>
 * </ul>
 * Hibernate picks this dialect by itself for a {@code jdbc:seqdb:} connection (see
 * {@link SeqDbDialectResolver}); {@code hibernate.dialect=org.seqdb.hibernate.SeqDbDialect} also works.
 * Compiled against Hibernate 6.6; every method here exists with the same meaning on 7.x.
 */
public class SeqDbDialect extends MariaDBDialect {
    /** The MariaDB release whose SQL and sequence behaviour seqdb follows. */
    public static final DatabaseVersion MARIADB_VERSION = DatabaseVersion.make(10, 11);

    public SeqDbDialect() {
        super(MARIADB_VERSION);
    }

    /** The constructor Hibernate calls when it resolves the dialect from a connection. */
    public SeqDbDialect(DialectResolutionInfo info) {
        super(MARIADB_VERSION);
        registerKeywords(info);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        JdbcTypeRegistry jdbcTypes = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
        jdbcTypes.addDescriptor(SqlTypes.CLOB, ClobJdbcType.STRING_BINDING);
        jdbcTypes.addDescriptor(SqlTypes.NCLOB, NClobJdbcType.STRING_BINDING);
        jdbcTypes.addDescriptor(SqlTypes.BLOB, BlobJdbcType.PRIMITIVE_ARRAY_BINDING);
    }

    @Override
    public SequenceSupport getSequenceSupport() {
        return SeqDbSequenceSupport.INSTANCE;
    }

    /** seqdb has no {@code INSERT ... RETURNING}; generated keys come from {@code getGeneratedKeys()}. */
    @Override
    public boolean supportsInsertReturning() {
        return false;
    }

    /**
     * Hibernate 7.x asks the dialect how to read the existing schema; MariaDB's answer queries
     * information_schema tables seqdb lacks, the standard one uses {@code DatabaseMetaData}, which
     * seqdb's driver answers from its catalog. Hibernate 6.6 has no such method and always reads
     * {@code DatabaseMetaData}, so there this method is simply unused (hence no {@code @Override}).
     */
    public InformationExtractor getInformationExtractor(ExtractionContext extractionContext) {
        return new InformationExtractorJdbcDatabaseMetaDataImpl(extractionContext);
    }
}
