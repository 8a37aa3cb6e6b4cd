package org.seqdb.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An IDENTITY id: an AUTO_INCREMENT column whose values Hibernate reads back with getGeneratedKeys(). */
@Entity
public class Tag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String label;

    protected Tag() {
    }

    Tag(String label) {
        this.label = label;
    }
}
