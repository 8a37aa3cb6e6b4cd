package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.hibernate.SessionFactory;
import org.hibernate.Version;
import org.hibernate.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hibernate finds SeqDbDialect from a jdbc:seqdb: connection alone, and writes MariaDB's sequence SQL. */
class DialectResolutionTest {
    @TempDir
    Path directory;

    @Test
    void runsOnTheHibernateVersionThisModuleIsFor() {
        String expected = Target.property("seqdb.expectHibernateMajor");
        assertNotNull(expected, "the surefire configuration names the Hibernate major version");
        assertEquals(expected, Version.getVersionString().split("\\.")[0], Version.getVersionString());
    }

    @Test
    void noDialectSettingResolvesSeqDbDialect() {
        try (SessionFactory factory = Hibernate.factory(Target.seqdb(directory), "none", Customer.class, PurchaseOrder.class)) {
            Dialect dialect = Hibernate.dialect(factory);
            assertInstanceOf(SeqDbDialect.class, dialect);
            assertEquals(SeqDbDialect.MARIADB_VERSION, dialect.getVersion());
        }
    }

    @Test
    void namedDialectWorksToo() {
        try (SessionFactory factory = Hibernate.factory(Target.seqdb(directory), "none",
                SeqDbDialect.class.getName(), Customer.class, PurchaseOrder.class)) {
            assertInstanceOf(SeqDbDialect.class, Hibernate.dialect(factory));
        }
    }

    @Test
    void sequenceStatementsAreMariaDbs() {
        try (SessionFactory factory = Hibernate.factory(Target.seqdb(directory), "none", Customer.class, PurchaseOrder.class)) {
            Dialect dialect = Hibernate.dialect(factory);
            assertEquals("create sequence s start with 1 increment by 50 nocache",
                    dialect.getSequenceSupport().getCreateSequenceStrings("s", 1, 50)[0]);
            assertEquals("create sequence s minvalue -10 start with -10 increment by 5 nocache",
                    dialect.getSequenceSupport().getCreateSequenceStrings("s", -10, 5)[0]);
            assertEquals("drop sequence if exists s", dialect.getSequenceSupport().getDropSequenceStrings("s")[0]);
            assertEquals("select next value for s", dialect.getSequenceSupport().getSequenceNextValString("s"));
            assertEquals("select table_name from information_schema.TABLES where table_schema=database() "
                    + "and table_type='SEQUENCE'", dialect.getQuerySequencesString());
        }
    }
}
