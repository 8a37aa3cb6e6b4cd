/**
 * Programs that use seqdb as an application does, through its JDBC driver only: {@code QuickStart}
 * (a sequence on a database file, run from the README) and {@code SqlShell} (SQL typed at a seqdb
 * URL, printed as MariaDB's client prints it).
 */
package org.seqdb.examples;
