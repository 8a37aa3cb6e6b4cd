package org.seqdb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doubles and FLOAT values as MariaDB 10.11 sends them; every expected text was read from the oracle. */
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

    @ParameterizedTest
    @CsvSource({
        "1e20, 1e20", "123, 123", "0.1, 0.1", "0.0001, 0.0001", "1.5e-7, 0.00000015",
        "123456789012345678, 1.2345678901234568e17", "1e15, 1e15", "1e14, 100000000000000",
        "1e16, 1e16", "1e-13, 0.0000000000001", "1e-14, 0.00000000000001", "1e-15, 0.000000000000001",
        "1e-16, 1e-16", "2.5e-16, 2.5e-16", "1.2345678901234e-10, 0.00000000012345678901234",
        "0.30000000000000004, 0.30000000000000004", "123456789012345.6, 123456789012345.6",
        "-1.5e100, -1.5e100", "1e300, 1e300", "1.0, 1", "0, 0",
    })
    void doublesAtTheFormatsEdges(double value, String text) {
        assertEquals(text, ValueText.ofDouble(value));
    }

    @ParameterizedTest
    @CsvSource({
        "3.1415927, 3.14159", "1e20, 1e20", "0.0001, 0.0001", "123456789, 123457000", "-1.5, -1.5",
        "1e-10, 0.0000000001", "1234567, 1234570", "1e12, 1000000000000", "1e13, 10000000000000",
        "1e14, 100000000000000", "1e15, 1e15", "1.23456e15, 1.23456e15", "1e-20, 1e-20", "99999.95, 100000",
        "1.1, 1.1",
    })
    void floatsWithSixDigits(float value, String text) {
        assertEquals(text, ValueText.ofFloat(value));
    }
}
