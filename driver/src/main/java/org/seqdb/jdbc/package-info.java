/**
 * The JDBC driver for {@code jdbc:seqdb:} URLs, the face of the pipeline: it parses no SQL and
 * imports nothing from the engine's store, calling only the engine API ({@code org.seqdb.engine}:
 * engine, session, prepared command, result; and the engine's LIKE matcher, for the name patterns
 * of DatabaseMetaData). {@code SeqDbDriver} and {@code SeqDbDataSource}
 * open {@code SeqDbConnection}s (one engine session each) from a {@code SeqDbUrl}; statements run
 * SQL on the session and wrap each {@code Result} in a {@code SeqDbResultSet}, whose getters
 * convert through {@code Values}, {@code TemporalValues} and one {@code ColumnAccessor} per column
 * type. {@code SqlExceptions} is the one place engine errors become the JDBC subclass of their
 * SQLSTATE class. DatabaseMetaData is answered from INFORMATION_SCHEMA ({@code CatalogMetadata})
 * and constants ({@code DatabaseCapabilities}), as MariaDB Connector/J answers.
 */
package org.seqdb.jdbc;
