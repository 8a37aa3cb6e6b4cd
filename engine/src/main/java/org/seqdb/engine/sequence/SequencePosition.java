package org.seqdb.engine.sequence;

/**
 * The two columns of a sequence row that NEXTVAL and SETVAL move.
 *
 * @param nextNotCached next_not_cached_value: the first value no cache block has reserved
 * @param round         cycle_count: how many times the sequence wrapped
 */
public record SequencePosition(long nextNotCached, long round) {
}
