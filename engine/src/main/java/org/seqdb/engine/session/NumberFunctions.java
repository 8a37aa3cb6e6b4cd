package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;

/**
 * MariaDB's numeric functions: integers stay integers (and fail with 1690 where the result
 * leaves BIGINT), decimals keep their scale and round half away from zero, doubles round to
 * the nearest even (rint), text is read as a double (with warning 1292). A NULL argument gives
 * NULL; a logarithm of a number that has none is NULL with warning 1365, as in MariaDB.
 */
final class NumberFunctions {
    /** MariaDB's NOT_FIXED_DEC: a double printed in its shortest form, not with a fixed number of decimals. */
    static final int NOT_FIXED = 31;

    private NumberFunctions() {
    }

    /**
     * @param text     the call as MariaDB prints it, for 1690 (asked only then)
     * @param warnings where 1292 and 1365 go
     */
    static Object call(String name, Object[] a, Supplier<String> text, Consumer<Notice> warnings) {
        for (Object value : a) {
            if (value == null) {
                return null;
            }
        }
        return switch (name) {
            case "ABS" -> abs(Arithmetic.number(a[0], warnings), text);
            case "SIGN" -> (long) sign(Arithmetic.number(a[0], warnings));
            case "MOD" -> Arithmetic.apply("MOD", a[0], a[1], text, warnings);
            case "ROUND" -> round(Arithmetic.number(a[0], warnings), a.length > 1 ? Arithmetic.toLong(a[1]) : 0, false);
            case "TRUNCATE" -> round(Arithmetic.number(a[0], warnings), Arithmetic.toLong(a[1]), true);
            case "FLOOR" -> floorOrCeiling(Arithmetic.number(a[0], warnings), RoundingMode.FLOOR);
            case "CEILING", "CEIL" -> floorOrCeiling(Arithmetic.number(a[0], warnings), RoundingMode.CEILING);
            case "SQRT" -> orNull(Math.sqrt(dbl(a[0], warnings)));
            case "EXP" -> real(Math.exp(dbl(a[0], warnings)), text);
            case "LN" -> logarithm(dbl(a[0], warnings), Math.E, warnings);
            case "LOG" -> a.length == 1 ? logarithm(dbl(a[0], warnings), Math.E, warnings)
                    : logarithm(dbl(a[1], warnings), dbl(a[0], warnings), warnings);
            case "LOG2" -> logarithm(dbl(a[0], warnings), 2, warnings);
            case "LOG10" -> logarithm(dbl(a[0], warnings), 10, warnings);
            case "POWER", "POW" -> real(Math.pow(dbl(a[0], warnings), dbl(a[1], warnings)), text);
            case "PI" -> Math.PI;
            case "SIN" -> real(Math.sin(dbl(a[0], warnings)), text);
            case "COS" -> real(Math.cos(dbl(a[0], warnings)), text);
            case "TAN" -> real(Math.tan(dbl(a[0], warnings)), text);
            case "ASIN" -> orNull(Math.asin(dbl(a[0], warnings)));
            case "ACOS" -> orNull(Math.acos(dbl(a[0], warnings)));
            case "ATAN" -> a.length == 1 ? Math.atan(dbl(a[0], warnings))
                    : Math.atan2(dbl(a[0], warnings), dbl(a[1], warnings));
            case "ATAN2" -> Math.atan2(dbl(a[0], warnings), dbl(a[1], warnings));
            case "COT" -> real(1 / Math.tan(dbl(a[0], warnings)), text);
            case "DEGREES" -> Math.toDegrees(dbl(a[0], warnings));
            case "RADIANS" -> Math.toRadians(dbl(a[0], warnings));
            default -> Functions.UNKNOWN;
        };
    }

    /** True for the functions of this family. */
    static boolean has(String name) {
        return switch (name) {
            case "ABS", "SIGN", "FLOOR", "CEILING", "CEIL", "SQRT", "EXP", "LN", "LOG2", "LOG10", "SIN", "COS", "TAN",
                 "ASIN", "ACOS", "COT", "DEGREES", "RADIANS", "MOD", "TRUNCATE", "POWER", "POW", "ATAN2", "ROUND",
                 "LOG", "ATAN", "PI" -> true;
            default -> false;
        };
    }

    private static double dbl(Object value, Consumer<Notice> warnings) {
        return Arithmetic.toDouble(Arithmetic.number(value, warnings));
    }

