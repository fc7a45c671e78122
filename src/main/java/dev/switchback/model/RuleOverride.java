package dev.switchback.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's decision to save despite one blocking finding, with the reason. It answers that finding
 * only: the rule, the week it was reported in, the days it concerned and the value measured. A finding
 * of the same rule on other days or with a worse value asks again (the engine's {@code Overrides}
 * decides what "covers" means).
 *
 * @param weekStart Monday of the week the finding was reported in
 * @param dates the finding's days when the override was given, ascending (empty for a finding about the
 *     week as a whole)
 * @param measured the finding's measured value then, in the rule's unit; empty when it had none
 * @param recordedOn the day the override was given
 */
public record RuleOverride(String ruleId, LocalDate weekStart, List<LocalDate> dates, Optional<Double> measured,
        String reason, LocalDate recordedOn) {
    public RuleOverride {
        ruleId = Check.nonBlank("ruleId", "Rule id", ruleId, 80);
        Check.date("weekStart", "Override week", weekStart);
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidField("weekStart", "An override names the Monday of its week (was " + weekStart + ", a "
                    + weekStart.getDayOfWeek() + ")");
        }
        dates = Check.list("Override dates", dates);
        if (dates.size() > 366) {
            throw new InvalidField("dates", "An override names at most 366 days (was " + dates.size() + ")");
        }
        for (int i = 0; i < dates.size(); i++) {
            Check.date("dates", "Override day", dates.get(i));
            if (i > 0 && !dates.get(i).isAfter(dates.get(i - 1))) {
                throw new InvalidField("dates", "Override days must be in ascending order without repeats ("
                        + dates.get(i) + " after " + dates.get(i - 1) + ")");
            }
        }
        Objects.requireNonNull(measured, "measured");
        if (measured.isPresent() && !Double.isFinite(measured.get())) {
            throw new InvalidField("measured", "Override value must be a finite number (was " + measured.get() + ")");
        }
        reason = Check.nonBlank("reason", "Override reason", reason, 1000);
        Check.date("recordedOn", "Override date", recordedOn);
    }
}
