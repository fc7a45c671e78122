package dev.switchback.engine.rules;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Outing;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.List;

/** What a rule may look at: the week being checked and everything before (and after) it. */
public interface WeekContext {
    Plan plan();

    /** Monday of the week being checked. */
    LocalDate weekStart();

    /** Loads of any day; zero load outside the plan. */
    DayLoad day(LocalDate date);

    DayMetrics metrics(LocalDate date);

    WeekSummary week(LocalDate anyDay);

    /**
     * The threshold {@code ruleId.name} from the plan's rule settings, else the preset's value.
     *
     * @param name the parameter, e.g. {@code warnRatio}
     */
    double threshold(String ruleId, String name);

    // The methods below were added with the engine; their defaults serve hand-made contexts in tests,
    // the engine's own context overrides every one.

    /** The day the analysis treats as today: days up to it use what was logged, later days what is planned. */
    default LocalDate today() {
        return LocalDate.MIN;
    }

    /** The outings that count towards the day's load (logged where the day uses what was done, else planned). */
    default List<Outing> outings(LocalDate date) {
        return List.of();
    }

    /** Days of plan history up to and including {@code date}; 0 before the plan's first day. */
    default int historyDays(LocalDate date) {
        return Integer.MAX_VALUE;
    }

    /** Kilometres covered with a pack (any mass above 0) on the day. */
    default double loadedKm(LocalDate date) {
        return 0;
    }

    /** The 7-day EWMA of the load (Williams, lambda 0.25) on the day, seeded as the metrics are; 0 outside the plan. */
    default double acuteEwma(LocalDate date) {
        return 0;
    }

    /** The 28-day EWMA of the load (lambda 2/29) on the day. */
    default double chronicEwma(LocalDate date) {
        return 0;
    }
}
