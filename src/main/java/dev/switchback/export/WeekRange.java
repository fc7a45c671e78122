package dev.switchback.export;

import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whole ISO weeks from the week holding {@code from} to the week holding {@code to}: exports always
 * cover complete Monday-to-Sunday weeks, like the sheet on the fridge.
 */
public record WeekRange(LocalDate firstMonday, LocalDate lastMonday) {
    /** A year and a bit; more is almost certainly a typing error in a date. */
    public static final int MAX_WEEKS = 260;

    public WeekRange {
        Objects.requireNonNull(firstMonday, "firstMonday");
        Objects.requireNonNull(lastMonday, "lastMonday");
        firstMonday = Weeks.monday(firstMonday);
        lastMonday = Weeks.monday(lastMonday);
        if (lastMonday.isBefore(firstMonday)) {
            throw new IllegalArgumentException("The range ends (" + lastMonday + ") before it starts ("
                    + firstMonday + ")");
        }
        long weeks = (lastMonday.toEpochDay() - firstMonday.toEpochDay()) / 7 + 1;
        if (weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("The range spans " + weeks + " weeks; at most " + MAX_WEEKS
                    + " can be exported at once");
        }
    }

    public static WeekRange of(LocalDate from, LocalDate to) {
        return new WeekRange(from, to);
    }

    public static WeekRange week(LocalDate anyDay) {
        return new WeekRange(anyDay, anyDay);
    }

    /** The ISO week such as {@code 2026-W48}. */
    public static WeekRange week(String isoWeek) {
        return week(Weeks.parse(isoWeek));
    }

    /** Every week the plan touches, or the current week for an empty plan. */
    public static WeekRange wholePlan(Plan plan, LocalDate today) {
        return new WeekRange(plan.firstDate().orElse(today), plan.lastDate().orElse(today));
    }

    public LocalDate firstDay() {
        return firstMonday;
    }

    public LocalDate lastDay() {
        return lastMonday.plusDays(6);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public List<LocalDate> mondays() {
        var list = new ArrayList<LocalDate>();
        for (LocalDate m = firstMonday; !m.isAfter(lastMonday); m = m.plusWeeks(1)) {
            list.add(m);
        }
        return list;
    }

    public int weekCount() {
        return (int) ((lastMonday.toEpochDay() - firstMonday.toEpochDay()) / 7 + 1);
    }

    public boolean isSingleWeek() {
        return firstMonday.equals(lastMonday);
    }
}
