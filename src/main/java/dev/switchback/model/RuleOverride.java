package dev.switchback.model;

import java.time.LocalDate;

/**
 * The user's decision to save despite a blocking finding, with the reason, so the same finding does
 * not block again.
 *
 * @param weekStart Monday of the week the finding concerned
 * @param recordedOn the day the override was given
 */
public record RuleOverride(String ruleId, LocalDate weekStart, String reason, LocalDate recordedOn) {
    public RuleOverride {
        ruleId = Check.nonBlank("Rule id", ruleId, 80);
        Check.date("Override week", weekStart);
        if (weekStart.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("An override names the Monday of its week (was " + weekStart + ", a "
                    + weekStart.getDayOfWeek() + ")");
        }
        reason = Check.nonBlank("Override reason", reason, 1000);
        Check.date("Override date", recordedOn);
    }
}
