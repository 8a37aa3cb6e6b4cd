package org.seqdb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doubles as MariaDB 10.11 sends them; every expected text was read from the oracle. */
class ValueTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1e3, 1000",
        "1.5e3, 1500",
        "1e14, 100000000000000",
        "1e15, 1e15",
        "-1e15, -1e15",
        "1234567890123456e0, 1.234567890123456e15",
        "999999999999999.9, 999999999999999.9",
        "123456789012345678e0, 1.2345678901234568e17",
        "1e-5, 0.00001",
        "1e-13, 0.0000000000001",
        "1.5e-12, 0.0000000000015",
        "1e-100, 1e-100",
        "5e-324, 5e-324",
        "0.1, 0.1",
        "0.3333333333333333, 0.3333333333333333",
        "1.7976931348623157e308, 1.7976931348623157e308",
        "1.8446744073709552e19, 1.8446744073709552e19",
        "0, 0",
    })
    void doublesInMariaDbsShortestForm(double value, String text) {
        assertEquals(text, ValueText.of(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1.50", "0.10", "-0.25", "2.5000"})
    void decimalsKeepTheirScale(String decimal) {
        assertEquals(decimal, ValueText.of(new BigDecimal(decimal)));
    }
}
