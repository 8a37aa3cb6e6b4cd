package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HQL's standard functions and the Criteria API, as Hibernate renders them for MariaDB: string
 * functions (upper, lower, concat, length, coalesce, substring, trim, locate, replace in a
 * Criteria {@code like}), numeric ones (abs, mod, round, floor, ceiling), dates (year, month,
 * day, extract, current_date, local date) and casts. The customers are CrudTest's c0..c9; every
 * expected value is what the same query gives on MariaDB 10.11.
 */
class HqlFunctionsTest {
    @TempDir
    static Path directory;

    static List<Target> targets() throws SQLException {
        return Target.all(directory);
    }

    private static final Class<?>[] ENTITIES = {Customer.class, PurchaseOrder.class};

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void stringFunctions(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            CrudTest.persistCustomers(factory, 10);
            factory.inSession(session -> {
                assertEquals(List.of("C0x2Paris", "C1x2Oslo", "C2x2Paris"), session.createSelectionQuery(
                        "select upper(c.name) || lower('X') || length(c.name) || coalesce(c.city, '-') from Customer c"
                                + " where c.id <= 3 order by c.id", String.class).getResultList());
                assertEquals(List.of("ari", "slo"), session.createSelectionQuery(
                        "select substring(c.city, 2, 3) from Customer c where c.id <= 2 order by c.id", String.class)
                        .getResultList());
                assertEquals(List.of("c1@example.org"), session.createSelectionQuery(
                        "select trim(both 'x' from concat('xx', c.email, 'x')) from Customer c where c.name = 'c1'",
                        String.class).getResultList());
                assertEquals(List.of(3, 0), session.createSelectionQuery(
                        "select locate('r', c.city) from Customer c where c.id <= 2 order by c.id", Integer.class)
                        .getResultList());
                assertEquals(List.of("c5"), session.createSelectionQuery(
                        "select c.name from Customer c where upper(c.name) = 'C5' and lower(c.city) = 'oslo'",
                        String.class).getResultList());
                var builder = session.getCriteriaBuilder();
                var query = builder.createQuery(String.class);
                var customer = query.from(Customer.class);
                query.select(customer.get("name")).where(builder.like(customer.get("email"), "c1%"))
                        .orderBy(builder.asc(customer.get("id")));
                assertEquals(List.of("c1"), session.createQuery(query).getResultList());
                assertEquals(List.of("c0-c"), session.createSelectionQuery(
                        "select concat(c.name, '-', left(c.email, 1)) from Customer c where c.id = 1", String.class)
                        .getResultList());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void numericFunctionsAndCasts(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            CrudTest.persistCustomers(factory, 10);
            factory.inSession(session -> {
                Object[] row = session.createSelectionQuery("select abs(c.balance - 10), mod(c.id, 4), round(c.balance, 0),"
                        + " floor(c.balance), ceiling(c.balance), sqrt(c.id * 4.0) from Customer c where c.name = 'c7'",
                        Object[].class).getSingleResult();
                assertEquals(new BigDecimal("2.50"), row[0]);
                assertEquals(0, ((Number) row[1]).intValue());
                assertEquals(0, new BigDecimal("8").compareTo((BigDecimal) row[2]));
                assertEquals(7L, ((Number) row[3]).longValue());
                assertEquals(8L, ((Number) row[4]).longValue());
                assertEquals(Math.sqrt(32), ((Number) row[5]).doubleValue(), 1e-9);
                assertEquals(List.of("1", "2"), session.createSelectionQuery(
                        "select cast(c.id as String) from Customer c where c.id <= 2 order by c.id", String.class)
                        .getResultList());
                assertEquals(List.of(4), session.createSelectionQuery(
                        "select cast(c.balance as Integer) from Customer c where c.name = 'c3'", Integer.class)
                        .getResultList());
                assertEquals(List.of("c2", "c6"), session.createSelectionQuery(
                        "select c.name from Customer c where mod(c.id, 4) = 3 order by c.id", String.class)
                        .getResultList());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void dateFunctions(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            CrudTest.persistCustomers(factory, 10);
            factory.inSession(session -> {
                assertEquals(List.of("c0", "c1", "c2"), session.createSelectionQuery("select c.name from Customer c"
                        + " where year(c.born) = 1990 and month(c.born) = 1 and day(c.born) < 4 order by c.id",
                        String.class).getResultList());
                assertEquals(List.of(1990, 1, 5), List.of(session.createSelectionQuery(
                        "select extract(year from c.born), extract(month from c.born), extract(day from c.born)"
                                + " from Customer c where c.name = 'c4'", Object[].class).getSingleResult())
                        .stream().map(v -> ((Number) v).intValue()).toList());
                assertEquals(true, session.createSelectionQuery(
                        "select year(current_date) > 2000 from Customer c where c.id = 1", Boolean.class)
                        .getSingleResult());
                assertEquals(10L, session.createSelectionQuery(
                        "select count(c) from Customer c where c.born < local date and c.born > :from", Long.class)
                        .setParameter("from", LocalDate.of(1989, 12, 31)).getSingleResult());
                LocalDate today = session.createSelectionQuery("select local date from Customer c where c.id = 1",
                        LocalDate.class).getSingleResult();
                assertTrue(Math.abs(today.toEpochDay() - LocalDate.now().toEpochDay()) <= 1, today.toString());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void caseWhenAndNullsOrdering(Target target) {
        try (SessionFactory factory = Hibernate.factory(target, "create", ENTITIES)) {
            CrudTest.persistCustomers(factory, 4);
            factory.inTransaction(session -> session.createMutationQuery(
                    "update Customer c set c.city = null where c.name = 'c1'").executeUpdate());
            factory.inSession(session -> {
                assertEquals(List.of("Paris", "none", "Paris", "Oslo"), session.createSelectionQuery(
                        "select case when c.city is null then 'none' else c.city end from Customer c order by c.id",
                        String.class).getResultList());
                assertEquals(List.of("c1", "c0", "c2", "c3"), session.createSelectionQuery(
                        "select c.name from Customer c order by c.city desc nulls first, c.id", String.class)
                        .getResultList());
                assertEquals(List.of("c3", "c0", "c2", "c1"), session.createSelectionQuery(
                        "select c.name from Customer c order by c.city asc nulls last, c.id", String.class)
                        .getResultList());
                assertEquals(List.of(2L), session.createSelectionQuery(
                        "select sum(case when c.city = 'Paris' then 1 else 0 end) from Customer c", Long.class)
                        .getResultList());
                assertEquals(List.of("even", "odd", "even", "odd"), session.createSelectionQuery(
                        "select case mod(c.id, 2) when 1 then 'even' else 'odd' end from Customer c order by c.id",
                        String.class).getResultList());
            });
        }
    }
}
