package dev.switchback.engine.rules;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Plan;
import java.time.LocalDate;

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
}
