package dev.switchback.export;

import java.util.List;

/**
 * The first page of a multi-week export: one line per week, the goals and the phases.
 *
 * @param measure what {@link WeekLine#barValue} measures, e.g. "Load (AU)" or "Planned time (h)"
 */
public record SeasonOverview(
        String planName,
        String athlete,
        String period,
        List<String> goals,
        String measure,
        List<WeekLine> weeks) {

    public SeasonOverview {
        goals = List.copyOf(goals);
        weeks = List.copyOf(weeks);
    }

    /** @param trips trips and goals that fall in the week, e.g. "Haute Route (days 1–3)" */
    public record WeekLine(String isoWeek, String dates, String phase, int sessions, String time,
            String distance, String climb, double barValue, String barText, String trips) {
    }
}
