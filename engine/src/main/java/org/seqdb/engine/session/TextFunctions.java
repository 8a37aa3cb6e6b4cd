package org.seqdb.engine.session;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.seqdb.engine.ValueText;

/**
 * MariaDB's string functions over utf8mb4 text: lengths and positions count characters (code
 * points), LENGTH counts bytes; LOCATE compares as the collation does (case-insensitively),
 * REPLACE and TRIM match exactly; a NULL argument gives NULL. Arguments arrive evaluated; numbers,
 * decimals and dates are used as their text.
 */
final class TextFunctions {
    private TextFunctions() {
    }

    /** The value of the string function {@code name}, or {@link Functions#UNKNOWN} if it is none. */
    static Object call(String name, Object[] a) {
        return switch (name) {
            case "UPPER", "UCASE" -> a[0] == null ? null : text(a[0]).toUpperCase(Locale.ROOT);
            case "LOWER", "LCASE" -> a[0] == null ? null : text(a[0]).toLowerCase(Locale.ROOT);
            case "CONCAT" -> concat(a);
            case "CONCAT_WS" -> concatWs(a);
            case "CHARACTER_LENGTH", "CHAR_LENGTH" -> a[0] == null ? null : (Object) (long) codePoints(text(a[0]));
            case "LENGTH", "OCTET_LENGTH" -> a[0] == null ? null : (Object) (long) bytes(a[0]);
            case "BIT_LENGTH" -> a[0] == null ? null : (Object) (8L * bytes(a[0]));
            case "REPLACE" -> anyNull(a) ? null : replace(text(a[0]), text(a[1]), text(a[2]));
            case "SUBSTRING", "SUBSTR", "MID" -> anyNull(a) ? null
                    : substring(text(a[0]), Arithmetic.toLong(a[1]), a.length > 2 ? Arithmetic.toLong(a[2]) : Long.MAX_VALUE);
            case "LEFT" -> anyNull(a) ? null : left(text(a[0]), Arithmetic.toLong(a[1]));
            case "RIGHT" -> anyNull(a) ? null : right(text(a[0]), Arithmetic.toLong(a[1]));
            case "TRIM" -> anyNull(a) ? null : trim(String.valueOf(a[0]), text(a[1]), text(a[2]));
            case "LTRIM" -> a[0] == null ? null : trim("LEADING", " ", text(a[0]));
            case "RTRIM" -> a[0] == null ? null : trim("TRAILING", " ", text(a[0]));
            case "LOCATE" -> anyNull(a) ? null
                    : (Object) locate(text(a[0]), text(a[1]), a.length > 2 ? Arithmetic.toLong(a[2]) : 1);
            case "POSITION" -> anyNull(a) ? null : (Object) locate(text(a[0]), text(a[1]), 1);
            case "INSTR" -> anyNull(a) ? null : (Object) locate(text(a[1]), text(a[0]), 1);
            case "LPAD" -> anyNull(a) ? null : pad(text(a[0]), Arithmetic.toLong(a[1]), a.length > 2 ? text(a[2]) : " ", true);
            case "RPAD" -> anyNull(a) ? null : pad(text(a[0]), Arithmetic.toLong(a[1]), a.length > 2 ? text(a[2]) : " ", false);
            case "REPEAT" -> anyNull(a) ? null : repeat(text(a[0]), Arithmetic.toLong(a[1]));
            case "REVERSE" -> a[0] == null ? null : new StringBuilder(text(a[0])).reverse().toString();
            case "SPACE" -> a[0] == null ? null : repeat(" ", Arithmetic.toLong(a[0]));
            case "ASCII" -> a[0] == null ? null : (Object) (long) (bytesOf(a[0]).length == 0 ? 0 : bytesOf(a[0])[0] & 0xff);
            case "STRCMP" -> anyNull(a) ? null : (Object) (long) Integer.signum(text(a[0]).compareToIgnoreCase(text(a[1])));
            default -> Functions.UNKNOWN;
        };
    }

    /** True for the functions of this family. */
    static boolean has(String name) {
        return switch (name) {
            case "UPPER", "UCASE", "LOWER", "LCASE", "CHARACTER_LENGTH", "CHAR_LENGTH", "LENGTH", "OCTET_LENGTH",
                 "BIT_LENGTH", "LTRIM", "RTRIM", "REVERSE", "SPACE", "ASCII", "CONCAT", "CONCAT_WS", "REPLACE",
                 "TRIM", "SUBSTRING", "SUBSTR", "MID", "LEFT", "RIGHT", "REPEAT", "INSTR", "STRCMP", "POSITION",
                 "LOCATE", "LPAD", "RPAD" -> true;
            default -> false;
        };
    }

