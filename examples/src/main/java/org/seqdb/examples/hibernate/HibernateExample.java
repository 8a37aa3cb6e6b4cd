package org.seqdb.examples.hibernate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * An ordinary Hibernate application on a seqdb file: no dialect is configured (Hibernate finds
 * seqdb's from the connection), ids come from sequences with {@code allocationSize = 50}.
 * It starts three times against the same file, as an application is deployed and redeployed
 * (after a {@code drop}, so that every run begins from an empty schema):
 * <ol>
 * <li>{@code hbm2ddl.auto=create}: creates the schema, persists, queries, updates, deletes;</li>
 * <li>{@code validate}: checks the schema it finds against the entities and reads the data;</li>
 * <li>{@code update}, with a new entity: adds its table and sequence, persists into it.</li>
 * </ol>
 * <pre>mvn -q -pl examples exec:java -Dexec.mainClass=org.seqdb.examples.hibernate.HibernateExample</pre>
 */
public final class HibernateExample {
    /** Held so that the level set on it stays set (java.util.logging keeps loggers weakly). */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    /** Hibernate's built-in connection pool warns that it is not for production (and that no driver class is named:
     * DriverManager finds the driver from the URL); this example uses it anyway. */
    private static final Logger POOL_LOG = Logger.getLogger("org.hibernate.orm.connections.pooling");

    private HibernateExample() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:seqdb:./hibernate-demo";
        HIBERNATE_LOG.setLevel(Level.WARNING);
        POOL_LOG.setLevel(Level.SEVERE);

        // a previous run left Book and Review: drop both (foreign key first), as hbm2ddl.auto=drop does
        factory(url, "drop", Book.class, Review.class).close();

        System.out.println("1. hbm2ddl.auto=create on " + url);
        try (SessionFactory factory = factory(url, "create", Book.class)) {
            System.out.println("   dialect resolved from the connection: " + factory.unwrap(
                    SessionFactoryImplementor.class).getJdbcServices().getDialect().getClass().getName());
            List<Book> books = new ArrayList<>();
            factory.inTransaction(session -> {
                for (int i = 1; i <= 60; i++) {
                    Book book = new Book("Volume " + i, 1950 + i);
                    session.persist(book);
                    books.add(book);
                }
            });
            System.out.println("   persisted 60 books, ids " + books.get(0).id + ".." + books.get(59).id
                    + " (" + sequenceRow(url, "book_seq") + ")");
            factory.inTransaction(session -> {
                Book book = session.find(Book.class, books.get(0).id);
                book.title = "Volume 1, revised";
            });
            factory.inSession(session -> System.out.println("   updated " + session.find(Book.class, books.get(0).id)
                    + ", version " + session.find(Book.class, books.get(0).id).version));
            factory.inSession(session -> System.out.println("   page 2 of the books after 2000, 5 a page: "
                    + session.createSelectionQuery("from Book b where b.published > 2000 order by b.published", Book.class)
                    .setFirstResult(5).setMaxResults(5).getResultList()));
            factory.inTransaction(session -> System.out.println("   bulk update: " + session.createMutationQuery(
                    "update Book b set b.inPrint = false where b.published < 1960").executeUpdate() + " books out of print"));
            factory.inTransaction(session -> System.out.println("   bulk delete: " + session.createMutationQuery(
                    "delete from Book b where b.inPrint = false").executeUpdate() + " books deleted"));
            factory.inTransaction(session -> session.remove(session.find(Book.class, books.get(59).id)));
            System.out.println("   removed " + books.get(59).title);
            try {
                factory.inTransaction(session -> {
                    session.persist(new Book("Never published", 2099));
                    session.flush();
                    throw new IllegalStateException("changed my mind");
                });
            } catch (IllegalStateException e) {
                System.out.println("   rolled back a persist (" + e.getMessage() + ")");
            }
            System.out.println("   books now: " + count(factory, "Book"));
        }

        System.out.println("2. hbm2ddl.auto=validate on the same file");
        try (SessionFactory factory = factory(url, "validate", Book.class)) {
            System.out.println("   schema valid; books: " + count(factory, "Book") + ", first: "
                    + factory.fromSession(session -> session.createSelectionQuery("from Book b order by b.id", Book.class)
                    .setMaxResults(1).getSingleResult()));
            Book late = new Book("A new book after a restart", 2024);
            factory.inTransaction(session -> session.persist(late));
            System.out.println("   persisted " + late + " (" + sequenceRow(url, "book_seq") + ")");
        }

        System.out.println("3. hbm2ddl.auto=update with a new entity, Review");
        try (SessionFactory factory = factory(url, "update", Book.class, Review.class)) {
            factory.inTransaction(session -> {
                Book book = session.createSelectionQuery("from Book b order by b.id", Book.class).setMaxResults(1)
                        .getSingleResult();
                for (int stars = 3; stars <= 5; stars++) {
                    session.persist(new Review(book, stars));
                }
            });
            System.out.println("   created table review and sequence review_seq; reviews: " + count(factory, "Review")
                    + ", average stars " + factory.fromSession(session -> session.createSelectionQuery(
                    "select avg(r.stars) from Review r", Double.class).getSingleResult()));
        }
    }

    static SessionFactory factory(String url, String mode, Class<?>... entities) {
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return configuration.setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.hbm2ddl.auto", mode)
                .buildSessionFactory();
    }

    static long count(SessionFactory factory, String entity) {
        return factory.fromSession(session -> session.createSelectionQuery("select count(*) from " + entity, Long.class)
                .getSingleResult());
    }

    /** The sequence's stored row: where its next block starts. */
    static String sequenceRow(String url, String sequence) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT next_not_cached_value, increment FROM " + sequence)) {
            rs.next();
            return sequence + " next_not_cached_value=" + rs.getLong(1) + ", increment " + rs.getLong(2);
        }
    }
}
