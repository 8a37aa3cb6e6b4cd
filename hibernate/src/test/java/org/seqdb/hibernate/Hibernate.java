package org.seqdb.hibernate;

import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Builds real session factories (no mocks) the way an application configures Hibernate. */
final class Hibernate {
    private Hibernate() {
    }

    /**
     * A session factory on {@code target} with {@code hibernate.hbm2ddl.auto=mode}. Unless
     * {@code dialect} is given: on seqdb no dialect is named (Hibernate resolves SeqDbDialect from
     * the connection), on MariaDB SeqDbDialect is named, so that the very same SQL runs on both.
     */
    static SessionFactory factory(Target target, String mode, String dialect, Class<?>... entities) {
        return factory(target, mode, dialect, Map.of(), entities);
    }

    /** As above, with more Hibernate settings. */
    static SessionFactory factory(Target target, String mode, String dialect, Map<String, String> settings,
                                  Class<?>... entities) {
        Configuration configuration = new Configuration();
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        configuration.setProperty("hibernate.connection.url", target.url());
        configuration.setProperty("hibernate.hbm2ddl.auto", mode);
        // a schema statement that fails must fail the test, not be logged and skipped
        configuration.setProperty("hibernate.hbm2ddl.halt_on_error", "true");
        configuration.setProperty("hibernate.connection.pool_size", "2");
        if (dialect == null && target.mariaDb()) {
            dialect = SeqDbDialect.class.getName();
        }
        if (dialect != null) {
            configuration.setProperty("hibernate.dialect", dialect);
        }
        settings.forEach(configuration::setProperty);
        return configuration.buildSessionFactory();
    }

    static SessionFactory factory(Target target, String mode, Class<?>... entities) {
        return factory(target, mode, null, entities);
    }

    static Dialect dialect(SessionFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }
}
