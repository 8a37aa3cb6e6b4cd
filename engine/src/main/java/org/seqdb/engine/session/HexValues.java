package org.seqdb.engine.session;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.seqdb.engine.sql.ast.Expression;

/**
 * The values of a hexadecimal literal: its bytes as a string (what {@code SELECT 0x41} shows, A),
 * and for the 0x form its unsigned number, which arithmetic takes ({@code 0x41 + 0} is 65; an
 * X'41' in arithmetic is the string 'A', read as a DOUBLE).
 */
final class HexValues {
    private HexValues() {
    }

    static String string(Expression.Hex hex) {
        return new String(HexFormat.of().parseHex(hex.digits()), StandardCharsets.UTF_8);
    }

    /** A Long where it fits, else the BigInteger of the (unsigned) value. */
    static Object number(Expression.Hex hex) {
        BigInteger value = hex.digits().isEmpty() ? BigInteger.ZERO : new BigInteger(hex.digits(), 16);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
