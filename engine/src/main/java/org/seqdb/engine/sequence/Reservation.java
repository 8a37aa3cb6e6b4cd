package org.seqdb.engine.sequence;

/**
 * Where a generator writes its row (next_not_cached_value and cycle_count). The generator calls
 * it, holding its lock, before it returns the first value of a new cache block (or any value, with
 * NOCACHE), so a value is never returned that a crash could make the sequence return again.
 *
 * <p>Besides the row, every write names where the sequence resumes if the process is killed before
 * the database is closed ({@code resumeAfterKill}, in the row's round): the row's own value, or a
 * later one when the generator reserved blocks ahead (see {@link SequenceGenerator}). A clean close
 * keeps the row; only a kill resumes from {@code resumeAfterKill}.
 */
public interface Reservation {
    /**
     * Stores {@code row}; returns only once it and {@code resumeAfterKill} are as durable as
     * configured, or throws.
     */
    void persist(SequencePosition row, long resumeAfterKill);

    /**
     * Stores {@code row}, which a kill would already resume after ({@code resumeAfterKill} was
     * persisted before): it is the row SELECT shows at once, and reaches the file with a later write.
     */
    void record(SequencePosition row, long resumeAfterKill);

    /** For sequences that live only in memory (temporary ones). */
    Reservation NONE = new Reservation() {
        @Override
        public void persist(SequencePosition row, long resumeAfterKill) {
        }

        @Override
        public void record(SequencePosition row, long resumeAfterKill) {
        }
    };
}
