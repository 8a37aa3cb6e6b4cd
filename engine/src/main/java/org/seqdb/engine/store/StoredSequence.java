package org.seqdb.engine.store;

import org.seqdb.engine.sequence.SequenceDefinition;

/** A sequence as the store holds it: where it lives, what it is, and its version number. */
public record StoredSequence(String database, String name, SequenceDefinition definition, long version) {
}
