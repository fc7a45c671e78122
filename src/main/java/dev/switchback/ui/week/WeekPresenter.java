package dev.switchback.ui.week;

import dev.switchback.model.Printable;
import dev.switchback.format.Dates;
import dev.switchback.engine.Compliance;
import dev.switchback.engine.NextGoal;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.plan.DayRoom;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.export.HeadroomText;
import dev.switchback.engine.PlannedEffort;
import dev.switchback.engine.WeekProgress;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Phase;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.Weeks;
import dev.switchback.format.UnitFormat;
import dev.switchback.ui.week.WeekModels.Card;
import dev.switchback.ui.week.WeekModels.Day;
import dev.switchback.ui.week.WeekModels.Season;
import dev.switchback.ui.week.WeekModels.SeasonSegment;
import dev.switchback.ui.week.WeekModels.Summary;
import dev.switchback.ui.week.WeekModels.SummaryItem;
import dev.switchback.ui.week.WeekModels.TripBand;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a plan and its analysis into the plain records the week view draws ({@link WeekModels}):
 * days and cards, trip bands, the totals, the season band and the title. Pure: no properties, no
 * commands (those are {@link WeekViewModel}'s), so the week and the month view present the same
 * cards the same way and it is tested without the toolkit.
 */
public final class WeekPresenter {

    /** Everything the week view draws for one week. */
    public record WeekScreen(List<Day> days, List<TripBand> trips, Summary summary, Season season, String title) {
        public WeekScreen {
            days = List.copyOf(days);
            trips = List.copyOf(trips);
        }
    }

    private final LocalDate today;

    /** @param today the day the window treats as today (cards before it can be logged, or are missed) */
    public WeekPresenter(LocalDate today) {
        this.today = today;
    }

    public WeekScreen present(Plan plan, Optional<PlanAnalysis> analysis, LocalDate anyDay) {
        LocalDate monday = Weeks.monday(anyDay);
        UnitFormat units = UnitFormat.of(plan.athlete().units());
        LocalDate sunday = monday.plusDays(6);
        String title = Dates.day(monday) + " – " + Dates.day(sunday) + " " + sunday.getYear() + "  ·  "
                + Weeks.label(monday).substring(5);
        return new WeekScreen(withRoom(days(plan, monday, units), plan, analysis), tripBands(plan, monday, units),
                summaryOf(plan, analysis, monday, units), seasonOf(plan, monday), title);
    }

    /** The seven days from {@code monday}, each with its cards. */
    public List<Day> days(Plan plan, LocalDate monday, UnitFormat units) {
        List<Day> list = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<Session> sessions = plan.sessionsOn(date);
            List<Card> cards = sessions.stream().map(s -> card(plan, s, units)).toList();
            Optional<String> stage = plan.tripsOn(date).stream().findFirst().map(t -> stageText(t, date, units));
            boolean rest = stage.isEmpty() && sessions.stream().allMatch(Session::isRest);
            list.add(new Day(date, Dates.weekday(date.getDayOfWeek()),
                    Dates.day(date), date.equals(today), rest, cards, stage, Optional.empty(), Optional.empty()));
        }
        return list;
    }

    /** The engine's headroom under each day from today on (none for a week before today). */
    private List<Day> withRoom(List<Day> days, Plan plan, Optional<PlanAnalysis> analysis) {
        if (analysis.isEmpty() || days.get(6).date().isBefore(today)) {
            return days;
        }
        var words = new HeadroomText(UnitFormat.of(plan.athlete().units()));
        List<DayRoom> rooms = Headroom.week(plan, analysis.get(), days.get(0).date(), today);
        List<Day> out = new ArrayList<>(7);
        for (int i = 0; i < days.size(); i++) {
            DayRoom r = rooms.get(i);
            out.add(days.get(i).withRoom(words.line(r), words.why(r)));
        }
        return out;
    }

    /** A planned session can be logged once its day has come; a rest session has nothing to log. */
    boolean canLog(Session s) {
        return !s.isRest() && !s.date().isAfter(today);
    }

    Card card(Plan plan, Session s, UnitFormat units) {
        List<String> details = new ArrayList<>();
        if (s.distanceM() > 0) {
            details.add(units.distance(s.distanceM()));
        }
        if (s.climbM() > 0) {
            details.add(units.climb(s.climbM()) + " up");
        }
        if (s.packKg() > 0) {
            details.add(units.mass(s.packKg()) + " pack (" + UnitFormat.percent(plan.athlete().packFraction(s.packKg()))
                    + ")");
        }
        // The one planned effort of the engine: the runner's target, else its estimate marked "≈".
        PlannedEffort.of(s, plan.athlete()).ifPresent(e -> details.add((e.estimated() ? "≈RPE " : "RPE ")
                + UnitFormat.plain(e.rpe())));
        s.targetHrZone().ifPresent(z -> details.add("HR zone " + z));
        String duration = s.isRest() ? "" : UnitFormat.duration(s.duration());
        var log = plan.logFor(s.id());
        return new Card(s.id(), s.kind(), Printable.escape(s.displayTitle()), duration, details, log.isPresent(),
                Compliance.of(s, log, today), canLog(s));
    }

    private static String stageText(Trip t, LocalDate date, UnitFormat units) {
        int day = (int) ChronoUnit.DAYS.between(t.start(), date) + 1;
        var st = t.stageOn(date);
        // the day first: where a narrow cell (the month view) cuts the line, it cuts the trip's name, not which day it is
        return "Day " + day + " of " + t.days() + " · " + Printable.escape(t.title()) + " · " + units.distance(st.distanceM()) + ", "
                + units.climb(st.climbM()) + " up, " + units.mass(st.packKg()) + " pack";
    }

    private static List<TripBand> tripBands(Plan plan, LocalDate monday, UnitFormat units) {
        LocalDate sunday = monday.plusDays(6);
        List<TripBand> bands = new ArrayList<>();
        for (Trip t : plan.trips()) {
            if (t.end().isBefore(monday) || t.start().isAfter(sunday)) {
                continue;
            }
            LocalDate from = t.start().isBefore(monday) ? monday : t.start();
            LocalDate to = t.end().isAfter(sunday) ? sunday : t.end();
            int first = (int) ChronoUnit.DAYS.between(monday, from);
            int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
            String detail = t.days() + " days · heaviest pack " + units.mass(t.heaviestPackKg());
            bands.add(new TripBand(t.id(), Printable.escape(t.title()), detail, first, span, t.start().isBefore(monday),
                    t.end().isAfter(sunday), t.goal()));
        }
        bands.sort(Comparator.comparingInt(TripBand::firstColumn));
        return List.copyOf(bands);
    }

    private Summary summaryOf(Plan plan, Optional<PlanAnalysis> analysis, LocalDate monday, UnitFormat units) {
        if (analysis.isEmpty()) {
            return new Summary(List.of(), Optional.of("Load analysis not available"));
        }
        WeekSummary w = analysis.get().week(monday);
        WeekProgress done = WeekProgress.of(plan, monday, today, analysis);
        List<SummaryItem> items = List.of(
                new SummaryItem("load", "Load done", UnitFormat.loadDoneOfPlanned(w.doneAu(), w.plannedAu()),
                        "Session-RPE load: effort (0-10) times minutes, raised by pack mass and climb. Planned: "
                        + "every session and trip day of the week; done: every outing logged."),
                new SummaryItem("distance", "Distance done", doneOfPlanned(units, done.doneKm(),
                        done.plannedKm()), "Distance of the planned sessions and trip days against the distance of "
                        + "the outings logged this week, planned or not."),
                new SummaryItem("running", "Running done", doneOfPlanned(units, done.doneRunningKm(),
                        done.plannedRunningKm()), "Distance of the planned runs (trail runs, runs with pack) against "
                        + "the runs logged this week."),
                new SummaryItem("sessions", "Sessions done", done.done() + " of " + done.planned(),
                        "Planned sessions logged so far (" + done.sessionDetails() + "). Within 20 % of the "
                        + "planned duration is as planned; a day that passed without a log is missed."),
                new SummaryItem("climb", "Climb", units.climb(w.climbM()),
                        "Total ascent of the week: logged where an outing is logged, else as planned."),
                new SummaryItem("heaviest-pack", "Heaviest pack",
                        w.heaviestPackKg() > 0 ? units.mass(w.heaviestPackKg()) : "none",
                        "The heaviest pack carried on any day this week."),
                new SummaryItem("pack-load", "Pack load", units.massDistance(w.packKgKm()),
                        "Pack mass times distance carried, summed over the week."),
                new SummaryItem("rest-days", "Rest days", Integer.toString(w.restDays()),
                        "Days without training or with only a rest session."),
                new SummaryItem("acwr", "ACWR", w.acwr().asOptional().map(UnitFormat::ratio).orElse("–"),
                        "Acute:chronic workload ratio on Sunday: this week's load against the last four weeks'."));
        return new Summary(items, Optional.empty());
    }

    /** "10 of 46 km": done of planned, like the load and the sessions. */
    private static String doneOfPlanned(UnitFormat units, double doneKm, double plannedKm) {
        return units.distanceNumber(doneKm * 1000) + " of " + units.distance(plannedKm * 1000);
    }

    /** The season band of the week of {@code monday}: phases, this week's place and the engine's next goal. */
    static Season seasonOf(Plan plan, LocalDate monday) {
        List<Phase> phases = plan.phases().stream().sorted(Comparator.comparing(Phase::start)).toList();
        Optional<NextGoal> goal = NextGoal.of(plan, monday);
        if (phases.isEmpty()) {
            String h = goal.map(NextGoal::countdown).map(Printable::escape).orElse("No season phases yet");
            return new Season(List.of(), 0, 0, Optional.empty(), h);
        }
        LocalDate from = phases.get(0).start();
        LocalDate to = phases.get(phases.size() - 1).end();
        if (goal.isPresent() && goal.get().date().isAfter(to)) {
            to = goal.get().date();
        }
        double total = ChronoUnit.DAYS.between(from, to) + 1.0;
        List<SeasonSegment> segments = new ArrayList<>();
        String headline = "Outside the season's phases";
        for (Phase p : phases) {
            boolean current = p.covers(monday) || p.covers(monday.plusDays(6));
            double start = ChronoUnit.DAYS.between(from, p.start()) / total;
            double width = (ChronoUnit.DAYS.between(p.start(), p.end()) + 1) / total;
            segments.add(new SeasonSegment(p.kind(), p.kind().label(), start, width, current));
            if (p.covers(monday) || (current && headline.startsWith("Outside"))) {
                long weeks = (ChronoUnit.DAYS.between(Weeks.monday(p.start()), Weeks.monday(p.end())) / 7) + 1;
                long nth = ChronoUnit.DAYS.between(Weeks.monday(p.start()), monday) / 7 + 1;
                headline = p.kind().label() + ", week " + Math.max(1, nth) + " of " + weeks;
            }
        }
        double weekFrom = ChronoUnit.DAYS.between(from, monday) / total;
        Optional<Double> goalAt = goal.map(g -> ChronoUnit.DAYS.between(from, g.date()) / total);
        if (goal.isPresent()) {
            headline += "  ·  " + Printable.escape(goal.get().countdown());
        }
        return new Season(segments, weekFrom, 7 / total, goalAt, headline);
    }
}
