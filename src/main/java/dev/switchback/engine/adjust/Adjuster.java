package dev.switchback.engine.adjust;

import dev.switchback.engine.Compliance;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.LoadModel;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.engine.adjust.Adjustment.DayChange;
import dev.switchback.engine.adjust.Adjustment.Kind;
import dev.switchback.engine.adjust.Adjustment.Option;
import dev.switchback.engine.adjust.Adjustment.Reason;
import dev.switchback.engine.adjust.Adjustment.Trigger;
import dev.switchback.engine.plan.Knobs;
import dev.switchback.engine.rules.HooperIndex;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.engine.rules.wellness.FeelGatedProgressionRule;
import dev.switchback.engine.rules.wellness.MotivationDropRule;
import dev.switchback.engine.rules.wellness.PersistentSorenessRule;
import dev.switchback.engine.rules.wellness.RestingHeartRateRule;
import dev.switchback.engine.rules.wellness.RpeAbovePlanRule;
import dev.switchback.engine.rules.wellness.SleepQualityRule;
import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Intention;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Re-planning when the plan and the body disagree (issue 12, section 3): the reasons to adjust the coming
 * days, and the options, each a concrete edit of them checked with the full rule book through
 * {@link Engine#reanalyse}.
 *
 * <p>Reasons: a session planned in the last {@link Knobs#ADJUST_LOOK_BACK_DAYS} days before yesterday (which
 * has a day of grace: its log may still come) and not logged, with no outing logged that day, and not a rest
 * day or a trip day ({@link Compliance#MISSED}); the rpe-above-plan rule's finding; and the WARNs of the
 * overreaching rules (Hooper, persistent soreness, sleep quality, motivation, resting heart rate, feel-gated
 * progression) whose dates lie in the last week or the coming one.
 *
 * <p>Options edit only the coming days (today, unless it is logged, and the six after it; "repeat the week"
 * the week after the missed one): never a day before today, a logged day or a trip day, never a log, a trip
 * or a check-in. A missed session is never made up by putting it on a day that holds another session
 * (Uphill Athlete: do not double up); two or more missed in one week offer to repeat the week. An option that
 * would add a WARN or BLOCK the plan did not have (same rule, week and severity) in the weeks it touches or
 * the four after them ({@link SaveGate#FOLLOWING_WEEKS}) is not offered: it is listed in
 * {@link Adjustment#refused} with those findings. Pure and deterministic: new ids are made from dates.
 */
public final class Adjuster {
    /** The rules whose WARN or BLOCK says "tired". */
    static final Set<String> TIRED_RULES = Set.of(HooperIndex.ID, PersistentSorenessRule.ID, SleepQualityRule.ID,
            MotivationDropRule.ID, RestingHeartRateRule.ID, FeelGatedProgressionRule.ID);

    private static final String MISSED_WHY = "A missed session is not made up by doubling up (Uphill Athlete):"
            + " only a free day may take it, and only where the rules allow.";
    private static final String REPEAT_WHY = "Two or more sessions of a week missed: repeat that week rather"
            + " than build on it (Uphill Athlete).";
    private static final String TIRED_WHY = "Signs of overreaching (Meeusen et al. 2013; Hooper and Mackinnon"
            + " 1995): lower the load for a few days and let them settle before the next step.";
    private static final String HARDER_WHY = "Outings felt harder than planned (session-RPE, Foster et al. 2001):"
            + " the body is doing more than the plan shows.";

    private final Plan plan;
    private final PlanAnalysis analysis;
    private final LocalDate today;
    private final RuleBook book;
    private final UnitFormat units;

    private Adjuster(Plan plan, PlanAnalysis analysis, LocalDate today, RuleBook book) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.today = Objects.requireNonNull(today, "today");
        this.book = Objects.requireNonNull(book, "book");
        this.units = UnitFormat.of(plan.athlete().units());
    }

    /** The reasons and the options for {@code plan} on {@code today}; {@code analysis} is the plan's on that day. */
    public static Adjustment of(Plan plan, PlanAnalysis analysis, LocalDate today) {
        return of(plan, analysis, today, RuleBook.standard());
    }

    /** The same with a given rule book (the one {@code analysis} was made with). */
    public static Adjustment of(Plan plan, PlanAnalysis analysis, LocalDate today, RuleBook book) {
        return new Adjuster(plan, analysis, today, book).run();
    }

    /** Only the reasons (cheap: no option is built or checked), for the week view's banner. */
    public static List<Reason> reasons(Plan plan, PlanAnalysis analysis, LocalDate today) {
        return new Adjuster(plan, analysis, today, RuleBook.standard()).findReasons();
    }

    private Adjustment run() {
        List<Reason> reasons = findReasons();
        var offered = new ArrayList<Option>();
        var refused = new ArrayList<Option>();
        var notes = new ArrayList<String>();
        if (reasons.isEmpty()) {
            return new Adjustment(today, reasons, offered, refused, notes);
        }
        boolean load = reasons.stream().anyMatch(r -> r.trigger() != Trigger.MISSED);
        List<Session> missed = missed();
        // candidates per kind, built (and checked) lazily: the first clean one is offered, else the last tried is refused
        var candidates = new ArrayList<List<Supplier<Optional<Option>>>>();
        candidates.add(List.of(() -> repeatWeek(missed)));
        if (!missed.isEmpty()) {
            Session last = missed.get(missed.size() - 1);
            if (firstFree(today).isPresent()) {
                candidates.add(List.of(() -> shiftMissed(last)));
            } else {
                notes.add(last.displayTitle() + " (missed on " + Dates.weekdayDay(last.date()) + ") is let go: no day in "
                        + window() + " is free to take it, and a missed session is not made up by doubling up.");
            }
        }
        Optional<Session> hardest = load ? hardest() : Optional.empty();
        if (load && hardest.isEmpty()) {
            notes.add("No session is planned for " + window() + " that could be made easier: keep those days easy.");
        }
        if (hardest.isPresent()) {
            Session h = hardest.get();
            String why = reasons.stream().anyMatch(r -> r.trigger() == Trigger.TIRED) ? TIRED_WHY : HARDER_WHY;
            candidates.add(List.of(() -> easy(h, why)));
            candidates.add(Knobs.SHORTEN_SHARES.stream().<Supplier<Optional<Option>>>map(s -> () -> shorten(s, why))
                    .toList());
            candidates.add(List.of(() -> skip(h, why)));
            candidates.add(List.of(() -> shiftLater(h, why)));
        }
        for (List<Supplier<Optional<Option>>> tries : candidates) {
            Option last = null;
            for (Supplier<Optional<Option>> t : tries) {
                Optional<Option> o = t.get();
                if (o.isEmpty()) {
                    continue;
                }
                last = o.get();
                if (last.clean()) {
                    break;
                }
            }
            if (last != null) {
                (last.clean() ? offered : refused).add(last);
            }
        }
        return new Adjustment(today, reasons, offered, refused, notes);
    }

    // ---- reasons ----

    private List<Reason> findReasons() {
        var out = new ArrayList<Reason>();
        List<Session> missed = missed();
        if (!missed.isEmpty()) {
            String list = String.join(", ", missed.stream().map(s -> s.displayTitle() + " on "
                    + Dates.weekdayDay(s.date())).toList());
            out.add(new Reason(Trigger.MISSED, missed.stream().map(Session::date).distinct().toList(),
                    (missed.size() == 1 ? "1 session was not logged: " : missed.size() + " sessions were not logged: ")
                            + list + ".", Optional.empty()));
        }
        LocalDate from = today.minusDays(Knobs.ADJUST_LOOK_BACK_DAYS);
        LocalDate to = today.plusDays(Knobs.ADJUST_WINDOW_DAYS - 1L);
        var seen = new LinkedHashSet<Finding>();
        for (Finding f : analysis.findings(from, today)) {
            if (!f.severity().isAtLeast(Severity.WARN) || !seen.add(f)) {
                continue;
            }
            boolean recent = f.dates().stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to))
                    || f.dates().isEmpty() && f.weekStart().equals(Weeks.monday(today));
            if (!recent) {
                continue;
            }
            if (f.ruleId().equals(RpeAbovePlanRule.ID)) {
                out.add(new Reason(Trigger.HARDER, f.dates(), f.messageIn(units), Optional.of(f.ruleId())));
            } else if (TIRED_RULES.contains(f.ruleId())) {
                out.add(new Reason(Trigger.TIRED, f.dates(), f.messageIn(units), Optional.of(f.ruleId())));
            }
        }
        return List.copyOf(out);
    }

    /** Missed sessions of the look-back, by date (the plan's order within a day). */
    private List<Session> missed() {
        LocalDate first = today.minusDays(Knobs.ADJUST_LOOK_BACK_DAYS);
        LocalDate last = today.minusDays(1L + Knobs.ADJUST_GRACE_DAYS);
        return plan.sessions().stream()
                .filter(s -> !s.date().isBefore(first) && !s.date().isAfter(last))
                .filter(s -> Compliance.of(s, plan.logFor(s.id()), today) == Compliance.MISSED)
                .filter(s -> plan.logsOn(s.date()).isEmpty() && plan.tripsOn(s.date()).isEmpty())
                .sorted(Comparator.comparing(Session::date))
                .toList();
    }

    // ---- the coming days ----

    /** A day an option may write: from today (unless logged) to the window's end, no log, no trip. */
    private boolean editable(LocalDate d) {
        return !d.isBefore(today) && plan.logsOn(d).isEmpty() && plan.tripsOn(d).isEmpty();
    }

    private boolean inWindow(LocalDate d) {
        return !d.isBefore(today) && d.isBefore(today.plusDays(Knobs.ADJUST_WINDOW_DAYS));
    }

    /** A day in the window that may take a session without stacking it: editable, nothing but rest planned. */
    private boolean free(Plan p, LocalDate d) {
        return inWindow(d) && editable(d) && p.sessionsOn(d).stream().allMatch(Session::isRest);
    }

    private List<Session> coming() {
        return plan.sessions().stream().filter(s -> inWindow(s.date()) && editable(s.date()) && !s.isRest())
                .sorted(Comparator.comparing(Session::date)).toList();
    }

    /** The coming session with the most planned load (the earliest of equals). */
    private Optional<Session> hardest() {
        Session best = null;
        double most = -1;
        for (Session s : coming()) {
            double au = LoadModel.planned(s, plan.athlete()).au();
            if (au > most + 1e-9) {
                most = au;
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- options ----

    private Optional<Option> repeatWeek(List<Session> missed) {
        var byWeek = new TreeMap<LocalDate, Integer>();
        missed.forEach(s -> byWeek.merge(Weeks.monday(s.date()), 1, Integer::sum));
        Optional<LocalDate> week = byWeek.descendingMap().entrySet().stream()
                .filter(e -> e.getValue() >= Knobs.REPEAT_WEEK_MISSED).map(java.util.Map.Entry::getKey).findFirst();
        if (week.isEmpty()) {
            return Optional.empty();
        }
        LocalDate monday = week.get();
        LocalDate next = monday.plusWeeks(1);
        int count = byWeek.get(monday);
        return Optional.of(option(Kind.REPEAT_WEEK, "Repeat the week of " + Dates.day(monday) + " (" + count
                + " sessions missed): the week of " + Dates.day(next) + " is planned as it was, its own sessions give"
                + " way", REPEAT_WHY, p -> {
                    Plan out = p;
                    for (int i = 0; i < 7; i++) {
                        LocalDate d = next.plusDays(i);
                        if (!editable(d)) {
                            continue;
                        }
                        for (Session s : p.sessionsOn(d)) {
                            out = out.withoutSession(s.id());
                        }
                        int slot = 0;
                        for (Session s : p.sessionsOn(d.minusDays(7))) {
                            out = out.withSession(s.withDate(d).withId(newId(out, d, "repeat-" + slot++)));
                        }
                    }
                    return out;
                }));
    }

    private Optional<Option> shiftMissed(Session m) {
        Optional<LocalDate> day = firstFree(today);
        return day.map(d -> option(Kind.SHIFT, "Do " + m.displayTitle() + " (missed on " + Dates.weekdayDay(m.date())
                + ") on " + Dates.weekdayDay(d) + ", a free day", MISSED_WHY,
                p -> withoutRest(p, d).withSession(m.withDate(d).withId(newId(p, d, "shift")))));
    }

    private Optional<Option> shiftLater(Session h, String why) {
        Optional<LocalDate> day = firstFree(h.date().plusDays(1));
        return day.map(d -> option(Kind.SHIFT, "Move " + h.displayTitle() + " from " + Dates.weekdayDay(h.date())
                + " to " + Dates.weekdayDay(d) + " (the next free day)", why,
                p -> withoutRest(p, d).withSession(h.withDate(d))));
    }

    private Optional<Option> easy(Session h, String why) {
        Duration dur = roundTo5(Duration.ofSeconds(Math.round(h.duration().toSeconds() * Knobs.EASY_SWAP_SHARE)));
        dur = dur.compareTo(Knobs.EASY_SWAP_MAX) > 0 ? Knobs.EASY_SWAP_MAX : dur;
        dur = dur.toMinutes() < 20 ? Duration.ofMinutes(20) : dur;
        Duration d = dur;
        double km = d.toSeconds() / 3600.0 * Knobs.RUN_KMH;
        Session swapped = new Session(h.id(), h.date(), SessionKind.TRAIL_RUN, Intention.RECOVERY, "Easy run",
                d, Math.round(km * 10) * 100.0, 0, 0, h.terrain(), 0, Optional.of(Knobs.EASY_RUN_RPE),
                Optional.empty(), "Easy instead of " + h.displayTitle() + " (Adjust the coming days)", "",
                h.startTime(), dev.switchback.model.TrailPlan.NONE);
        return Optional.of(option(Kind.EASY, "Swap " + h.displayTitle() + " on " + Dates.weekdayDay(h.date())
                + " for an easy run of " + UnitFormat.duration(d) + " at " + UnitFormat.rpe(Knobs.EASY_RUN_RPE),
                why, p -> p.withSession(swapped)));
    }

    private Optional<Option> shorten(double share, String why) {
        List<Session> sessions = coming().stream().filter(s -> s.duration().toMinutes() >= 20).toList();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        String pct = Math.round(share * 100) + " %";
        return Optional.of(option(Kind.SHORTEN, "Shorten the " + (sessions.size() == 1 ? "session" : sessions.size()
                + " sessions") + " of " + window()
                + " to " + pct + " (effort kept)", why, p -> {
                    Plan out = p;
                    for (Session s : sessions) {
                        Duration d = roundTo5(Duration.ofSeconds(Math.round(s.duration().toSeconds() * share)));
                        d = d.toMinutes() < 15 ? Duration.ofMinutes(15) : d;
                        double f = d.toSeconds() / (double) s.duration().toSeconds();
                        out = out.withSession(s.withDuration(d).withDistanceM(Math.round(s.distanceM() * f))
                                .withClimbM(Math.round(s.climbM() * f)).withDescentM(Math.round(s.descentM() * f)));
                    }
                    return out;
                }));
    }

    private Optional<Option> skip(Session h, String why) {
        return Optional.of(option(Kind.SKIP, "Skip " + h.displayTitle() + " on " + Dates.weekdayDay(h.date()), why,
                p -> p.withoutSession(h.id())));
    }

    /** The days options may write, in words: "Sat 2 Jan to Fri 8 Jan". */
    private String window() {
        return Dates.range(today, today.plusDays(Knobs.ADJUST_WINDOW_DAYS - 1L));
    }

    private Optional<LocalDate> firstFree(LocalDate from) {
        for (LocalDate d = from; inWindow(d); d = d.plusDays(1)) {
            if (free(plan, d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The plan without the rest sessions of {@code d}: a session put on a rest day replaces the rest. */
    private static Plan withoutRest(Plan p, LocalDate d) {
        Plan out = p;
        for (Session s : p.sessionsOn(d)) {
            if (s.isRest()) {
                out = out.withoutSession(s.id());
            }
        }
        return out;
    }

    private static SessionId newId(Plan p, LocalDate d, String slot) {
        String base = "adjust-" + d + "-" + slot;
        var id = new SessionId(base);
        for (int n = 2; p.session(id).isPresent(); n++) {
            id = new SessionId(base + "-" + n);
        }
        return id;
    }

    /** Builds the edit, its before/after days, and checks it with the rule book. */
    private Option option(Kind kind, String title, String why, UnaryOperator<Plan> edit) {
        Plan edited = edit.apply(plan);
        List<DayChange> days = changes(plan, edited, units);
        var weeks = new TreeSet<LocalDate>();
        for (DayChange c : days) {
            LocalDate m = Weeks.monday(c.date());
            for (int i = 0; i <= SaveGate.FOLLOWING_WEEKS; i++) {
                weeks.add(m.plusWeeks(i));
            }
        }
        PlanAnalysis after = Engine.reanalyse(analysis, edited, today, book);
        var added = new LinkedHashSet<Finding>();
        for (LocalDate m : weeks) {
            Set<String> had = new HashSet<>();
            for (Finding f : warnings(analysis, m)) {
                had.add(key(f));
            }
            for (Finding f : warnings(after, m)) {
                if (!had.contains(key(f))) {
                    added.add(f);
                }
            }
        }
        return new Option(kind, title, why, days, edited, List.copyOf(weeks), List.copyOf(added));
    }

    private static String key(Finding f) {
        return f.ruleId() + "|" + f.severity() + "|" + f.weekStart();
    }

    private static List<Finding> warnings(PlanAnalysis a, LocalDate monday) {
        return a.findings(monday).stream().filter(f -> f.severity().isAtLeast(Severity.WARN)).toList();
    }

    /** The days whose sessions differ between the two plans, with their sessions before and after. */
    static List<DayChange> changes(Plan before, Plan after, UnitFormat units) {
        var dates = new TreeSet<LocalDate>();
        var was = new HashSet<Session>(before.sessions());
        var now = new HashSet<Session>(after.sessions());
        before.sessions().stream().filter(s -> !now.contains(s)).forEach(s -> dates.add(s.date()));
        after.sessions().stream().filter(s -> !was.contains(s)).forEach(s -> dates.add(s.date()));
        var out = new ArrayList<DayChange>();
        for (LocalDate d : dates) {
            out.add(new DayChange(d, before.sessionsOn(d).stream().map(s -> line(s, units)).toList(),
                    after.sessionsOn(d).stream().map(s -> line(s, units)).toList()));
        }
        return out;
    }

    /** One session in a line: "Long run · 2 h 30 · 18 km · 8 kg pack · RPE 5". */
    public static String line(Session s, UnitFormat units) {
        if (s.isRest()) {
            return "Rest";
        }
        var parts = new ArrayList<String>();
        parts.add(s.displayTitle());
        parts.add(UnitFormat.duration(s.duration()));
        if (s.distanceM() > 0) {
            parts.add(units.distance(s.distanceM()));
        }
        if (s.packKg() > 0) {
            parts.add(units.mass(s.packKg()) + " pack");
        }
        s.targetRpe().ifPresent(r -> parts.add(UnitFormat.rpe(r)));
        return String.join(" · ", parts);
    }

    private static Duration roundTo5(Duration d) {
        return Duration.ofMinutes(d.toMinutes() / 5 * 5);
    }
}
