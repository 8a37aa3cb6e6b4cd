package org.seqdb.hibernate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity with a collection table: a bulk HQL delete of authors first deletes their rows of
 * author_nickname with {@code where author_id in (select ...)}.
 */
@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_gen")
    @SequenceGenerator(name = "author_gen", sequenceName = "author_seq", allocationSize = 50)
    Long id;

    String name;

    @ElementCollection
    @CollectionTable(name = "author_nickname", joinColumns = @JoinColumn(name = "author_id"))
    List<String> nicknames = new ArrayList<>();

    protected Author() {
    }

    Author(String name, String... nicknames) {
        this.name = name;
        this.nicknames.addAll(List.of(nicknames));
    }
}
