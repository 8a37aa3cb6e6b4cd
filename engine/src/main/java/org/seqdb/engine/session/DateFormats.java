package org.seqdb.engine.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** DATE_FORMAT's specifiers, and day and month names, in MariaDB's default locale (en_US). */
final class DateFormats {
    private DateFormats() {
    }

    static String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
    }

    static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** {@code %Y-%m-%d %H:%i:%s.%f} and the other specifiers MariaDB has; an unknown one stands for its letter. */
    static String format(LocalDateTime t, String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            char spec = pattern.charAt(++i);
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            switch (spec) {
                case 'Y' -> out.append(pad(t.getYear(), 4));
                case 'y' -> out.append(pad(t.getYear() % 100, 2));
                case 'm' -> out.append(pad(t.getMonthValue(), 2));
                case 'c' -> out.append(t.getMonthValue());
                case 'd' -> out.append(pad(t.getDayOfMonth(), 2));
                case 'e' -> out.append(t.getDayOfMonth());
                case 'D' -> out.append(t.getDayOfMonth()).append(suffix(t.getDayOfMonth()));
                case 'j' -> out.append(pad(t.getDayOfYear(), 3));
                case 'M' -> out.append(monthName(t.toLocalDate()));
                case 'b' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'W' -> out.append(dayName(t.toLocalDate()));
                case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'w' -> out.append(t.getDayOfWeek().getValue() % 7);
                case 'H' -> out.append(pad(t.getHour(), 2));
                case 'k' -> out.append(t.getHour());
                case 'h', 'I' -> out.append(pad(hour12, 2));
                case 'l' -> out.append(hour12);
                case 'i' -> out.append(pad(t.getMinute(), 2));
                case 's', 'S' -> out.append(pad(t.getSecond(), 2));
                case 'f' -> out.append(pad(t.getNano() / 1000, 6));
                case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
                case 'r' -> out.append(pad(hour12, 2)).append(':').append(pad(t.getMinute(), 2)).append(':')
                        .append(pad(t.getSecond(), 2)).append(t.getHour() < 12 ? " AM" : " PM");
                case 'T' -> out.append(pad(t.getHour(), 2)).append(':').append(pad(t.getMinute(), 2)).append(':')
                        .append(pad(t.getSecond(), 2));
                case 'u' -> out.append(pad(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2));
                default -> out.append(spec);
            }
        }
        return out.toString();
    }

    private static String pad(int n, int width) {
        String digits = String.valueOf(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
