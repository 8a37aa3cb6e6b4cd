/**
 * The sequence arithmetic, pure and I/O-free: {@link org.seqdb.engine.sequence.SequenceRules}
 * (defaults and the 4085 legality check) and {@link org.seqdb.engine.sequence.SequenceGenerator}
 * (cache blocks, cycles, SETVAL), which asks a {@link org.seqdb.engine.sequence.Reservation}
 * to make each new block durable before handing out its first value.
 */
package org.seqdb.engine.sequence;
