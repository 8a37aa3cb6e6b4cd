package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * hbm2ddl create, then validate, then update against the same database, as an application
 * restarted with a new entity does; validate must see seqdb's tables, columns and sequences,
 * and must notice what is missing. Every DDL error fails the test (halt_on_error).
 */
class SchemaLifecycleTest extends OnEveryTarget {
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void createThenValidateThenUpdate(Target target) throws SQLException {
        try (SessionFactory factory = Hibernate.factory(target, "create", Customer.class, PurchaseOrder.class)) {
            assertEquals(List.of("customer", "purchase_order"), tables(target));
            assertEquals(List.of("customer_seq", "order_seq"), sequences(target));
        }
        try (SessionFactory factory = Hibernate.factory(target, "validate", Customer.class, PurchaseOrder.class)) {
            assertEquals(List.of("customer", "purchase_order"), tables(target));
        }
        try (SessionFactory factory = Hibernate.factory(target, "update", Customer.class, PurchaseOrder.class,
                Product.class)) {
            assertEquals(List.of("customer", "product", "purchase_order"), tables(target));
            assertEquals(List.of("customer_seq", "order_seq", "product_seq"), sequences(target));
        }
        // a second update finds nothing to do, and validate agrees with what update made
        try (SessionFactory factory = Hibernate.factory(target, "update", Customer.class, PurchaseOrder.class,
                Product.class)) {
            assertEquals(List.of("customer_seq", "order_seq", "product_seq"), sequences(target));
        }
        try (SessionFactory factory = Hibernate.factory(target, "validate", Customer.class, PurchaseOrder.class,
                Product.class)) {
            assertEquals(List.of("customer", "product", "purchase_order"), tables(target));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void validateNoticesAMissingSequence(Target target) throws SQLException {
        try (SessionFactory factory = Hibernate.factory(target, "create", Customer.class, PurchaseOrder.class)) {
            execute(target, "DROP SEQUENCE order_seq");
        }
        SchemaManagementException e = assertThrows(SchemaManagementException.class,
                () -> Hibernate.factory(target, "validate", Customer.class, PurchaseOrder.class).close());
        assertTrue(e.getMessage().contains("missing sequence [order_seq]"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void validateNoticesAMissingTable(Target target) {
        Hibernate.factory(target, "create", Customer.class, PurchaseOrder.class).close();
        SchemaManagementException e = assertThrows(SchemaManagementException.class,
                () -> Hibernate.factory(target, "validate", Customer.class, PurchaseOrder.class, Product.class).close());
        assertTrue(e.getMessage().contains("missing table [product]"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void updateAddsAColumnToAnExistingTable(Target target) throws SQLException {
        try (SessionFactory factory = Hibernate.factory(target, "create", Ticket.class)) {
            factory.inTransaction(session -> session.persist(new Ticket("first")));
        }
        SchemaManagementException e = assertThrows(SchemaManagementException.class,
                () -> Hibernate.factory(target, "validate", TicketWithPriority.class).close());
        assertTrue(e.getMessage().contains("missing column [priority]"), e.getMessage());
        try (SessionFactory factory = Hibernate.factory(target, "update", TicketWithPriority.class)) {
            factory.inTransaction(session -> {
                TicketWithPriority ticket = session.find(TicketWithPriority.class, 1L);
                assertEquals("first", ticket.title);
                assertEquals(null, ticket.priority, "the added column is NULL in the rows that were there");
                ticket.priority = 2;
            });
        }
        try (SessionFactory factory = Hibernate.factory(target, "validate", TicketWithPriority.class)) {
            factory.inSession(session -> assertEquals(2, session.find(TicketWithPriority.class, 1L).priority));
        }
    }

    static List<String> tables(Target target) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = target.connect();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                     new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    static List<String> sequences(Target target) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = target.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), null, "%", new String[] {"SEQUENCE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    static void execute(Target target, String sql) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
