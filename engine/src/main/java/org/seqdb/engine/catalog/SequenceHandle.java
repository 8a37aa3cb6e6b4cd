package org.seqdb.engine.catalog;

import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.seqdb.engine.sequence.AutoIncrementSettings;
import org.seqdb.engine.sequence.Reservation;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequenceGenerator;
import org.seqdb.engine.sequence.SequencePosition;
import org.seqdb.engine.sequence.RetiredGeneratorException;

/**
 * One sequence of the catalog: its identity (database, name, version), the row as stored,
 * and the generator that hands out its values. FLUSH TABLES, ALTER and INSERT replace the
 * generator by one rebuilt from the stored row, which discards the cache as MariaDB does.
 */
public final class SequenceHandle implements SchemaObject {
    private final String database;
    private final String name;
    private final long version;
    private final boolean temporary;
    private final Reservation writer;
    /** The global auto_increment settings of the moment: each new generator reads them (INCREMENT 0). */
    private final Supplier<AutoIncrementSettings> autoIncrement;
    private volatile SequenceGenerator generator;
    private volatile SequencePosition stored;
    private volatile boolean dropped;

    /**
     * @param writer stores the row (the store, or {@link Reservation#NONE} for a temporary sequence);
     *               it must throw if it could not
     */
    public SequenceHandle(String database, String name, long version, boolean temporary, SequenceDefinition definition,
                          SequencePosition stored, Supplier<AutoIncrementSettings> autoIncrement,
                          Reservation writer) {
        this.database = database;
        this.name = name;
        this.version = version;
        this.temporary = temporary;
        this.writer = writer;
        this.autoIncrement = autoIncrement;
        this.stored = stored;
        this.generator = newGenerator(definition, stored);
    }

    private SequenceGenerator newGenerator(SequenceDefinition definition, SequencePosition position) {
        return new SequenceGenerator(database, name, definition, position, autoIncrement, new Reservation() {
            @Override
            public void persist(SequencePosition row, long resumeAfterKill) {
                writer.persist(row, resumeAfterKill);
                stored = row;
            }

            @Override
            public void record(SequencePosition row, long resumeAfterKill) {
                writer.record(row, resumeAfterKill);
                stored = row;
            }
        });
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public String name() {
        return name;
    }

    /** Unique in the file: a re-created or renamed sequence has a new one (LASTVAL reads NULL). */
    public long version() {
        return version;
    }

    @Override
    public boolean temporary() {
        return temporary;
    }

    /** NEXTVAL: the next value of the current generator. */
    public long next() {
        while (true) {
            try {
                return generator.next();
            } catch (RetiredGeneratorException replacedMeanwhile) {
                waitForReplacement();
            }
        }
    }

    /** A retired generator is replaced at once, unless the sequence was dropped or renamed: then it is gone. */
    private void waitForReplacement() {
        if (dropped) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_SEQUENCES, name);
        }
        Thread.onSpinWait();
    }

    /** SETVAL on the current generator. */
    public SequenceGenerator.SetResult set(long value, boolean isUsed, long round) {
        while (true) {
            try {
                return generator.set(value, isUsed, round);
            } catch (RetiredGeneratorException replacedMeanwhile) {
                waitForReplacement();
            }
        }
    }

    public SequenceDefinition definition() {
        return generator.definition();
    }

    /** The row as stored: what SELECT * FROM s shows. */
    public SequencePosition stored() {
        return stored;
    }

    /** FLUSH TABLES: forget the cached block; the next value comes from the stored row. */
    public void discardCache() {
        replace(generator.definition(), UnaryOperator.identity(), position -> {
        });
    }

    /**
     * ALTER SEQUENCE, INSERT, ALTER TABLE: a new definition and row, then values continue from
     * them. The new row is computed from the stored one while the old generator's lock is held,
     * so no block is reserved between reading the stored row and replacing it (else ALTER
     * could move the row back under values already handed out); {@code newPosition} may throw
     * to refuse the change, and then nothing changes.
     */
    public synchronized void replace(SequenceDefinition definition, UnaryOperator<SequencePosition> newPosition,
                                     Consumer<SequencePosition> storeWrite) {
        if (dropped) {
            throw new SeqDbException(ErrorCode.ER_UNKNOWN_SEQUENCES, name);
        }
        SequenceGenerator old = generator;
        synchronized (old) {
            SequencePosition position = newPosition.apply(stored);
            storeWrite.accept(position);
            stored = position;
            generator = newGenerator(definition, position);
            old.retire();
        }
    }

    public boolean isDropped() {
        return dropped;
    }

    /**
     * The sequence leaves the catalog (DROP, OR REPLACE, RENAME): its generator stops, under
     * its lock, before the store changes, so no block of the old sequence is reserved after.
     */
    synchronized void markDropped() {
        dropped = true;
        generator.retire();
    }
}
