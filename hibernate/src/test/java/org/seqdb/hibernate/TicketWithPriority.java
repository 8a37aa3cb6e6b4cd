package org.seqdb.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The next version of {@link Ticket}: the same table with one more column, for hbm2ddl update to add. */
@Entity(name = "Ticket")
@Table(name = "Ticket")
public class TicketWithPriority {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_gen")
    @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_seq", allocationSize = 50)
    Long id;

    String title;

    Integer priority;
}
