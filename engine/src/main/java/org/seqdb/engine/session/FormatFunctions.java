package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;

/**
 * FORMAT(x, d [, locale]), CONV(n, from, to) and ORD(s), as MariaDB computes them. FORMAT knows
 * the locales en_US (the default: 1,234.5) and de_DE (1.234,5); any other is warning 1649 and
 * en_US, which is what MariaDB does for a locale it does not know (it knows more).
 */
final class FormatFunctions {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger UNSIGNED_MAX = TWO_TO_64.subtract(BigInteger.ONE);

    private FormatFunctions() {
    }

    static boolean has(String name) {
        return switch (name) {
            case "FORMAT", "CONV", "ORD" -> true;
            default -> false;
        };
    }

    static Object call(String name, Object[] a, Consumer<Notice> warnings) {
        return switch (name) {
            case "FORMAT" -> a[0] == null || a[1] == null ? null
                    : format(a[0], Arithmetic.toLong(Arithmetic.numeric(a[1])), a.length > 2 ? a[2] : null, warnings);
            case "CONV" -> a[0] == null || a[1] == null || a[2] == null ? null : conv(TextFunctions.text(a[0]),
                    Arithmetic.toLong(Arithmetic.numeric(a[1])), Arithmetic.toLong(Arithmetic.numeric(a[2])));
            case "ORD" -> a[0] == null ? null : (Object) ord(TextFunctions.text(a[0]));
            default -> Functions.UNKNOWN;
        };
    }

    private static String format(Object value, long decimals, Object locale, Consumer<Notice> warnings) {
        char group = ',';
        char point = '.';
        if (locale != null) {
            String name = TextFunctions.text(locale);
            if (name.equalsIgnoreCase("de_DE")) {
                group = '.';
                point = ',';
            } else if (!name.equalsIgnoreCase("en_US")) {
                warnings.accept(Notice.warning(ErrorCode.ER_UNKNOWN_LOCALE, name));
            }
        }
        int scale = (int) Math.max(0, Math.min(38, decimals));
        Object number = Arithmetic.number(value, warnings);
        BigDecimal exact = Arithmetic.toDecimal(number).setScale(scale, RoundingMode.HALF_UP);
        String digits = exact.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder text = new StringBuilder(exact.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(group);
            }
            text.append(whole.charAt(i));
        }
        if (dot >= 0) {
            text.append(point).append(digits, dot + 1, digits.length());
        }
        return text.toString();
    }

    /**
     * CONV: the number written in base |from| (its leading digits; a leading '-' negates it),
     * written in base |to|; a negative {@code to} writes it as a signed 64-bit number, else as an
     * unsigned one (so -1 is FFFFFFFFFFFFFFFF in base 16). NULL for a base outside 2..36.
     */
    private static String conv(String text, long from, long to) {
        long fromBase = Math.abs(from);
        long toBase = Math.abs(to);
        if (fromBase < 2 || fromBase > 36 || toBase < 2 || toBase > 36) {
            return null;
        }
        String s = text.strip();
        boolean negative = s.startsWith("-");
        int at = negative || s.startsWith("+") ? 1 : 0;
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(fromBase);
        for (; at < s.length(); at++) {
            int digit = Character.digit(s.charAt(at), (int) fromBase);
            if (digit < 0) {
                break;
            }
            value = value.multiply(base).add(BigInteger.valueOf(digit));
            if (value.compareTo(UNSIGNED_MAX) > 0) {
                value = UNSIGNED_MAX;
            }
        }
        if (negative) {
            value = value.negate();
        }
        if (to < 0) {
            long signed = value.signum() < 0 ? Math.max(value.longValue(), Long.MIN_VALUE) : value.longValue();
            return (signed < 0 ? "-" + BigInteger.valueOf(signed).negate().toString((int) toBase)
                    : Long.toString(signed, (int) toBase)).toUpperCase(java.util.Locale.ROOT);
        }
        BigInteger unsigned = value.signum() < 0 ? value.add(TWO_TO_64) : value;
        return unsigned.toString((int) toBase).toUpperCase(java.util.Locale.ROOT);
    }

    /** ORD: the first character's bytes as one number (the first byte highest), as MariaDB does for utf8mb4. */
    private static long ord(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        byte[] first = new String(Character.toChars(text.codePointAt(0))).getBytes(StandardCharsets.UTF_8);
        long value = 0;
        for (byte b : first) {
            value = value * 256 + (b & 0xff);
        }
        return value;
    }
}
