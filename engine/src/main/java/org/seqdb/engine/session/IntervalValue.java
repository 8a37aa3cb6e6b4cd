package org.seqdb.engine.session;

import java.util.List;
import java.util.Map;

/**
 * The amount of an {@code INTERVAL n unit}, as MariaDB's get_interval_value reads it: a number of
 * the unit for the single units, and for the composite ones (DAY_HOUR, HOUR_MINUTE, ...,
 * YEAR_MONTH) a text of numbers separated by anything that is not a digit ('1 2', '1:30',
 * '1-2'), an optional leading '-', fewer numbers meaning the leftmost ones are missing, and the
 * microseconds scaled to six digits ('1.5' SECOND_MICROSECOND is 1.5 s). Too many numbers make the
 * whole interval invalid (null).
 */
record IntervalValue(long months, long seconds, long micros) {
    /** The parts of each composite unit, largest first. */
    private static final Map<String, List<String>> PARTS = Map.ofEntries(
            Map.entry("YEAR_MONTH", List.of("YEAR", "MONTH")),
            Map.entry("DAY_HOUR", List.of("DAY", "HOUR")),
            Map.entry("DAY_MINUTE", List.of("DAY", "HOUR", "MINUTE")),
            Map.entry("DAY_SECOND", List.of("DAY", "HOUR", "MINUTE", "SECOND")),
            Map.entry("DAY_MICROSECOND", List.of("DAY", "HOUR", "MINUTE", "SECOND", "MICROSECOND")),
            Map.entry("HOUR_MINUTE", List.of("HOUR", "MINUTE")),
            Map.entry("HOUR_SECOND", List.of("HOUR", "MINUTE", "SECOND")),
            Map.entry("HOUR_MICROSECOND", List.of("HOUR", "MINUTE", "SECOND", "MICROSECOND")),
            Map.entry("MINUTE_SECOND", List.of("MINUTE", "SECOND")),
            Map.entry("MINUTE_MICROSECOND", List.of("MINUTE", "SECOND", "MICROSECOND")),
            Map.entry("SECOND_MICROSECOND", List.of("SECOND", "MICROSECOND")));

    static boolean isComposite(String unit) {
        return PARTS.containsKey(unit);
    }

    /** {@code n} of a single unit. */
    static IntervalValue of(String unit, long n) {
        return switch (unit) {
            case "MICROSECOND" -> new IntervalValue(0, 0, n);
            case "SECOND" -> new IntervalValue(0, n, 0);
            case "MINUTE" -> new IntervalValue(0, Math.multiplyExact(n, 60L), 0);
            case "HOUR" -> new IntervalValue(0, Math.multiplyExact(n, 3600L), 0);
            case "DAY" -> new IntervalValue(0, Math.multiplyExact(n, 86_400L), 0);
            case "WEEK" -> new IntervalValue(0, Math.multiplyExact(n, 7 * 86_400L), 0);
            case "MONTH" -> new IntervalValue(n, 0, 0);
            case "QUARTER" -> new IntervalValue(Math.multiplyExact(n, 3L), 0, 0);
            default -> new IntervalValue(Math.multiplyExact(n, 12L), 0, 0);
        };
    }

    /** The text of a composite unit's interval; null when it has more numbers than the unit has parts. */
    static IntervalValue parse(String unit, String text) {
        List<String> parts = PARTS.get(unit);
        int count = parts.size();
        long[] values = new long[count];
        int at = 0;
        int end = text.length();
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        boolean negative = at < end && text.charAt(at) == '-';
        at = skipNonDigits(text, at);
        int lastLength = 0;
        int read = 0;
        while (read < count) {
            int start = at;
            long value = 0;
            while (at < end && isDigit(text.charAt(at))) {
                value = Math.addExact(Math.multiplyExact(value, 10L), text.charAt(at) - '0');
                at++;
            }
            lastLength = at - start;
            values[read++] = value;
            at = skipNonDigits(text, at);
            if (at == end) {
                break;
            }
        }
        if (at != end) {
            return null;
        }
        if (read < count) {
            // the numbers given are the rightmost parts
            System.arraycopy(values, 0, values, count - read, read);
            java.util.Arrays.fill(values, 0, count - read, 0);
        }
        if (parts.get(count - 1).equals("MICROSECOND") && lastLength > 0) {
            long micros = values[count - 1];
            values[count - 1] = lastLength < 6 ? micros * (long) Math.pow(10, 6 - lastLength)
                    : micros / (long) Math.pow(10, lastLength - 6);
        }
        IntervalValue total = new IntervalValue(0, 0, 0);
        for (int i = 0; i < count; i++) {
            total = total.plus(of(parts.get(i), values[i]));
        }
        return negative ? total.negated() : total;
    }

    private static int skipNonDigits(String text, int at) {
        while (at < text.length() && !isDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code t} moved by this interval (months first, as MariaDB's date_add_interval). */
    java.time.LocalDateTime addTo(java.time.LocalDateTime t) {
        return t.plusMonths(months).plusSeconds(seconds).plusNanos(Math.multiplyExact(micros, 1000L));
    }

    IntervalValue plus(IntervalValue other) {
        return new IntervalValue(Math.addExact(months, other.months), Math.addExact(seconds, other.seconds),
                Math.addExact(micros, other.micros));
    }

    IntervalValue negated() {
        return new IntervalValue(Math.negateExact(months), Math.negateExact(seconds), Math.negateExact(micros));
    }
}
