package dev.switchback.export;

import dev.switchback.format.Dates;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Overrides;
import dev.switchback.engine.Metric;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.engine.plan.Knobs;
import dev.switchback.engine.NextGoal;
import dev.switchback.engine.PlannedEffort;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Athlete;
import dev.switchback.model.GoalEvent;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weeks;
import dev.switchback.export.WeekSheet.Bar;
import dev.switchback.export.WeekSheet.DayRow;
import dev.switchback.export.WeekSheet.Entry;
import dev.switchback.export.WeekSheet.EntryKind;
import dev.switchback.export.WeekSheet.Figure;
import dev.switchback.export.WeekSheet.FindingLine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link WeekSheet}s and the {@link SeasonOverview} from a plan and, when the engine has run,
 * its analysis. Without an analysis the sheet still has every session, trip and total; the chart
 * then shows planned hours and the findings list is empty.
 */
public final class WeekSheets {
    /** Weeks shown in the sheet's chart: this week and the ones before it. */
    static final int CHART_WEEKS = 6;


    private WeekSheets() {
    }

    public static List<WeekSheet> build(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range) {
        var byDate = new ByDate(plan);
        return range.mondays().stream().map(m -> build(plan, byDate, analysis, m)).toList();
    }

    public static WeekSheet build(Plan plan, Optional<PlanAnalysis> analysis, LocalDate anyDay) {
        return build(plan, new ByDate(plan), analysis, anyDay);
    }

    /** Sessions and trips by day, so a year of sheets does not scan the whole plan for every day. */
    private static final class ByDate {
        private final Map<LocalDate, List<Session>> sessions = new HashMap<>();
        private final Map<LocalDate, List<Trip>> trips = new HashMap<>();

        ByDate(Plan plan) {
            for (Session s : plan.sessions()) {
                sessions.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
            }
            for (Trip t : plan.trips()) {
                for (LocalDate d = t.start(); !d.isAfter(t.end()); d = d.plusDays(1)) {
                    trips.computeIfAbsent(d, x -> new ArrayList<>()).add(t);
                }
            }
        }

        List<Session> sessionsOn(LocalDate d) {
            return sessions.getOrDefault(d, List.of());
        }

        List<Trip> tripsOn(LocalDate d) {
            return trips.getOrDefault(d, List.of());
        }
    }

    /**
     * The headroom line of each day of a week from today (the analysis' own today) up to the planner's
     * horizon, {@link Knobs#HEADROOM_HORIZON_DAYS}; nothing for other weeks or without an analysis.
     */
    private static List<Optional<String>> rooms(Plan plan, Optional<PlanAnalysis> analysis, LocalDate monday,
            UnitFormat units) {
        var none = java.util.Collections.nCopies(7, Optional.<String>empty());
        if (analysis.isEmpty() || analysis.get().seenOn().isEmpty()) {
            return none;
        }
        LocalDate today = analysis.get().seenOn().get();
        if (monday.plusDays(6).isBefore(today) || monday.isAfter(today.plusDays(Knobs.HEADROOM_HORIZON_DAYS))) {
            return none;
        }
        var words = new HeadroomText(units);
        return Headroom.week(plan, analysis.get(), monday, today).stream().map(words::line).toList();
    }

