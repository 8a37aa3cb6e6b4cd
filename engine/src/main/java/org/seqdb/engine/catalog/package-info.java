/**
 * The namespace of a database file: databases, and sequences and tables sharing one table
 * namespace per database ({@link org.seqdb.engine.catalog.Catalog}); each sequence's
 * {@link org.seqdb.engine.catalog.SequenceHandle} owns its generator.
 */
package org.seqdb.engine.catalog;
