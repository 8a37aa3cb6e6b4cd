package org.seqdb.engine.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seqdb.engine.DatabaseConfig;
import org.seqdb.engine.Durability;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sequence.SequencePosition;

class StoreTest {
    @TempDir
    Path dir;

    private static final SequenceDefinition DEFINITION =
            new SequenceDefinition(1, 100, 5, 2, 10, true, null, "InnoDB", "a comment");

    @Test
    void whatIsWrittenIsReadBackAfterReopen() {
        DatabaseConfig config = DatabaseConfig.file(dir.resolve("db"), Durability.PROCESS);
        try (Store store = Store.open(config)) {
            store.createDatabase("other");
            store.putSequence("db", "s", DEFINITION, 7, new SequencePosition(5, 0));
            store.putPosition("db", "s", new SequencePosition(25, 3), 25);
        }
        try (Store store = Store.open(config)) {
            assertTrue(store.databases().contains("db"));
            assertTrue(store.databases().contains("other"));
            StoredSequence s = store.sequences().get(0);
            assertEquals(new StoredSequence("db", "s", DEFINITION, 7), s);
            assertEquals(new SequencePosition(25, 3), store.position("db", "s"));
            assertTrue(store.nextVersion() >= 1);
        }
    }

    @Test
    void aCleanCloseKeepsTheRowAndAKilledProcessResumesAtTheResumePoint() {
        DatabaseConfig config = DatabaseConfig.file(dir.resolve("db"), Durability.PROCESS);
        try (Store store = Store.open(config)) {
            store.putSequence("db", "s", DEFINITION, 7, new SequencePosition(5, 0));
            store.putPosition("db", "s", new SequencePosition(25, 1), 85);
            store.recordPosition("db", "s", new SequencePosition(45, 1), 85);
            assertEquals(new SequencePosition(45, 1), store.position("db", "s"), "a recorded row is read at once");
        }
        try (Store store = Store.open(config)) {
            assertEquals(new SequencePosition(45, 1), store.position("db", "s"), "the close wrote the recorded row");
        }
        markLeftOpen(config.file());
        try (Store store = Store.open(config)) {
            assertEquals(new SequencePosition(85, 1), store.position("db", "s"), "a kill resumes at the resume point");
        }
        try (Store store = Store.open(config)) {
            assertEquals(new SequencePosition(85, 1), store.position("db", "s"), "and that was written");
        }
    }

    /** What a killed process leaves: the file still marked open. */
    private static void markLeftOpen(Path file) {
        MVStore raw = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            raw.<String, Object>openMap("meta").put(Store.OPEN_KEY, Boolean.TRUE);
            raw.commit();
        } finally {
            raw.close();
        }
    }

    @Test
    void aFileOfAnotherFormatIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("notes.seqdb");
        Files.writeString(file, "these are not the bytes you are looking for", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        SeqDbException e = assertThrows(SeqDbException.class,
                () -> Store.open(DatabaseConfig.file(file, Durability.PROCESS)));
        assertTrue(e.getMessage().contains("not a seqdb database file"), e.getMessage());
        assertFalse(e.getMessage().contains("org.h2"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aMissingDirectoryIsNamed() {
        SeqDbException e = assertThrows(SeqDbException.class,
                () -> Store.open(DatabaseConfig.file(dir.resolve("nope/db"), Durability.PROCESS)));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aDirectoryIsNotADatabase() throws Exception {
        Files.createDirectory(dir.resolve("d.seqdb"));
        SeqDbException e = assertThrows(SeqDbException.class,
                () -> Store.open(DatabaseConfig.file(dir.resolve("d"), Durability.PROCESS)));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }
}