    private static WeekSheet build(Plan plan, ByDate byDate, Optional<PlanAnalysis> analysis, LocalDate anyDay) {
        LocalDate monday = Weeks.monday(anyDay);
        UnitFormat units = UnitFormat.of(plan.athlete().units());
        var days = new ArrayList<DayRow>(7);
        Duration time = Duration.ZERO;
        double distance = 0;
        double climb = 0;
        double heaviest = 0;
        int sessions = 0;
        int restDays = 0;
        List<Optional<String>> rooms = rooms(plan, analysis, monday, units);
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            var entries = new ArrayList<Entry>();
            for (Trip trip : byDate.tripsOn(date)) {
                TripStage stage = trip.stageOn(date);
                entries.add(tripEntry(trip, date, stage, units));
                time = time.plus(stage.duration());
                distance += stage.distanceM();
                climb += stage.climbM();
                heaviest = Math.max(heaviest, stage.packKg());
            }
            List<Session> planned = byDate.sessionsOn(date).stream()
                    .sorted(Comparator.comparing(Session::isRest).reversed().thenComparing(Session::title))
                    .toList();
            for (Session s : planned) {
                if (s.isRest()) {
                    continue;
                }
                entries.add(sessionEntry(s, plan.athlete(), units));
                sessions++;
                time = time.plus(s.duration());
                distance += s.distanceM();
                climb += s.climbM();
                heaviest = Math.max(heaviest, s.packKg());
            }
            boolean rest = entries.isEmpty();
            if (rest) {
                restDays++;
                String note = planned.stream().filter(Session::isRest)
                        .map(s -> joinNonEmpty(" ", s.title().equals("Rest") ? "" : s.title(), s.notes()))
                        .filter(t -> !t.isEmpty()).findFirst().orElse("");
                String nextDay = planned.stream().filter(Session::isRest).map(Session::nextDayPlan)
                        .filter(t -> !t.isBlank()).findFirst().orElse("");
                entries.add(new Entry(EntryKind.REST, "Rest day", "Rest", "", "", "", "", "", note, nextDay, ""));
            }
            days.add(new DayRow(date, Dates.weekdayShort(date.getDayOfWeek()),
                    Dates.day(date), entries, rest, rooms.get(i)));
        }
        var totals = new WeekSheet.Totals(UnitFormat.durationOrBlank(time), units.showOrBlank(Measure.DISTANCE, distance),
                units.showOrBlank(Measure.CLIMB, climb), units.showOrBlank(Measure.MASS, heaviest), sessions, restDays);
        return new WeekSheet(monday, header(plan, monday), days, totals, chart(byDate, analysis, monday, units),
                findings(plan, analysis, monday, units), analysis.isPresent());
    }

    private static WeekSheet.Header header(Plan plan, LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        String dates = Dates.range(monday, sunday);
        Optional<String> phase = plan.phaseOn(monday.plusDays(3)).or(() -> plan.phaseOn(monday))
                .map(p -> p.kind().label() + " phase");
        return new WeekSheet.Header(plan.athlete().name(), plan.name(),
                "Week " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Weeks.label(monday), dates, phase,
                goal(plan, monday));
    }

    /** The engine's next goal ({@link NextGoal}, the one the week view shows), as the sheet's chip. */
    static Optional<String> goal(Plan plan, LocalDate monday) {
        return NextGoal.of(plan, monday).map(g -> "Goal: " + g.title() + " · " + Dates.dayYear(g.date())
                + " · " + g.when());
    }

    private static Entry sessionEntry(Session s, Athlete athlete, UnitFormat units) {
        String kind = s.kind().label() + " · " + s.intention().label();
        if (s.terrain() != Terrain.TRAIL && (s.kind().isRunning() || s.kind().usuallyCarriesPack())) {
            kind += " · " + s.terrain().label();
        }
        // A planned start leads the line, as on a calendar: "18:30 · Trail run · Peak".
        kind = s.startTime().map(t -> Dates.time(t) + " · ").orElse("") + kind;
        return new Entry(EntryKind.SESSION, kind, s.displayTitle(), UnitFormat.durationOrBlank(s.duration()),
                units.showOrBlank(Measure.DISTANCE, s.distanceM()), units.showOrBlank(Measure.CLIMB, s.climbM()), units.showOrBlank(Measure.MASS, s.packKg()),
                effort(s, athlete), s.notes(), s.nextDayPlan(), TrailLine.of(s.trail(), units));
    }

    private static String effort(Session s, Athlete athlete) {
        if (s.targetRpe().isEmpty() && s.targetHrZone().isPresent()) {
            return "Zone " + s.targetHrZone().get();
        }
        // The engine's one planned effort: the runner's target, or its estimate marked as such.
        return PlannedEffort.of(s, athlete)
                .map(e -> (e.estimated() ? "≈" : "") + UnitFormat.rpe(e.rpe()))
                .orElse("");
    }

    private static Entry tripEntry(Trip trip, LocalDate date, TripStage stage, UnitFormat units) {
        int day = (int) ChronoUnit.DAYS.between(trip.start(), date) + 1;
        String kind = (trip.goal() ? "Goal trip" : "Trip") + " · day " + day + " of " + trip.days();
        return new Entry(EntryKind.TRIP_STAGE, kind, trip.title(), UnitFormat.durationOrBlank(stage.duration()),
                units.showOrBlank(Measure.DISTANCE, stage.distanceM()), units.showOrBlank(Measure.CLIMB, stage.climbM()), units.showOrBlank(Measure.MASS, stage.packKg()),
                stage.targetRpe().map(UnitFormat::rpe).orElse(""), day == 1 ? trip.notes() : "",
                day == trip.days() ? "Rest or easy day after the trip" : "", TrailLine.of(stage.trail(), units));
    }

    private static WeekSheet.Chart chart(ByDate plan, Optional<PlanAnalysis> analysis, LocalDate monday,
            UnitFormat units) {
        var bars = new ArrayList<Bar>();
        if (analysis.isPresent()) {
            PlanAnalysis a = analysis.get();
            for (int i = CHART_WEEKS - 1; i >= 0; i--) {
                LocalDate m = monday.minusWeeks(i);
                double au = a.week(m).loadAu();
                bars.add(new Bar(shortWeek(m), au, UnitFormat.load(au), i == 0));
            }
            WeekSummary w = a.week(monday);
            var figures = List.of(
                    new Figure("Load", UnitFormat.load(w.loadAu()) + " AU",
                            w.doneAu() > 0 ? UnitFormat.load(w.doneAu()) + " done" : "planned"),
                    figure("vs last week", w.changeVsPrevious(), "×%.2f"),
                    figure("ACWR", w.acwr(), "%.2f"),
                    figure("Form", w.formPct(), "%+.0f %%"),
                    figure("Monotony", w.monotony(), "%.1f"));
            return new WeekSheet.Chart("Weekly load (AU, session-RPE)", bars, figures);
        }
        for (int i = CHART_WEEKS - 1; i >= 0; i--) {
            LocalDate m = monday.minusWeeks(i);
            double hours = plannedTime(plan, m).toMinutes() / 60.0;
            bars.add(new Bar(shortWeek(m), hours, UnitFormat.plain(hours), i == 0));
        }
        Duration thisWeek = plannedTime(plan, monday);
        Duration lastWeek = plannedTime(plan, monday.minusWeeks(1));
        String change = lastWeek.isZero() ? "–"
                : String.format(Locale.ROOT, "×%.2f", (double) thisWeek.toMinutes() / lastWeek.toMinutes());
        var figures = List.of(
                new Figure("Planned time", UnitFormat.durationOrBlank(thisWeek).isEmpty() ? "0 h"
                        : UnitFormat.durationOrBlank(thisWeek), ""),
                new Figure("vs last week", change, lastWeek.isZero() ? "nothing planned" : ""),
                new Figure("Distance", orDash(units.showOrBlank(Measure.DISTANCE, plannedDistance(plan, monday))), ""));
        return new WeekSheet.Chart("Planned time per week (h)", bars, figures);
    }

    private static Figure figure(String label, Metric metric, String format) {
        if (metric instanceof Metric.Value v) {
            return new Figure(label, String.format(Locale.ROOT, format, v.value()), "");
        }
        return new Figure(label, "n/a", "not enough history");
    }

    private static List<FindingLine> findings(Plan plan, Optional<PlanAnalysis> analysis, LocalDate monday,
            UnitFormat units) {
        if (analysis.isEmpty()) {
            return List.of();
        }
        var lines = new ArrayList<FindingLine>();
        for (Finding f : analysis.get().findings(monday)) {
            String override = Overrides.of(plan, f).map(Overrides::describe).orElse("");
            lines.add(new FindingLine(f.severity().name(), f.messageIn(units), f.suggestionText(units), f.source().toString(),
                    override));
        }
        return lines;
    }

    public static SeasonOverview overview(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range) {
        UnitFormat units = UnitFormat.of(plan.athlete().units());
        var lines = new ArrayList<SeasonOverview.WeekLine>();
        for (LocalDate m : range.mondays()) {
            LocalDate sun = m.plusDays(6);
            int sessions = 0;
            Duration time = Duration.ZERO;
            double dist = 0;
            double climb = 0;
            for (Session s : plan.sessions()) {
                if (!s.isRest() && !s.date().isBefore(m) && !s.date().isAfter(sun)) {
                    sessions++;
                    time = time.plus(s.duration());
                    dist += s.distanceM();
                    climb += s.climbM();
                }
            }
            var tripNames = new ArrayList<String>();
            for (Trip t : plan.trips()) {
                if (!t.end().isBefore(m) && !t.start().isAfter(sun)) {
                    tripNames.add(t.title());
                    for (LocalDate d = m; !d.isAfter(sun); d = d.plusDays(1)) {
                        if (t.covers(d)) {
                            TripStage st = t.stageOn(d);
                            time = time.plus(st.duration());
                            dist += st.distanceM();
                            climb += st.climbM();
                        }
                    }
                }
            }
            for (GoalEvent g : plan.goals()) {
                boolean tripShown = g.trip().flatMap(plan::trip).map(t -> tripNames.contains(t.title())).orElse(false);
                if (!g.date().isBefore(m) && !g.date().isAfter(sun) && !tripNames.contains(g.title()) && !tripShown) {
                    tripNames.add("Goal: " + g.title());
                }
            }
            double bar;
            String barText;
            if (analysis.isPresent()) {
                bar = analysis.get().week(m).loadAu();
                barText = UnitFormat.load(bar);
            } else {
                bar = time.toMinutes() / 60.0;
                barText = UnitFormat.plain(bar);
            }
            String phase = plan.phaseOn(m.plusDays(3)).or(() -> plan.phaseOn(m)).map(p -> p.kind().label())
                    .orElse("");
            lines.add(new SeasonOverview.WeekLine(Weeks.label(m), Dates.day(m) + " – " + Dates.day(sun),
                    phase, sessions, UnitFormat.durationOrBlank(time), units.showOrBlank(Measure.DISTANCE, dist),
                    units.showOrBlank(Measure.CLIMB, climb), bar, barText, String.join(", ", tripNames),
                    days(plan, m, units)));
        }
        var goals = new ArrayList<String>();
        plan.goals().stream().sorted(Comparator.comparing(GoalEvent::date))
                .forEach(g -> goals.add(g.title() + " · " + Dates.dayYear(g.date())));
        plan.trips().stream().filter(Trip::goal)
                .filter(t -> plan.goals().stream().noneMatch(g -> g.trip().equals(Optional.of(t.id()))))
                .forEach(t -> goals.add(t.title() + " · " + Dates.dayYear(t.start())));
        String period = Weeks.label(range.firstDay()) + " – " + Weeks.label(range.lastDay()) + " · "
                + Dates.dayYear(range.firstDay()) + " – " + Dates.dayYear(range.lastDay())
                + " · " + range.weekCount() + " weeks";
        return new SeasonOverview(plan.name(), plan.athlete().name(), period, goals,
                analysis.isPresent() ? "Load (AU)" : "Planned time (h)", lines);
    }

    /** Monday to Sunday of the week of {@code monday}: each session and trip day in a few words. */
    private static List<SeasonOverview.DayCell> days(Plan plan, LocalDate monday, UnitFormat units) {
        var days = new ArrayList<SeasonOverview.DayCell>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            var entries = new ArrayList<String>();
            for (Trip t : plan.trips()) {
                if (t.covers(d)) {
                    TripStage st = t.stageOn(d);
                    entries.add(t.title() + " · day " + (d.toEpochDay() - t.start().toEpochDay() + 1)
                            + joinBlank(UnitFormat.durationOrBlank(st.duration())));
                }
            }
            for (Session s : plan.sessionsOn(d)) {
                if (!s.isRest()) {
                    entries.add(s.displayTitle() + joinBlank(UnitFormat.durationOrBlank(s.duration()))
                            + joinBlank(units.showOrBlank(Measure.DISTANCE, s.distanceM())));
                }
            }
            for (GoalEvent g : plan.goals()) {
                if (g.date().equals(d)) {
                    entries.add("Goal: " + g.title());
                }
            }
            days.add(new SeasonOverview.DayCell(d, Dates.day(d), entries));
        }
        return days;
    }

    private static String joinBlank(String part) {
        return part.isEmpty() ? "" : " · " + part;
    }

    private static Duration plannedTime(ByDate plan, LocalDate monday) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            for (Session s : plan.sessionsOn(d)) {
                total = total.plus(s.duration());
            }
            for (Trip t : plan.tripsOn(d)) {
                total = total.plus(t.stageOn(d).duration());
            }
        }
        return total;
    }

    private static double plannedDistance(ByDate plan, LocalDate monday) {
        double total = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            for (Session s : plan.sessionsOn(d)) {
                total += s.distanceM();
            }
            for (Trip t : plan.tripsOn(d)) {
                total += t.stageOn(d).distanceM();
            }
        }
        return total;
    }

    private static String shortWeek(LocalDate monday) {
        return "W" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "–" : s;
    }

    private static String joinNonEmpty(String sep, String... parts) {
        var list = new ArrayList<String>();
        for (String p : parts) {
            if (!p.isBlank()) {
                list.add(p.strip());
            }
        }
        return String.join(sep, list);
    }
}
