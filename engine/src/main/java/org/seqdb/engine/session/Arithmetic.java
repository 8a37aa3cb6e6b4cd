package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;

/**
 * MariaDB's arithmetic on the values seqdb has: 64-bit integers that fail with 1690 rather
 * than wrap, exact decimals (division adds 4 digits of scale: div_precision_increment),
 * doubles, and NULL propagating through everything.
 */
final class Arithmetic {
    private static final int DIV_PRECISION_INCREMENT = 4;

    private Arithmetic() {
    }

    /** @param text the expression as MariaDB prints it in a 1690 message */
    static Object apply(String operator, Object left, Object right, String text) {
        if (left == null || right == null) {
            return null;
        }
        Object a = numeric(left);
        Object b = numeric(right);
        if (a instanceof Double || b instanceof Double) {
            return doubles(operator, toDouble(a), toDouble(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            return longs(operator, x, y, text);
        }
        return decimals(operator, toDecimal(a), toDecimal(b), text);
    }

    private static Object longs(String operator, long x, long y, String text) {
        try {
            return switch (operator) {
                case "+" -> Math.addExact(x, y);
                case "-" -> Math.subtractExact(x, y);
                case "*" -> Math.multiplyExact(x, y);
                case "/" -> y == 0 ? null : divide(BigDecimal.valueOf(x), BigDecimal.valueOf(y));
                case "DIV" -> y == 0 ? null : x == Long.MIN_VALUE && y == -1 ? outOfRange(text) : x / y;
                case "MOD" -> y == 0 ? null : x % y;
                default -> throw new IllegalArgumentException(operator);
            };
        } catch (ArithmeticException overflow) {
            throw new SeqDbException(ErrorCode.ER_DATA_OUT_OF_RANGE, "BIGINT", text);
        }
    }

    private static Object outOfRange(String text) {
        throw new SeqDbException(ErrorCode.ER_DATA_OUT_OF_RANGE, "BIGINT", text);
    }

    private static Object decimals(String operator, BigDecimal x, BigDecimal y, String text) {
        return switch (operator) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> x.multiply(y);
            case "/" -> y.signum() == 0 ? null : divide(x, y);
            case "DIV" -> y.signum() == 0 ? null : integral(x.divideToIntegralValue(y), text);
            case "MOD" -> y.signum() == 0 ? null : x.remainder(y);
            default -> throw new IllegalArgumentException(operator);
        };
    }

    private static Object integral(BigDecimal value, String text) {
        BigInteger integer = value.toBigInteger();
        if (integer.bitLength() > 63) {
            throw new SeqDbException(ErrorCode.ER_DATA_OUT_OF_RANGE, "BIGINT", text);
        }
        return integer.longValue();
    }

    private static BigDecimal divide(BigDecimal x, BigDecimal y) {
        int scale = Math.max(x.scale(), 0) + DIV_PRECISION_INCREMENT;
        return x.divide(y, scale, RoundingMode.HALF_UP);
    }

    private static Object doubles(String operator, double x, double y) {
        return switch (operator) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> y == 0 ? null : x / y;
            case "DIV" -> y == 0 ? null : (long) (x / y);
            case "MOD" -> y == 0 ? null : x % y;
            default -> throw new IllegalArgumentException(operator);
        };
    }

    static Object negate(Object value, String text) {
        Object number = numeric(value);
        if (number == null) {
            return null;
        }
        if (number instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                return BigInteger.valueOf(l).negate();
            }
            return -l;
        }
        if (number instanceof Double d) {
            return -d;
        }
        return toDecimal(number).negate();
    }

    /** A value as a number: strings are read as MariaDB reads them (leading number, else 0). */
    static Object numeric(Object value) {
        if (value == null || value instanceof Long || value instanceof Double || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        String text = String.valueOf(value).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notLong) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notNumber) {
                return 0L;
            }
        }
    }

    static double toDouble(Object number) {
        return ((Number) number).doubleValue();
    }

    static BigDecimal toDecimal(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (number instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }

    /** Comparison as MariaDB does it for numbers, or strings when both are strings. */
    static Integer compare(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        Integer typed = TypedComparison.compare(left, right);
        if (typed != null) {
            return typed;
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareToIgnoreCase(b);
        }
        Object a = numeric(left);
        Object b = numeric(right);
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return toDecimal(a).compareTo(toDecimal(b));
    }

    static boolean isTrue(Object value) {
        Object number = numeric(value);
        if (number == null) {
            return false;
        }
        if (number instanceof Long l) {
            return l != 0;
        }
        return toDecimal(number).signum() != 0;
    }

    /** A value as a long for the integer arguments of SETVAL and variables. */
    static long toLong(Object value) {
        Object number = numeric(value);
        if (number instanceof Long l) {
            return l;
        }
        return toDecimal(number).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
