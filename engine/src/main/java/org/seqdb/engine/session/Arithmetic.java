package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;

/**
 * MariaDB's arithmetic on the values seqdb has: 64-bit integers that fail with 1690 rather
 * than wrap, exact decimals (division adds 4 digits of scale: div_precision_increment),
 * doubles (1690 past their range), strings read as doubles, and NULL propagating through
 * everything. Division, DIV and MOD by zero are NULL with warning 1365, as MariaDB's default
 * sql_mode (ERROR_FOR_DIVISION_BY_ZERO, outside strict INSERT/UPDATE) makes them.
 */
final class Arithmetic {
    private static final int DIV_PRECISION_INCREMENT = 4;
    /** What MariaDB's string-to-double conversion reads: an optionally signed number, perhaps with an exponent. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Arithmetic() {
    }

    static boolean isArithmetic(String operator) {
        return switch (operator) {
            case "+", "-", "*", "/", "DIV", "MOD" -> true;
            default -> false;
        };
    }

    /**
     * @param text     the expression as MariaDB prints it in a 1690 message (asked only then)
     * @param warnings where 1292 and 1365 go
     */
    static Object apply(String operator, Object left, Object right, Supplier<String> text,
                        Consumer<Notice> warnings) {
        if (left == null || right == null) {
            return null;
        }
        Object a = number(left, warnings);
        Object b = number(right, warnings);
        boolean divides = operator.equals("/") || operator.equals("DIV") || operator.equals("MOD");
        if (divides && isZero(b)) {
            warnings.accept(Notice.warning(ErrorCode.ER_DIVISION_BY_ZERO));
            return null;
        }
        if (a instanceof Double || b instanceof Double) {
            return doubles(operator, toDouble(a), toDouble(b), text);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return longs(operator, x, y, text);
        }
        return decimals(operator, toDecimal(a), toDecimal(b), text);
    }

    private static boolean isZero(Object number) {
        if (number instanceof Long l) {
            return l == 0;
        }
        if (number instanceof Double d) {
            return d == 0;
        }
        return toDecimal(number).signum() == 0;
    }

    /** A value as arithmetic reads it: a string as a DOUBLE, with warning 1292 when it is not all number. */
    static Object number(Object value, Consumer<Notice> warnings) {
        if (value instanceof String text) {
            Matcher matcher = NUMBER_PREFIX.matcher(text.stripLeading());
            boolean found = matcher.lookingAt();
            double parsed = found ? Double.parseDouble(matcher.group()) : 0.0;
            if (!found || !text.stripLeading().substring(matcher.end()).isBlank() || Double.isInfinite(parsed)) {
                warnings.accept(Notice.warning(ErrorCode.ER_TRUNCATED_WRONG_VALUE, "DOUBLE", text));
            }
            return clamped(parsed);
        }
        return numeric(value);
    }

    private static Object longs(String operator, long x, long y, Supplier<String> text) {
        try {
            return switch (operator) {
                case "+" -> Math.addExact(x, y);
                case "-" -> Math.subtractExact(x, y);
                case "*" -> Math.multiplyExact(x, y);
                case "/" -> divide(BigDecimal.valueOf(x), BigDecimal.valueOf(y));
                case "DIV" -> x == Long.MIN_VALUE && y == -1 ? outOfRange("BIGINT", text) : x / y;
                case "MOD" -> x % y;
                default -> throw new IllegalArgumentException(operator);
            };
        } catch (ArithmeticException overflow) {
            return outOfRange("BIGINT", text);
        }
    }

    private static Object outOfRange(String type, Supplier<String> text) {
        throw new SeqDbException(ErrorCode.ER_DATA_OUT_OF_RANGE, type, text.get());
    }

    private static Object decimals(String operator, BigDecimal x, BigDecimal y, Supplier<String> text) {
        return switch (operator) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> x.multiply(y);
            case "/" -> divide(x, y);
            case "DIV" -> integral(x.divideToIntegralValue(y), text);
            case "MOD" -> x.remainder(y);
            default -> throw new IllegalArgumentException(operator);
        };
    }

    private static Object integral(BigDecimal value, Supplier<String> text) {
        BigInteger integer = value.toBigInteger();
        if (integer.bitLength() > 63) {
            return outOfRange("BIGINT", text);
        }
        return integer.longValue();
    }

    private static BigDecimal divide(BigDecimal x, BigDecimal y) {
        int scale = Math.max(x.scale(), 0) + DIV_PRECISION_INCREMENT;
        return x.divide(y, scale, RoundingMode.HALF_UP);
    }

    private static Object doubles(String operator, double x, double y, Supplier<String> text) {
        if (operator.equals("DIV")) {
            double quotient = x / y;
            return quotient >= 0x1p63 || quotient < -0x1p63 ? outOfRange("BIGINT", text) : (Object) (long) quotient;
        }
        double result = switch (operator) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            case "MOD" -> x % y;
            default -> throw new IllegalArgumentException(operator);
        };
        return Double.isInfinite(result) || Double.isNaN(result) ? outOfRange("DOUBLE", text) : (Object) result;
    }

    /** Unary minus: the negation of the smallest BIGINT is a DECIMAL, as in MariaDB. */
    static Object negate(Object value, Consumer<Notice> warnings) {
        Object number = value == null ? null : number(value, warnings);
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
            Matcher matcher = NUMBER_PREFIX.matcher(text);
            return matcher.lookingAt() ? (Object) clamped(Double.parseDouble(matcher.group())) : (Object) 0L;
        }
    }

    static double toDouble(Object number) {
        return ((Number) number).doubleValue();
    }

    /** Text beyond the range of a double reads as the largest double of its sign, as MariaDB reads it. */
    private static double clamped(double parsed) {
        return Double.isInfinite(parsed) ? Math.copySign(Double.MAX_VALUE, parsed) : parsed;
    }

    static BigDecimal toDecimal(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (number instanceof Double d) {
            return BigDecimal.valueOf(clamped(d));
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }

    /** Comparison as MariaDB does it for numbers, or strings when both are strings. */
    static Integer compare(Object left, Object right) {
        return compare(left, right, unreadable -> {
        });
    }

    /** The same, reporting to {@code warnings} a value compared with a date that is none (see TypedComparison). */
    static Integer compare(Object left, Object right, Consumer<Notice> warnings) {
        if (left == null || right == null) {
            return null;
        }
        Integer typed = TypedComparison.compare(left, right, warnings);
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
