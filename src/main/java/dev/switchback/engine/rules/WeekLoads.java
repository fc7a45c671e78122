package dev.switchback.engine.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The days and loads of a week the rules judge: its days, its training load without trip days, its
 * days with load, trip days in a range.
 */
public final class WeekLoads {
    private WeekLoads() {
    }

    public static List<LocalDate> weekDays(LocalDate monday) {
        var list = new ArrayList<LocalDate>(7);
        for (int k = 0; k < 7; k++) {
            list.add(monday.plusDays(k));
        }
        return list;
    }

    /** Load of a week without its trip days: trips are goals and are judged on their own. */
    public static double trainingLoad(WeekContext c, LocalDate monday) {
        return c.windows().trainingLoad(monday);
    }

    public static boolean hasTripDay(WeekContext c, LocalDate from, LocalDate to) {
        return c.windows().anyTripDay(from, to);
    }

    /** The 7 days of the week of {@code c}, read from the windows' kept dates. */
    public static List<LocalDate> weekDays(WeekContext c) {
        var w = c.windows();
        int m = c.weekIndex();
        return List.of(w.date(m), w.date(m + 1), w.date(m + 2), w.date(m + 3), w.date(m + 4), w.date(m + 5),
                w.date(m + 6));
    }

    /**
     * Days of the week of {@code c} that carry load (not trip days), by index; unmodifiable (a finding takes it as it
     * is, without a copy).
     */
    public static List<LocalDate> loadDays(WeekContext c) {
        var w = c.windows();
        int m = c.weekIndex();
        var days = new LocalDate[7];
        int n = 0;
        for (int i = m; i < m + 7; i++) {
            if (!w.rest(i) && !w.tripDay(i)) {
                days[n++] = w.date(i);
            }
        }
        return List.of(n == 7 ? days : Arrays.copyOf(days, n));
    }

    /** Days of the week that carry load (not trip days). */
    public static List<LocalDate> loadDays(WeekContext c, LocalDate monday) {
        return weekDays(monday).stream().filter(d -> !c.day(d).rest() && !c.day(d).tripDay()).toList();
    }

    /** True for the week holding the plan's first day: where a "needs 28 days of history" note is given, once. */
    public static boolean isFirstWeek(WeekContext c) {
        int days = c.historyDays(c.weekStart().plusDays(6));
        return days >= 1 && days <= 7;
    }
}
