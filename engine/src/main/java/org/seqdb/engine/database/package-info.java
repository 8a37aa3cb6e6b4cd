/** Open databases: one {@link org.seqdb.engine.database.Database} per file per JVM, shared by its sessions. */
package org.seqdb.engine.database;
