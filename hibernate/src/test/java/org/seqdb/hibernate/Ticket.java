package org.seqdb.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** The smallest entity with a sequence id: what any dialect that has sequences must handle. */
@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_gen")
    @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_seq", allocationSize = 50)
    Long id;

    String title;

    protected Ticket() {
    }

    Ticket(String title) {
        this.title = title;
    }
}
