package org.seqdb.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The many side of a relation: a foreign key to customer. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_gen")
    @SequenceGenerator(name = "order_gen", sequenceName = "order_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Customer customer;

    int quantity;

    double weight;

    byte[] payload;

    @Lob
    String note;

    @Lob
    byte[] scan;

    protected PurchaseOrder() {
    }

    PurchaseOrder(Customer customer, int quantity) {
        this.customer = customer;
        this.quantity = quantity;
    }
}
