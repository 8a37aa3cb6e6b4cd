package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.hibernate.MappingException;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.tool.schema.extract.spi.SequenceInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Hibernate reads about existing sequences when a session factory starts (its dialect's
 * information_schema.TABLES query and the UNION ALL over every sequence), and what it does with
 * it: a sequence whose increment does not match {@code allocationSize} stops the start, as on MariaDB.
 */
class SequenceInformationTest extends OnEveryTarget {
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everySequenceIsReadWithItsOptions(Target target) throws SQLException {
        SchemaLifecycleTest.execute(target, "CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 50 NOCACHE");
        SchemaLifecycleTest.execute(target, "CREATE SEQUENCE other_seq START WITH -5 MINVALUE -10 MAXVALUE 1000 "
                + "INCREMENT BY 5 CACHE 7");
        try (SessionFactory factory = Hibernate.factory(target, "none", Ticket.class)) {
            List<SequenceInformation> sequences = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getExtractedMetaDataSupport().getSequenceInformationList();
            List<String> read = sequences.stream().map(s -> s.getSequenceName().getSequenceName().getText() + " start "
                    + s.getStartValue() + " min " + s.getMinValue() + " max " + s.getMaxValue() + " increment "
                    + s.getIncrementValue()).sorted().toList();
            assertEquals(List.of("other_seq start -5 min -10 max 1000 increment 5",
                    "ticket_seq start 1 min 1 max 9223372036854775806 increment 50"), read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anIncrementThatDoesNotMatchTheAllocationSizeStopsTheStart(Target target) throws SQLException {
        SchemaLifecycleTest.execute(target, "CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 1");
        MappingException e = assertThrows(MappingException.class,
                () -> Hibernate.factory(target, "none", Ticket.class).close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        // the wording differs between Hibernate 6.6 and 7.x; the numbers are what Hibernate read from seqdb
        assertTrue(messages.toString().matches("(?s).*The increment size of the \\[ticket_seq\\] sequence is set to "
                + "\\[50\\] in the entity mapping .* database sequence increment size is \\[1\\].*"), messages.toString());
    }
}
