package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application's life on one database: persist with ids from sequences (allocationSize 50,
 * Hibernate's pooled optimizer), find, change, query with paging and aggregates, bulk HQL update
 * and delete, remove, a rolled-back transaction, and a restart. Every expected value here is what
 * the same program gets on MariaDB 10.11 (run it with -Dseqdb.oracle=... to see).
 */
class CrudTest extends OnEveryTarget {
    private static final Class<?>[] ENTITIES = {Customer.class, PurchaseOrder.class};

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void idsComeFromTheSequenceFiftyAtATime(Target target) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            factory.inTransaction(session -> {
                for (int i = 0; i < 60; i++) {
                    Customer customer = new Customer("c" + i, "c" + i + "@example.org", i % 2 == 0 ? "Paris" : "Oslo");
                    session.persist(customer);
                    ids.add(customer.id);
                }
            });
            // the pooled optimizer asked three times: 1 (the first block's start), 51 and 101
            assertEquals(LongStream.rangeClosed(1, 60).boxed().toList(), ids);
            assertEquals(151L, nextNotCachedValue(target, "customer_seq"));
        }
        // after a restart the next block starts where the sequence stands, not where the last one ended
        try (SessionFactory factory = Hibernate.factory(target, "validate", ENTITIES)) {
            Customer late = new Customer("late", "late@example.org", "Rome");
            factory.inTransaction(session -> session.persist(late));
            assertEquals(102L, late.id);
            assertEquals(201L, nextNotCachedValue(target, "customer_seq"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void thePooledLoOptimizerStartsEachBlockAtTheValueItGot(Target target) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (SessionFactory factory = Hibernate.factory(target, "create", null,
                Map.of("hibernate.id.optimizer.pooled.preferred", "pooled-lo"), ENTITIES)) {
            factory.inTransaction(session -> {
                for (int i = 0; i < 60; i++) {
                    Customer customer = new Customer("c" + i, null, "Oslo");
                    session.persist(customer);
                    ids.add(customer.id);
                }
            });
        }
        assertEquals(LongStream.rangeClosed(1, 60).boxed().toList(), ids);
        assertEquals(101L, nextNotCachedValue(target, "customer_seq"), "two values taken: 1 and 51");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void identityIdsComeFromAutoIncrementThroughGetGeneratedKeys(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", Tag.class)) {
            List<Long> ids = new ArrayList<>();
            factory.inTransaction(session -> {
                for (String label : List.of("red", "green", "blue")) {
                    Tag tag = new Tag(label);
                    session.persist(tag);
                    ids.add(tag.id);
                }
            });
            assertEquals(List.of(1L, 2L, 3L), ids);
            factory.inSession(session -> assertEquals("green", session.find(Tag.class, 2L).label));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void persistFindUpdateRemove(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            Customer created = new Customer("Ada", "ada@example.org", "London");
            created.born = LocalDate.of(1815, 12, 10);
            created.created = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123456000);
            created.balance = new BigDecimal("1234.50");
            factory.inTransaction(session -> {
                session.persist(created);
                PurchaseOrder order = new PurchaseOrder(created, 3);
                order.weight = 1.25;
                order.payload = new byte[] {1, 2, 3};
                order.note = "a long note ".repeat(1000);
                order.scan = new byte[70000];
                order.scan[69999] = 7;
                session.persist(order);
            });
            factory.inTransaction(session -> {
                Customer found = session.find(Customer.class, created.id);
                assertEquals("Ada", found.name);
                assertEquals(LocalDate.of(1815, 12, 10), found.born);
                assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123456000), found.created);
                assertEquals(new BigDecimal("1234.50"), found.balance);
                assertEquals(Customer.Level.BRONZE, found.level);
                assertEquals(0, found.version);
                assertEquals(1, found.orders.size());
                assertEquals(3, found.orders.get(0).quantity);
                assertEquals(1.25, found.orders.get(0).weight);
                assertArrayEquals(new byte[] {1, 2, 3}, found.orders.get(0).payload);
                assertEquals("a long note ".repeat(1000), found.orders.get(0).note);
                assertEquals(70000, found.orders.get(0).scan.length);
                assertEquals(7, found.orders.get(0).scan[69999]);
                found.level = Customer.Level.GOLD;
                found.city = null;
            });
            factory.inTransaction(session -> {
                Customer changed = session.find(Customer.class, created.id);
                assertEquals(Customer.Level.GOLD, changed.level);
                assertNull(changed.city);
                assertEquals(1, changed.version, "@Version went up with the update");
                session.remove(changed.orders.get(0));
                session.remove(changed);
            });
            factory.inSession(session -> assertNull(session.find(Customer.class, created.id)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void queriesWithPagingAndAggregates(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            persistCustomers(factory, 30);
            factory.inSession(session -> {
                List<String> page = session.createSelectionQuery(
                                "select c.name from Customer c where c.city = :city order by c.name desc", String.class)
                        .setParameter("city", "Paris").setFirstResult(2).setMaxResults(4).getResultList();
                assertEquals(List.of("c4", "c28", "c26", "c24"), page);
                List<Long> first = session.createSelectionQuery("select c.id from Customer c order by c.id", Long.class)
                        .setMaxResults(3).getResultList();
                assertEquals(List.of(1L, 2L, 3L), first);
                assertEquals(15L, session.createSelectionQuery(
                        "select count(c) from Customer c where c.city = 'Oslo'", Long.class).getSingleResult());
                Object[] minMax = session.createSelectionQuery(
                        "select min(c.id), max(c.id), sum(c.balance) from Customer c", Object[].class).getSingleResult();
                assertEquals(1L, minMax[0]);
                assertEquals(30L, minMax[1]);
                assertEquals(new BigDecimal("450.00"), minMax[2]);
                List<Object[]> perCity = session.createSelectionQuery(
                        "select c.city, count(c) from Customer c group by c.city order by c.city", Object[].class)
                        .getResultList();
                assertEquals(2, perCity.size());
                assertEquals("Oslo", perCity.get(0)[0]);
                assertEquals(15L, perCity.get(0)[1]);
                List<String> filtered = session.createSelectionQuery("select c.name from Customer c where c.name like 'c1%'"
                                + " and c.id in (:ids) and c.born between :from and :to and c.email is not null"
                                + " order by c.id", String.class)
                        .setParameter("ids", List.of(2L, 11L, 12L, 13L, 20L))
                        .setParameter("from", LocalDate.of(1990, 1, 1)).setParameter("to", LocalDate.of(1990, 1, 13))
                        .getResultList();
                assertEquals(List.of("c1", "c10", "c11", "c12"), filtered);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void bulkUpdateAndDelete(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            persistCustomers(factory, 30);
            factory.inTransaction(session -> {
                int updated = session.createMutationQuery(
                                "update Customer c set c.active = false, c.version = c.version + 1 where c.city = :city")
                        .setParameter("city", "Oslo").executeUpdate();
                assertEquals(15, updated);
                int deleted = session.createMutationQuery("delete from Customer c where c.active = false").executeUpdate();
                assertEquals(15, deleted);
            });
            factory.inSession(session -> assertEquals(List.of("Paris"), session.createSelectionQuery(
                    "select distinct c.city from Customer c", String.class).getResultList()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rollbackKeepsNoRowsButTheSequenceDoesNotGoBack(Target target) throws SQLException {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            persistCustomers(factory, 2);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> factory.inTransaction(session -> {
                for (int i = 0; i < 60; i++) {
                    session.persist(new Customer("ghost" + i, null, "Nowhere"));
                }
                session.flush();
                throw new IllegalStateException("roll back");
            }));
            assertEquals("roll back", thrown.getMessage());
            factory.inSession(session -> assertEquals(2L, session.createSelectionQuery(
                    "select count(c) from Customer c", Long.class).getSingleResult()));
            assertEquals(151L, nextNotCachedValue(target, "customer_seq"), "values taken by the rolled-back work stay taken");
            Customer after = new Customer("after", null, "Paris");
            factory.inTransaction(session -> session.persist(after));
            assertEquals(63L, after.id);
        }
    }

    /** Customers c0..c(n-1): even ones in Paris, odd ones in Oslo, born 1990-01-(1 + i % 28), balance i.50. */
    static void persistCustomers(SessionFactory factory, int n) {
        factory.inTransaction(session -> {
            for (int i = 0; i < n; i++) {
                Customer customer = new Customer("c" + i, "c" + i + "@example.org", i % 2 == 0 ? "Paris" : "Oslo");
                customer.born = LocalDate.of(1990, 1, 1 + i % 28);
                customer.balance = new BigDecimal(i + ".50");
                session.persist(customer);
            }
        });
    }

    static long nextNotCachedValue(Target target, String sequence) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT next_not_cached_value FROM " + sequence)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
