package org.seqdb.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An entity added later, for hbm2ddl update to create its table, sequence and foreign key. */
@Entity
@Table(name = "product")
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_gen")
    @SequenceGenerator(name = "product_gen", sequenceName = "product_seq", allocationSize = 50)
    Long id;

    String sku;

    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    Customer owner;

    protected Product() {
    }

    Product(String sku, Customer owner) {
        this.sku = sku;
        this.owner = owner;
    }
}
