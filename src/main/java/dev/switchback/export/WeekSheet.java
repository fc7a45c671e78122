package dev.switchback.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One printable week as a neutral document: every text already formatted in the athlete's units,
 * so a renderer (PDF, screen) only lays it out. Built by {@link WeekSheets}.
 *
 * @param analysed true when load figures and findings come from the engine; false when the sheet
 *     was built from the plan alone (the chart then shows planned hours)
 */
public record WeekSheet(
        LocalDate monday,
        Header header,
        List<DayRow> days,
        Totals totals,
        Chart chart,
        List<FindingLine> findings,
        boolean analysed) {

    public WeekSheet {
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(header, "header");
        days = List.copyOf(days);
        if (days.size() != 7) {
            throw new IllegalArgumentException("A week sheet has 7 days (was " + days.size() + ")");
        }
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(chart, "chart");
        findings = List.copyOf(findings);
    }

    /**
     * @param weekLabel e.g. "Week 48"
     * @param isoWeek e.g. "2026-W48"
     * @param dates e.g. "23 – 29 November 2026"
     * @param goal e.g. "Goal: Haute Route · 12 Jul 2027 · in 33 weeks"
     */
    public record Header(String athlete, String planName, String weekLabel, String isoWeek, String dates,
            Optional<String> phase, Optional<String> goal) {
    }

    /**
     * One calendar day: its sessions and trip stages, or a rest day; {@code room} is the engine's headroom
     * of a day from today on ("room: up to 1 h 35 at RPE 4, or a 12 kg pack for 2 h", {@link HeadroomText}).
     */
    public record DayRow(LocalDate date, String dayName, String dayDate, List<Entry> entries, boolean rest,
            Optional<String> room) {
        public DayRow {
            entries = List.copyOf(entries);
        }
    }

    public enum EntryKind {
        SESSION,
        TRIP_STAGE,
        REST
    }

    /**
     * One line of the plan on a day; empty strings mean "nothing planned" for that column.
     *
     * @param kindLabel e.g. "Trail run · Endurance" or "Trip · day 2 of 5"
     * @param effort target effort, e.g. "RPE 5", "Zone 2", or an estimate "≈RPE 4"
     * @param nextDay the session's note for tomorrow
     * @param trail turnaround, bailouts and expected conditions in one line ({@link TrailLine}); empty if none
     */
    public record Entry(EntryKind kind, String kindLabel, String title, String duration, String distance,
            String climb, String pack, String effort, String notes, String nextDay, String trail) {
    }

    public record Totals(String duration, String distance, String climb, String heaviestPack, int sessions,
            int restDays) {
    }

    /**
     * A small weekly bar chart: previous weeks then this one, plus the week's figures.
     *
     * @param measure what the bars show, e.g. "Load (AU, session-RPE)" or "Planned time (h)"
     */
    public record Chart(String measure, List<Bar> bars, List<Figure> figures) {
        public Chart {
            bars = List.copyOf(bars);
            figures = List.copyOf(figures);
        }
    }

    /** @param valueText the bar's value as printed above it */
    public record Bar(String label, double value, String valueText, boolean current) {
    }

    /** @param note a short qualifier such as "not enough history" */
    public record Figure(String label, String value, String note) {
    }

    /** @param severity "BLOCK", "WARN" or "INFO" */
    /** @param override "Overridden on 2026-11-20: reason" for a finding answered by an override, else "" */
    public record FindingLine(String severity, String message, String suggestion, String source, String override) {
        public FindingLine {
            Objects.requireNonNull(override, "override");
        }

        public FindingLine(String severity, String message, String suggestion, String source) {
            this(severity, message, suggestion, source, "");
        }
    }
}
