package dev.switchback.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** ISO weeks (Monday first), the unit every weekly rule and view works in. */
public final class Weeks {
    private Weeks() {
    }

    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** ISO week label such as {@code 2026-W48}. */
    public static String label(LocalDate date) {
        LocalDate monday = monday(date);
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Monday of an ISO week label such as {@code 2026-W48}. */
    public static LocalDate parse(String isoWeek) {
        try {
            return LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO week such as 2026-W48: " + isoWeek, e);
        }
    }
}
