package org.seqdb.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.incrementer.MariaDBSequenceMaxValueIncrementer;

/**
 * Spring JDBC's MariaDB sequence incrementer on seqdb: it runs {@code select next value for s}
 * through a plain DataSource, and must give what it gives on MariaDB.
 */
class SpringSequenceIncrementerTest extends OnEveryTarget {
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void givesTheSequencesValues(Target target) throws SQLException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(target.url(), true);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SEQUENCE IF EXISTS order_ids");
            statement.execute("CREATE SEQUENCE order_ids START WITH 1000 INCREMENT BY 10 CACHE 5");
        }
        MariaDBSequenceMaxValueIncrementer incrementer = new MariaDBSequenceMaxValueIncrementer(dataSource, "order_ids");
        incrementer.setPaddingLength(6);
        List<Object> values = new ArrayList<>();
        values.add(incrementer.nextLongValue());
        values.add(incrementer.nextIntValue());
        values.add(incrementer.nextStringValue());
        values.add(incrementer.nextLongValue());
        values.add(incrementer.nextLongValue());
        values.add(incrementer.nextLongValue());
        assertEquals(List.of(1000L, 1010, "001020", 1030L, 1040L, 1050L), values, target.name());
        dataSource.destroy();
    }

    /** MariaDB answers 4091 Unknown SEQUENCE (SQLSTATE 42S02) here, not 1146. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aMissingSequenceIsADataAccessException(Target target) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(target.url(), true);
        MariaDBSequenceMaxValueIncrementer incrementer = new MariaDBSequenceMaxValueIncrementer(dataSource, "no_such_seq");
        DataAccessException e = assertThrows(DataAccessException.class, incrementer::nextLongValue);
        SQLException cause = (SQLException) e.getCause();
        assertEquals(4091, cause.getErrorCode(), target.name() + ": " + cause.getMessage());
        assertEquals("42S02", cause.getSQLState());
        dataSource.destroy();
    }
}
