package dev.switchback.export;

import java.time.LocalDate;
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

    /**
     * @param trips trips and goals that fall in the week, e.g. "Haute Route (days 1–3)"
     * @param days Monday to Sunday with what is planned on each: what the month page draws
     */
    public record WeekLine(String isoWeek, String dates, String phase, int sessions, String time,
            String distance, String climb, double barValue, String barText, String trips, List<DayCell> days) {
        public WeekLine {
            days = List.copyOf(days);
        }
    }

    /** One day of the month page: "Thu 3" and one short line per session or trip day ("Trail run · 1:30"). */
    public record DayCell(LocalDate date, String label, List<String> entries) {
        public DayCell {
            entries = List.copyOf(entries);
        }
    }
}
