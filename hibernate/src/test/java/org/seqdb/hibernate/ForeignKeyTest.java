package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The foreign keys Hibernate creates are enforced as on MariaDB: removing a customer that orders
 * still refer to fails (1451) and changes nothing, an order for a customer that does not exist
 * fails (1452), both as Hibernate's ConstraintViolationException; removing the orders first works;
 * hbm2ddl create drops and recreates the related tables again.
 */
class ForeignKeyTest {
    @TempDir
    static Path directory;

    static List<Target> targets() throws SQLException {
        return Target.all(directory);
    }

    private static final Class<?>[] ENTITIES = {Customer.class, PurchaseOrder.class};

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void referencedRowsAreKeptAndOrphansRefused(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            CrudTest.persistCustomers(factory, 3);
            factory.inTransaction(session -> session.persist(new PurchaseOrder(session.find(Customer.class, 2L), 5)));
            ConstraintViolationException bulk = assertThrows(ConstraintViolationException.class,
                    () -> factory.inTransaction(session -> session.createMutationQuery(
                            "delete from Customer c where c.id >= 2").executeUpdate()));
            assertEquals(1451, bulk.getSQLException().getErrorCode());
            assertEquals(3L, count(factory));
            ConstraintViolationException remove = assertThrows(ConstraintViolationException.class,
                    () -> factory.inTransaction(session -> session.remove(session.find(Customer.class, 2L))));
            assertEquals(1451, remove.getSQLException().getErrorCode());
            ConstraintViolationException orphan = assertThrows(ConstraintViolationException.class,
                    () -> factory.inTransaction(session -> session.createNativeMutationQuery(
                            "insert into purchase_order (id, customer_id, quantity, weight) values (900, 99, 1, 0)")
                            .executeUpdate()));
            assertEquals(1452, orphan.getSQLException().getErrorCode());
            factory.inTransaction(session -> {
                Customer customer = session.find(Customer.class, 2L);
                customer.orders.forEach(session::remove);
                session.remove(customer);
            });
            assertEquals(2L, count(factory));
        }
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            assertEquals(0L, count(factory));
            assertInstanceOf(SessionFactory.class, factory);
        }
    }

    private static long count(SessionFactory factory) {
        return factory.fromSession(session -> session.createSelectionQuery("select count(c) from Customer c",
                Long.class).getSingleResult());
    }
}
