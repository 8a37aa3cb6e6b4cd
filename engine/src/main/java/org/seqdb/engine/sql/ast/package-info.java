/** The parser's output: immutable records under sealed interfaces, run by the session. */
package org.seqdb.engine.sql.ast;
