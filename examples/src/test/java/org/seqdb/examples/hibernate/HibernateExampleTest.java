package org.seqdb.examples.hibernate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Hibernate example runs twice on one file and says what it did, the same both times. */
class HibernateExampleTest {
    @TempDir
    Path directory;

    @Test
    void runsTwiceOnTheSameFile() throws Exception {
        String url = "jdbc:seqdb:" + directory.resolve("demo").toAbsolutePath();
        for (int run = 1; run <= 2; run++) {
            String output = run(url);
            for (String line : new String[] {
                "dialect resolved from the connection: org.seqdb.hibernate.SeqDbDialect",
                "persisted 60 books, ids 1..60 (book_seq next_not_cached_value=151, increment 50)",
                "bulk update: 9 books out of print", "bulk delete: 9 books deleted", "books now: 50",
                "schema valid; books: 50, first: #10 Volume 10 (1960)",
                "persisted #102 A new book after a restart (2024) (book_seq next_not_cached_value=201, increment 50)",
                "created table review and sequence review_seq; reviews: 3, average stars 4.0"}) {
                assertTrue(output.contains(line), "run " + run + " lacks \"" + line + "\":\n" + output);
            }
        }
    }

    private static String run(String url) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            HibernateExample.main(new String[] {url});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
