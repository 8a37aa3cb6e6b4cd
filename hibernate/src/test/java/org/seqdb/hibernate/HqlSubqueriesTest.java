package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HQL subqueries as Hibernate renders them: EXISTS and IN, correlated to the outer entity, a
 * subquery as a value in the select list and WHERE, {@code is empty} and {@code size()} of a
 * collection, ANY / ALL, and the bulk deletes that name their rows by a subquery (of entities,
 * and of a collection table before its owners). Every expected value is MariaDB's.
 */
class HqlSubqueriesTest {
    @TempDir
    static Path directory;

    static List<Target> targets() throws SQLException {
        return Target.all(directory);
    }

    private static final Class<?>[] ENTITIES = {Customer.class, PurchaseOrder.class, Product.class, Author.class};

    /** c0..c4 (ids 1..5); orders of 1, 2 and 3 pieces for c0, 4 for c2; products s0..s4, one per customer. */
    private static void persist(SessionFactory factory) {
        CrudTest.persistCustomers(factory, 5);
        factory.inTransaction(session -> {
            List<Customer> customers = session.createSelectionQuery("from Customer c order by c.id", Customer.class)
                    .getResultList();
            for (int quantity = 1; quantity <= 3; quantity++) {
                session.persist(new PurchaseOrder(customers.get(0), quantity));
            }
            session.persist(new PurchaseOrder(customers.get(2), 4));
            for (int i = 0; i < customers.size(); i++) {
                session.persist(new Product("s" + i, customers.get(i)));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void existsInAndValueSubqueries(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            persist(factory);
            factory.inSession(session -> {
                assertEquals(List.of("c0", "c2"), session.createSelectionQuery("select c.name from Customer c where"
                        + " exists (select 1 from PurchaseOrder o where o.customer = c and o.quantity > 2) order by c.name",
                        String.class).getResultList());
                assertEquals(List.of("c0"), session.createSelectionQuery("select c.name from Customer c where c.id in"
                        + " (select o.customer.id from PurchaseOrder o where o.quantity < 2) order by c.name",
                        String.class).getResultList());
                assertEquals(List.of("c1", "c3", "c4"), session.createSelectionQuery(
                        "select c.name from Customer c where c.orders is empty order by c.name", String.class)
                        .getResultList());
                assertEquals(List.of(3, 0, 1, 0, 0), session.createSelectionQuery(
                        "select size(c.orders) from Customer c order by c.id", Integer.class).getResultList());
                List<Object[]> most = session.createSelectionQuery("select c.name, (select max(o.quantity) from"
                        + " PurchaseOrder o where o.customer = c) from Customer c where c.id <= 3 order by c.id",
                        Object[].class).getResultList();
                assertEquals(List.of("c0", 3, "c1", "null", "c2", 4), most.stream()
                        .flatMap(r -> java.util.stream.Stream.of(r[0], r[1] == null ? "null" : r[1])).toList());
                assertEquals(List.of("c0", "c2"), session.createSelectionQuery("select c.name from Customer c where"
                        + " (select count(o) from PurchaseOrder o where o.customer = c) > 0 order by c.id",
                        String.class).getResultList());
                assertEquals(List.of("c2"), session.createSelectionQuery("select c.name from Customer c where c.id ="
                        + " any (select o.customer.id from PurchaseOrder o where o.quantity > 3)", String.class)
                        .getResultList());
                assertEquals(List.of("c3", "c4"), session.createSelectionQuery("select c.name from Customer c where"
                        + " c.id > all (select o.customer.id from PurchaseOrder o) order by c.id", String.class)
                        .getResultList());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void bulkDeletesNamedBySubqueries(Target target) throws SQLException {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            persist(factory);
            factory.inTransaction(session -> {
                session.persist(new Author("ann", "a", "annie"));
                session.persist(new Author("bob", "b"));
            });
            int deleted = factory.fromTransaction(session -> session.createMutationQuery(
                    "delete from Product p where p.owner.id in (select c.id from Customer c where c.name = 'c4')")
                    .executeUpdate());
            assertEquals(1, deleted);
            assertEquals(4L, count(target, "product"));
            int authors = factory.fromTransaction(session -> session.createMutationQuery(
                    "delete from Author a where a.name = 'ann'").executeUpdate());
            assertEquals(1, authors);
            assertEquals(1L, count(target, "author_nickname"));
            factory.inSession(session -> assertEquals(List.of("b"), session.createSelectionQuery(
                    "select n from Author a join a.nicknames n", String.class).getResultList()));
        }
    }

    /**
     * HQL insert ... select into an entity with sequence ids: Hibernate numbers the rows in a
     * temporary table (CREATE TEMPORARY TABLE HTE_..., ROW_NUMBER() OVER ()), gives them ids, and
     * copies them over, all in the application's transaction.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void insertSelectThroughATemporaryTable(Target target) throws SQLException {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            persist(factory);
            int inserted = factory.fromTransaction(session -> session.createMutationQuery(
                    "insert into Product (sku) select c.name from Customer c where c.id <= 2").executeUpdate());
            assertEquals(2, inserted);
            assertEquals(7L, count(target, "product"));
            factory.inSession(session -> assertEquals(List.of("c0", "c1"), session.createSelectionQuery(
                    "select p.sku from Product p where p.owner is null order by p.id", String.class).getResultList()));
            boolean rolledBack = false;
            try {
                factory.inTransaction(session -> {
                    session.createMutationQuery("insert into Product (sku) select c.name from Customer c")
                            .executeUpdate();
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                rolledBack = true;
            }
            assertEquals(true, rolledBack);
            assertEquals(7L, count(target, "product"));
        }
    }

    private static long count(Target target, String table) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
