package dev.switchback.format;

import dev.switchback.model.Printable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one date style: day before month, English names whatever the machine's locale ("Thu 3 Dec 2026",
 * never 12/3/2026). {@link Locale#ENGLISH} rather than {@code Locale.UK}: the UK data writes September
 * "Sept", which no other field does. ISO weeks are {@link dev.switchback.model.Weeks}'.
 */
public final class Dates {
    /** The locale of every month and weekday name. */
    public static final Locale LOCALE = Locale.ENGLISH;

    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter WEEKDAY_DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    private static final List<DateTimeFormatter> READ = List.of(WEEKDAY_DAY_YEAR, DAY_YEAR, LONG,
            DateTimeFormatter.ISO_LOCAL_DATE);

    private Dates() {
    }

    /**
     * The English short names the patterns print, for the hand-made forms below: the engine's findings name
     * days in their sentences, and a long plan's check renders thousands of them; {@code DateTimeFormatter}
     * was most of that cost. {@code DatesTest} compares them with the formatters for every day of 1900-2200.
     */
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** "3 Dec". */
    public static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
    }

    /** "Thu 3 Dec". */
    public static String weekdayDay(LocalDate d) {
        return WEEKDAYS[d.getDayOfWeek().ordinal()] + " " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
    }

    /** True for the years the patterns print as four plain digits (others keep the formatter's sign and era). */
    private static boolean plainYear(LocalDate d) {
        return d.getYear() >= 1000 && d.getYear() <= 9999;
    }

    /** "Thu 3": a day within a month already said. */
    public static String weekdayDayOfMonth(LocalDate d) {
        return weekdayShort(d.getDayOfWeek()) + " " + d.getDayOfMonth();
    }

    /** "3 Dec 2026". */
    public static String dayYear(LocalDate d) {
        return plainYear(d) ? day(d) + " " + d.getYear() : DAY_YEAR.format(d);
    }

    /** "Thu 3 Dec 2026": the date pickers' text. */
    public static String weekdayDayYear(LocalDate d) {
        return plainYear(d) ? weekdayDay(d) + " " + d.getYear() : WEEKDAY_DAY_YEAR.format(d);
    }

    /** "3 December 2026". */
    public static String longDay(LocalDate d) {
        return LONG.format(d);
    }

    /** "December 2026". */
    public static String month(YearMonth m) {
        return MONTH.format(m);
    }

    /** "Thursday". */
    public static String weekday(DayOfWeek d) {
        return WEEKDAY_NAMES[d.ordinal()];
    }

    /** "December". */
    public static String monthName(java.time.Month m) {
        return MONTH_NAMES[m.ordinal()];
    }

    /** "Thu". */
    public static String weekdayShort(DayOfWeek d) {
        return WEEKDAYS[d.ordinal()];
    }

    /** "07:05". */
    public static String time(LocalTime t) {
        return TIME.format(t);
    }

    /** "Thu 3 Dec 07:05". */
    public static String weekdayDayTime(LocalDateTime t) {
        return weekdayDay(t.toLocalDate()) + " " + TIME.format(t);
    }

    /**
     * A span of days said as briefly as it can be: "30 Nov – 6 Dec 2026", "7 – 13 Dec 2026",
     * "28 Dec 2026 – 3 Jan 2027"; one day is "3 Dec 2026".
     */
    public static String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return dayYear(first);
        }
        if (first.getYear() != last.getYear()) {
            return dayYear(first) + " – " + dayYear(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return day(first) + " – " + dayYear(last);
        }
        return first.getDayOfMonth() + " – " + dayYear(last);
    }

    private static final java.util.regex.Pattern TIME_OF_DAY =
            java.util.regex.Pattern.compile("([01]?\\d|2[0-3])[:.h]([0-5]\\d)");

    /**
     * A time of day as typed: "7:30", "07:30", "7.30" or "7h30", 24-hour clock; empty when blank.
     *
     * @throws IllegalArgumentException "Start time must be a time of day such as 07:30 ... (was "noon")"
     */
    public static Optional<LocalTime> readTime(String what, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        var m = TIME_OF_DAY.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must be a time of day such as 07:30 or 18:15, 24-hour"
                    + " clock, or blank for any time that day (was \"" + Printable.excerpt(t) + "\")");
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /**
     * A date as typed: "Thu 3 Dec 2026", "3 Dec 2026", "3 December 2026" or "2026-12-03"; empty when blank.
     *
     * @throws IllegalArgumentException "Date must be a date such as 3 Dec 2026 (was "soon")"
     */
    public static Optional<LocalDate> readDate(String what, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeException notThisOne) {
                // the next form
            }
        }
        throw new IllegalArgumentException(what + " must be a date such as " + dayYear(LocalDate.of(2026, 12, 3))
                + " or 2026-12-03 (was \"" + Printable.excerpt(t) + "\")");
    }
}