    static String text(Object value) {
        return value instanceof String s ? s : ValueText.of(value);
    }

    private static boolean anyNull(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    /** CONCAT: text, or bytes when any argument is bytes (UNHEX, CHAR, a BINARY column), as in MariaDB. */
    private static Object concat(Object[] a) {
        StringBuilder text = new StringBuilder();
        boolean binary = false;
        for (Object value : a) {
            if (value == null) {
                return null;
            }
            binary |= value instanceof byte[];
        }
        if (binary) {
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            for (Object value : a) {
                joined.writeBytes(bytesOf(value));
            }
            return joined.toByteArray();
        }
        for (Object value : a) {
            text.append(text(value));
        }
        return text.toString();
    }

    private static Object concatWs(Object[] a) {
        if (a[0] == null) {
            return null;
        }
        String separator = text(a[0]);
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.length; i++) {
            if (a[i] != null) {
                if (!first) {
                    text.append(separator);
                }
                text.append(text(a[i]));
                first = false;
            }
        }
        return text.toString();
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A value's bytes: bytes as they are, anything else as its text in UTF-8. */
    static byte[] bytesOf(Object value) {
        return value instanceof byte[] b ? b : text(value).getBytes(StandardCharsets.UTF_8);
    }

    private static int bytes(Object value) {
        return bytesOf(value).length;
    }

    /** REPLACE matches exactly (case counts), and an empty search string replaces nothing. */
    private static String replace(String text, String from, String to) {
        return from.isEmpty() ? text : text.replace(from, to);
    }

    /** The characters from 1-based {@code position} (from the end when negative; 0 gives none), at most {@code length}. */
    static String substring(String text, long position, long length) {
        int count = codePoints(text);
        if (position == 0 || length <= 0 || position > count || -position > count) {
            return "";
        }
        long start = position > 0 ? position - 1 : count + position;
        long end = length >= count ? count : Math.min(count, start + length);
        return text.substring(text.offsetByCodePoints(0, (int) start), text.offsetByCodePoints(0, (int) end));
    }

    private static String left(String text, long n) {
        return n <= 0 ? "" : substring(text, 1, n);
    }

    private static String right(String text, long n) {
        int count = codePoints(text);
        if (n <= 0) {
            return "";
        }
        return n >= count ? text : substring(text, count - n + 1, n);
    }

    /** TRIM: removes whole repetitions of {@code remove} from the start, the end or both. */
    private static String trim(String side, String remove, String text) {
        if (remove.isEmpty()) {
            return text;
        }
        String result = text;
        if (!side.equals("TRAILING")) {
            while (result.startsWith(remove)) {
                result = result.substring(remove.length());
            }
        }
        if (!side.equals("LEADING")) {
            while (result.endsWith(remove)) {
                result = result.substring(0, result.length() - remove.length());
            }
        }
        return result;
    }

    /** The 1-based character position of {@code sub} in {@code text} from {@code from} on, compared case-insensitively; 0 if none. */
    private static long locate(String sub, String text, long from) {
        int count = codePoints(text);
        if (from < 1 || from > count + 1) {
            return 0;
        }
        String folded = text.toUpperCase(Locale.ROOT);
        String wanted = sub.toUpperCase(Locale.ROOT);
        if (folded.length() != text.length()) {
            folded = text;
            wanted = sub;
        }
        int start = text.offsetByCodePoints(0, (int) from - 1);
        int found = folded.indexOf(wanted, start);
        return found < 0 ? 0 : text.codePointCount(0, found) + 1;
    }

    /** LPAD/RPAD: to exactly {@code length} characters (cutting a longer text); NULL for a negative length or an empty pad that is needed. */
    private static String pad(String text, long length, String padding, boolean left) {
        if (length < 0) {
            return null;
        }
        int count = codePoints(text);
        if (length <= count) {
            return substring(text, 1, length);
        }
        if (padding.isEmpty()) {
            return null;
        }
        StringBuilder fill = new StringBuilder();
        long needed = length - count;
        while (codePoints(fill.toString()) < needed) {
            fill.append(padding);
        }
        String cut = substring(fill.toString(), 1, needed);
        return left ? cut + text : text + cut;
    }

    private static String repeat(String text, long times) {
        if (times <= 0) {
            return "";
        }
        return text.repeat((int) Math.min(times, 16_777_216 / Math.max(1, text.length())));
    }
}