    private static Object abs(Object number, Supplier<String> text) {
        if (number instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                throw new SeqDbException(ErrorCode.ER_DATA_OUT_OF_RANGE, "BIGINT", text.get());
            }
            return Math.abs(l);
        }
        if (number instanceof Double d) {
            return Math.abs(d);
        }
        if (number instanceof BigInteger b) {
            return b.abs();
        }
        return Arithmetic.toDecimal(number).abs();
    }

    private static int sign(Object number) {
        if (number instanceof Long l) {
            return Long.signum(l);
        }
        if (number instanceof Double d) {
            return (int) Math.signum(d);
        }
        return Arithmetic.toDecimal(number).signum();
    }

    /**
     * ROUND and TRUNCATE to {@code digits} decimals (tens, hundreds, ... when negative): integers and
     * decimals exactly (a decimal keeps at most its own scale), doubles by rint, as MariaDB does.
     */
    private static Object round(Object number, long digits, boolean truncate) {
        int places = (int) Math.max(-400, Math.min(400, digits));
        if (number instanceof Double d) {
            return roundDouble(d, places, truncate);
        }
        RoundingMode mode = truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        if (number instanceof Long l) {
            if (places >= 0) {
                return l;
            }
            return BigDecimal.valueOf(l).setScale(places, mode).setScale(0, mode).longValueExact();
        }
        BigDecimal value = Arithmetic.toDecimal(number);
        if (places >= value.scale()) {
            return value;
        }
        BigDecimal rounded = value.setScale(places, mode);
        return places < 0 ? rounded.setScale(0, mode) : rounded;
    }

    private static double roundDouble(double value, int places, boolean truncate) {
        double scale = Math.pow(10, Math.abs(places));
        if (Double.isInfinite(scale)) {
            return places > 0 ? value : 0;
        }
        if (places >= 0) {
            double scaled = value * scale;
            if (Double.isInfinite(scaled)) {
                return value;
            }
            double whole = truncate ? (scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled)) : Math.rint(scaled);
            return whole / scale;
        }
        double scaled = value / scale;
        double whole = truncate ? (scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled)) : Math.rint(scaled);
        return whole * scale;
    }

    /** FLOOR / CEILING: a decimal becomes a BIGINT where it fits, a double stays a double. */
    private static Object floorOrCeiling(Object number, RoundingMode mode) {
        if (number instanceof Long || number instanceof BigInteger) {
            return number;
        }
        if (number instanceof Double d) {
            return mode == RoundingMode.FLOOR ? Math.floor(d) : Math.ceil(d);
        }
        BigInteger whole = Arithmetic.toDecimal(number).setScale(0, mode).toBigIntegerExact();
        return whole.bitLength() < 64 ? (Object) whole.longValue() : new BigDecimal(whole);
    }

    /** A double result; infinity or not-a-number is 1690, as MariaDB's check_float_overflow makes it. */
    private static Object real(double value, Supplier<String> text) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            throw new SeqDbException(ErrorCode.ER_DATA_OUT_OF_RANGE, "DOUBLE", text.get());
        }
        return value;
    }

    private static Object orNull(double value) {
        return Double.isNaN(value) ? null : (Object) value;
    }

    /** SQRT of a negative number is NULL without a warning; a logarithm of one (or of 0) NULL with 1365. */
    private static Object logarithm(double value, double base, Consumer<Notice> warnings) {
        if (value <= 0 || base <= 0 || base == 1) {
            warnings.accept(Notice.warning(ErrorCode.ER_DIVISION_BY_ZERO));
            return null;
        }
        if (base == 10) {
            return Math.log10(value);
        }
        return base == Math.E ? Math.log(value) : Math.log(value) / Math.log(base);
    }

    /** The type ROUND or TRUNCATE gives: an integer stays one, a decimal takes the scale asked for (at most its own). */
    static ExprType roundType(ExprType argument, Expression digits) {
        if (argument == null) {
            return null;
        }
        long places = digits == null ? 0 : digits instanceof Expression.Literal l && l.value() instanceof Long n ? n
                : digits instanceof Expression.Unary u && u.operand() instanceof Expression.Literal l
                        && l.value() instanceof Long n ? -n : Long.MIN_VALUE;
        return switch (argument.kind()) {
            case INTEGER, BIGINT, UNSIGNED -> argument;
            case DECIMAL -> places == Long.MIN_VALUE ? argument
                    : ExprType.decimal((int) Math.max(0, Math.min(argument.scale(), places)));
            case NULL -> ExprType.NULL;
            default -> new ExprType(ExprType.Kind.DOUBLE, places == Long.MIN_VALUE ? NOT_FIXED
                    : (int) Math.max(0, Math.min(30, places)));
        };
    }

    /** FLOOR and CEILING: integers stay integers, decimals become BIGINT, doubles stay doubles with no decimals. */
    static ExprType floorType(ExprType argument) {
        if (argument == null) {
            return null;
        }
        return switch (argument.kind()) {
            case INTEGER, BIGINT, UNSIGNED, NULL -> argument;
            case DECIMAL -> ExprType.BIGINT;
            default -> new ExprType(ExprType.Kind.DOUBLE, 0);
        };
    }
}
