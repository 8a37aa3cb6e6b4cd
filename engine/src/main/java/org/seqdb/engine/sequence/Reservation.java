package org.seqdb.engine.sequence;

/**
 * Makes a new position durable. The generator calls it, holding its lock, before it
 * returns the first value of a new cache block (or any value, with NOCACHE), so a value
 * is never returned that a crash could make the sequence return again.
 */
@FunctionalInterface
public interface Reservation {
    /** Stores {@code position}; returns only once it is as durable as configured, or throws. */
    void persist(SequencePosition position);

    /** For sequences that live only in memory (temporary ones). */
    Reservation NONE = position -> {
    };
}
