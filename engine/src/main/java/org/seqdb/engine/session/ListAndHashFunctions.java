package org.seqdb.engine.session;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * HEX, UNHEX, CHAR, BIN, OCT, MD5, SHA1 / SHA, SHA2, FIELD, FIND_IN_SET and ELT, as MariaDB
 * computes them on utf8mb4 text: a number given to HEX / BIN / OCT is a BIGINT (a negative one as
 * its 64-bit two's complement), text is its bytes; UNHEX and CHAR give bytes; the digests are
 * lower-case hex; list positions count from 1 and are 0 when nothing matches.
 */
final class ListAndHashFunctions {
    private ListAndHashFunctions() {
    }

    /** True for the lengths SHA2 takes. */
    static boolean isShaLength(long bits) {
        return bits == 0 || bits == 224 || bits == 256 || bits == 384 || bits == 512;
    }

    static boolean has(String name) {
        return switch (name) {
            case "HEX", "UNHEX", "CHAR", "BIN", "OCT", "MD5", "SHA1", "SHA", "SHA2", "FIELD", "FIND_IN_SET", "ELT" -> true;
            default -> false;
        };
    }

    static Object call(String name, Object[] a, java.util.function.Consumer<org.seqdb.engine.error.Notice> warnings) {
        return switch (name) {
            case "HEX" -> a[0] == null ? null : hex(a[0]);
            case "UNHEX" -> a[0] == null ? null : unhex(text(a[0]));
            case "CHAR" -> characters(a, warnings);
            case "BIN" -> a[0] == null ? null : unsigned(Arithmetic.toLong(Arithmetic.numeric(a[0])), 2);
            case "OCT" -> a[0] == null ? null : unsigned(Arithmetic.toLong(Arithmetic.numeric(a[0])), 8);
            case "MD5" -> a[0] == null ? null : digest("MD5", a[0]);
            case "SHA1", "SHA" -> a[0] == null ? null : digest("SHA-1", a[0]);
            case "SHA2" -> a[0] == null || a[1] == null ? null
                    : sha2(a[0], Arithmetic.toLong(Arithmetic.numeric(a[1])), warnings);
            case "FIELD" -> field(a);
            case "FIND_IN_SET" -> a[0] == null || a[1] == null ? null : (Object) findInSet(text(a[0]), text(a[1]));
            case "ELT" -> elt(a);
            default -> Functions.UNKNOWN;
        };
    }

    private static String text(Object value) {
        return TextFunctions.text(value);
    }

    private static String hex(Object value) {
        if (value instanceof String || value instanceof byte[]) {
            return HexFormat.of().withUpperCase().formatHex(TextFunctions.bytesOf(value));
        }
        return unsigned(Arithmetic.toLong(Arithmetic.numeric(value)), 16).toUpperCase(Locale.ROOT);
    }

    /** UNHEX: pairs of hex digits as bytes (an odd count as if a 0 led), NULL for any other character. */
    private static byte[] unhex(String digits) {
        String even = digits.length() % 2 == 0 ? digits : "0" + digits;
        try {
            return HexFormat.of().parseHex(even);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    /**
     * CHAR(n, ...): each argument as an integer (rounded; 1292 for text that is none), taken as 32
     * bits, written as its bytes without leading zero bytes (0 is one zero byte); NULLs are skipped.
     */
    private static byte[] characters(Object[] a, java.util.function.Consumer<org.seqdb.engine.error.Notice> warnings) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object argument : a) {
            if (argument == null) {
                continue;
            }
            int code = (int) (argument instanceof String text ? Casts.integerPrefix(text, warnings)
                    : Arithmetic.toLong(Arithmetic.numeric(argument)));
            boolean started = false;
            for (int shift = 24; shift >= 0; shift -= 8) {
                int b = (code >>> shift) & 0xFF;
                if (b != 0 || started || shift == 0) {
                    out.write(b);
                    started = true;
                }
            }
        }
        return out.toByteArray();
    }

    private static String unsigned(long value, int radix) {
        return new BigInteger(Long.toUnsignedString(value)).toString(radix);
    }

    private static String digest(String algorithm, Object value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(TextFunctions.bytesOf(value)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    /** SHA2(x, 224 / 256 / 384 / 512, 0 meaning 256); NULL with warning 1583 for any other length. */
    private static String sha2(Object value, long bits, java.util.function.Consumer<org.seqdb.engine.error.Notice> warnings) {
        String algorithm = switch ((int) Math.max(-1, Math.min(bits, 1024))) {
            case 0, 256 -> "SHA-256";
            case 224 -> "SHA-224";
            case 384 -> "SHA-384";
            case 512 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            warnings.accept(org.seqdb.engine.error.Notice.warning(
                    org.seqdb.engine.error.ErrorCode.ER_WRONG_PARAMETERS_TO_NATIVE_FCT, "sha2"));
            return null;
        }
        return digest(algorithm, value);
    }

    /** FIELD(x, a, b, ...): the position of the first argument equal to x, 0 if none (or x is NULL). */
    private static long field(Object[] a) {
        if (a[0] == null) {
            return 0;
        }
        for (int i = 1; i < a.length; i++) {
            Integer comparison = Arithmetic.compare(a[0], a[i]);
            if (comparison != null && comparison == 0) {
                return i;
            }
        }
        return 0;
    }

    /** FIND_IN_SET(x, 'a,b,c'): the position of x among the comma-separated items, 0 if absent. */
    private static long findInSet(String item, String list) {
        if (item.indexOf(',') >= 0) {
            return 0;
        }
        String[] items = list.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            if (TextFunctions.text(items[i]).equalsIgnoreCase(item) && !(list.isEmpty())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** ELT(n, a, b, ...): the n-th of the others, NULL when there is none. */
    private static Object elt(Object[] a) {
        if (a[0] == null) {
            return null;
        }
        long n = Arithmetic.toLong(Arithmetic.numeric(a[0]));
        return n >= 1 && n < a.length ? a[(int) n] : null;
    }
}
