/**
 * Hibernate ORM on seqdb, above the JDBC driver and talking to seqdb only through JDBC:
 * {@code SeqDbDialect} (Hibernate's MariaDB dialect at 10.11, narrowed to what seqdb answers),
 * its sequence SQL ({@code SeqDbSequenceSupport}), and {@code SeqDbDialectResolver}, listed in
 * {@code META-INF/services} so that Hibernate picks the dialect from a {@code jdbc:seqdb:}
 * connection by itself.
 */
package org.seqdb.hibernate;
