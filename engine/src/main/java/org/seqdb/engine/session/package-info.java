/**
 * Sessions: {@link org.seqdb.engine.session.EngineSession} parses and runs statements for
 * one connection; {@code StatementRunner} sends each statement to its executor
 * (SELECT/DO, sequence DDL, databases and SET, tables, SHOW); {@code Evaluator} computes
 * expressions, including NEXTVAL, LASTVAL and SETVAL; {@code Resolver} finds objects by name.
 */
package org.seqdb.engine.session;
