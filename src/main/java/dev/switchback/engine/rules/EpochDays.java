package dev.switchback.engine.rules;

import java.time.LocalDate;

/**
 * Epoch days of dates read in date order, as the rules' per-list indexes read them ({@link CheckIns}, the
 * wellness rules' {@code PlanIndex}): {@link LocalDate#toEpochDay()} once a month, then the day of the month
 * added, since a date mostly shares its month with the one before. One reader per pass; not shared between
 * threads. (The same as {@code DailySeries}' own reader of the series' records.)
 */
public final class EpochDays {
    private int year = Integer.MIN_VALUE;
    private int month;
    private long base;

    /** {@code d.toEpochDay()}. */
    public long of(LocalDate d) {
        int dayOfMonth = d.getDayOfMonth();
        if (d.getMonthValue() != month || d.getYear() != year) {
            year = d.getYear();
            month = d.getMonthValue();
            base = d.toEpochDay() - dayOfMonth;
        }
        return base + dayOfMonth;
    }
}
