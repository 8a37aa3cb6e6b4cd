package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application that names Hibernate's own {@code org.hibernate.dialect.MariaDBDialect} (as one
 * moved from MariaDB would) can create its sequences on seqdb, take ids from them, and validate
 * them. {@code create-only}: the 6.6 MariaDB dialect drops sequences without IF EXISTS, which
 * fails on an empty database on MariaDB as on seqdb. hbm2ddl update with foreign keys: on 7.x the
 * stock dialect reads them with its own query (INFORMATION_SCHEMA tables joined USING (...), CASE).
 */
class StockMariaDbDialectTest extends OnEveryTarget {
    private static final String STOCK = MariaDBDialect.class.getName();

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void updateReadsForeignKeysAsTheStockDialectDoes(Target target) throws SQLException {
        Hibernate.factory(target, "create", ENTITIES_WITH_KEYS).close();
        try (SessionFactory factory = Hibernate.factory(target, "update", STOCK, Customer.class, PurchaseOrder.class,
                Product.class)) {
            assertEquals(MariaDBDialect.class, Hibernate.dialect(factory).getClass());
            factory.inTransaction(session -> session.persist(new Product("p", null)));
        }
        try (SessionFactory factory = Hibernate.factory(target, "validate", STOCK, Customer.class, PurchaseOrder.class,
                Product.class)) {
            long products = factory.fromSession(session -> session.createSelectionQuery(
                    "select count(p) from Product p", Long.class).getSingleResult());
            assertEquals(1L, products);
        }
    }

    private static final Class<?>[] ENTITIES_WITH_KEYS = {Customer.class, PurchaseOrder.class};

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void createUseAndValidateSequences(Target target) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (SessionFactory factory = Hibernate.factory(target, "create-only", STOCK, Ticket.class)) {
            assertEquals(MariaDBDialect.class, Hibernate.dialect(factory).getClass());
            factory.inTransaction(session -> {
                for (int i = 0; i < 3; i++) {
                    Ticket ticket = new Ticket("t" + i);
                    session.persist(ticket);
                    ids.add(ticket.id);
                }
            });
            assertEquals(List.of(1L, 2L, 3L), ids);
            assertEquals(101L, CrudTest.nextNotCachedValue(target, "ticket_seq"));
        }
        try (SessionFactory factory = Hibernate.factory(target, "validate", STOCK, Ticket.class)) {
            assertInstanceOf(MariaDBDialect.class, Hibernate.dialect(factory));
            factory.inSession(session -> assertEquals(List.of("t0", "t1", "t2"), session.createSelectionQuery(
                    "select t.title from Ticket t order by t.id", String.class).getResultList()));
        }
        SchemaLifecycleTest.execute(target, "DROP SEQUENCE ticket_seq");
        SchemaManagementException e = assertThrows(SchemaManagementException.class,
                () -> Hibernate.factory(target, "validate", STOCK, Ticket.class).close());
        assertTrue(e.getMessage().contains("missing sequence [ticket_seq]"), e.getMessage());
    }
}
