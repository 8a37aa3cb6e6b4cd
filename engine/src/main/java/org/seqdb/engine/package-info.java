/**
 * The engine API, the one narrow surface the driver calls: {@link org.seqdb.engine.Engine} opens
 * a database and starts a {@link org.seqdb.engine.Session} (one per connection); a session runs
 * SQL text or prepares a {@link org.seqdb.engine.PreparedCommand}; either gives back a
 * {@link org.seqdb.engine.Result} (rows under {@link org.seqdb.engine.Column}s, or an update count)
 * and notices. {@link org.seqdb.engine.ValueType}, {@link org.seqdb.engine.SqlType} and
 * {@link org.seqdb.engine.ValueText} describe result values as MariaDB Connector/J reports them;
 * {@link org.seqdb.engine.DatabaseConfig} and {@link org.seqdb.engine.Durability} say where a
 * database lives and what its writes wait for. Everything behind it (sql, session, catalog,
 * sequence, table, meta, store) is the engine's own.
 */
package org.seqdb.engine;
