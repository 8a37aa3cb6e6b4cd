package org.seqdb.examples.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A book whose id comes from the sequence book_seq, fifty ids per round trip to the database. */
@Entity
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_gen")
    @SequenceGenerator(name = "book_gen", sequenceName = "book_seq", allocationSize = 50)
    Long id;

    String title;

    int published;

    boolean inPrint = true;

    @Version
    int version;

    protected Book() {
    }

    Book(String title, int published) {
        this.title = title;
        this.published = published;
    }

    @Override
    public String toString() {
        return "#" + id + " " + title + " (" + published + (inPrint ? "" : ", out of print") + ")";
    }
}
