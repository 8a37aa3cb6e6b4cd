/**
 * SQL text to statements: {@link org.seqdb.engine.sql.Lexer} makes tokens,
 * {@link org.seqdb.engine.sql.Parser} picks the grammar family and returns an immutable
 * {@link org.seqdb.engine.sql.ast.Statement}. Recursive descent over one shared
 * {@code TokenCursor}, one method per grammar rule; syntax errors are MariaDB's 1064 with
 * "near '...' at line N". Nothing here looks at the catalog or the store.
 */
package org.seqdb.engine.sql;
