package dev.switchback.engine.season;

import dev.switchback.engine.plan.Knobs;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the athlete asks of the builder.
 *
 * @param from the first day the season may write (its week is the first week); days up to today are never written
 * @param days the weekdays the athlete can train; the others stay rest days
 * @param longDay the day of the long loaded outing
 * @param weekdayBudget the time an easy weekday session may take
 * @param replace remove the future sessions the season's weeks hold (never logged ones) instead of keeping them
 */
public record SeasonRequest(SeasonGoal goal, LocalDate from, Set<DayOfWeek> days, DayOfWeek longDay,
        Duration weekdayBudget, boolean replace) {

    public SeasonRequest {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(from, "from");
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        Objects.requireNonNull(longDay, "longDay");
        Objects.requireNonNull(weekdayBudget, "weekdayBudget");
        if (days.size() < 2) {
            throw new IllegalArgumentException("A season needs at least two training days a week (was " + days.size()
                    + ").");
        }
        if (!days.contains(longDay)) {
            throw new IllegalArgumentException("The long day (" + dev.switchback.format.Dates.weekday(longDay)
                    + ") must be one of the days you can train on (" + String.join(", ", days.stream()
                    .map(dev.switchback.format.Dates::weekday).toList()) + ").");
        }
        if (weekdayBudget.compareTo(Duration.ofMinutes(15)) < 0 || weekdayBudget.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("The weekday time budget must be 15 min to 4 h (was "
                    + dev.switchback.format.UnitFormat.duration(weekdayBudget) + ").");
        }
        if (!from.isBefore(goal.date())) {
            throw new IllegalArgumentException("The season starts (" + dev.switchback.format.Dates.dayYear(from)
                    + ") on or after its goal (" + dev.switchback.format.Dates.dayYear(goal.date()) + ").");
        }
    }

    /** The days a season trains on unless told: Tuesday to Sunday but Friday. */
    public static final Set<DayOfWeek> DEFAULT_DAYS = java.util.Collections.unmodifiableSet(EnumSet.of(
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    public static final DayOfWeek DEFAULT_LONG_DAY = DayOfWeek.SATURDAY;

    /** Tuesday to Sunday but Friday, the long day on Saturday, the default weekday budget. */
    public static SeasonRequest defaults(SeasonGoal goal, LocalDate from) {
        return new SeasonRequest(goal, from, DEFAULT_DAYS, DEFAULT_LONG_DAY, Knobs.WEEKDAY_BUDGET, false);
    }

    public SeasonRequest withReplace(boolean v) {
        return new SeasonRequest(goal, from, days, longDay, weekdayBudget, v);
    }
}
