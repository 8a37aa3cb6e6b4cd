package org.seqdb.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An entity with the column types applications map most, an index, a unique key and a version. */
@Entity
@Table(name = "customer", indexes = @Index(name = "idx_customer_city", columnList = "city"))
public class Customer {
    public enum Level { BRONZE, SILVER, GOLD }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_gen")
    @SequenceGenerator(name = "customer_gen", sequenceName = "customer_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 100)
    String name;

    @Column(unique = true)
    String email;

    String city;

    boolean active = true;

    LocalDate born;

    LocalDateTime created;

    @Column(precision = 12, scale = 2)
    BigDecimal balance;

    @Enumerated(EnumType.STRING)
    Level level = Level.BRONZE;

    @Version
    int version;

    @OneToMany(mappedBy = "customer")
    List<PurchaseOrder> orders = new ArrayList<>();

    protected Customer() {
    }

    Customer(String name, String email, String city) {
        this.name = name;
        this.email = email;
        this.city = city;
    }
}
