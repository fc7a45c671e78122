package dev.switchback.engine.plan;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Intention;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The check solved in reverse: for a day from today on, the biggest session that can still be added and
 * leave the plan with no WARN or BLOCK finding it did not already have ("room: up to 1 h 35 at RPE 4, or a
 * 12 kg pack for 2 h"). No rule of thumb: every answer is a search over {@link Engine#reanalyse}, so it is
 * exactly what the rule book says, whatever rules it holds.
 *
 * <p>The search assumes what the rules make true: a longer or heavier session never removes a finding
 * (monotone). It bisects the duration of an easy run ({@link Knobs#PROBE_RPE}) in {@link Knobs#DURATION_STEP}
 * steps, then the mass of a pack carried for {@link Knobs#PACK_PROBE} in {@link Knobs#PACK_STEP_KG} steps.
 * The weeks judged are those the save gate checks after an edit of the day: its week and the
 * {@link SaveGate#FOLLOWING_WEEKS} after it. To be quick the bisection first judges the day's own week
 * only (where nearly every limit binds), then proves the answer on all the weeks and searches again
 * below it if a later week objects; the answer is the same as a search over all the weeks.
 */
public final class Headroom {
    private static final SessionId PROBE_ID = new SessionId("headroom-probe");

    private final Plan plan;
    private final PlanAnalysis base;
    private final LocalDate today;
    private final RuleBook book;
    private final Map<LocalDate, Set<Key>> baseline = new HashMap<>();
    /** Where the next day's searches start: this day's answers (12 steps = 1 h, 20 steps = 10 kg at first). */
    private int runHint = 12;
    private int packHint = 20;
    /** A session of the plan has the probe's id (then the probe replaces it, as {@code Plan.withSession} does). */
    private final boolean probeIdTaken;

    private record Key(String ruleId, LocalDate weekStart, Severity severity) {
        static Key of(Finding f) {
            return new Key(f.ruleId(), f.weekStart(), f.severity());
        }
    }

    private Headroom(Plan plan, PlanAnalysis base, LocalDate today, RuleBook book, LocalDate lastDay) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(base, "base");
        this.today = Objects.requireNonNull(today, "today");
        this.book = Objects.requireNonNull(book, "book");
        // Findings of a week depend on the days up to it and on the trips and goals ahead of it. The plan's
        // sessions, logs and check-ins long after the last judged week only make every probe rebuild them:
        // they are left out, with a margin of LOOK_AHEAD days for the rules that look ahead at trips.
        LocalDate cut = Weeks.monday(lastDay).plusWeeks(SaveGate.FOLLOWING_WEEKS + 1L).plusDays(LOOK_AHEAD_DAYS);
        // in the engine's order, so a probe is one sorted insert and one new Plan (Engine.withNewSession)
        Plan near = Engine.ordered(nearPart(plan, cut));
        this.plan = near;
        this.base = near == plan ? base : Engine.reanalyse(base, near, today, book);
        this.probeIdTaken = near.sessions().stream().anyMatch(s -> s.id().equals(PROBE_ID));
    }

    /** Days after the last judged week whose sessions still count (the taper's 14 and trip preparation's 30, and more). */
    static final int LOOK_AHEAD_DAYS = 42;

    private static Plan nearPart(Plan plan, LocalDate cut) {
        if (plan.lastDate().map(d -> !d.isAfter(cut)).orElse(true)) {
            return plan;
        }
        var sessions = plan.sessions().stream().filter(s -> !s.date().isAfter(cut)).toList();
        var kept = new HashSet<SessionId>();
        sessions.forEach(s -> kept.add(s.id()));
        var logs = plan.logs().stream().filter(l -> !l.date().isAfter(cut)
                && l.plannedSession().map(kept::contains).orElse(true)).toList();
        var wellness = plan.wellness().stream().filter(w -> !w.date().isAfter(cut)).toList();
        return plan.withSessions(sessions).withLogs(logs).withWellness(wellness);
    }

    /** The room of each day of the ISO week holding {@code anyDay}, Monday first. */
    public static List<DayRoom> week(Plan plan, PlanAnalysis analysis, LocalDate anyDay, LocalDate today) {
        return week(plan, analysis, anyDay, today, RuleBook.standard());
    }

    /** The same with a given rule book (the one {@code analysis} was made with). */
    public static List<DayRoom> week(Plan plan, PlanAnalysis analysis, LocalDate anyDay, LocalDate today,
            RuleBook book) {
        LocalDate monday = Weeks.monday(anyDay);
        var h = new Headroom(plan, analysis, today, book, monday.plusDays(6));
        var out = new ArrayList<DayRoom>(7);
        for (int i = 0; i < 7; i++) {
            out.add(h.day(monday.plusDays(i)));
        }
        return List.copyOf(out);
    }

    /** The room of one day. */
    public static DayRoom day(Plan plan, PlanAnalysis analysis, LocalDate date, LocalDate today) {
        return new Headroom(plan, analysis, today, RuleBook.standard(), date).day(date);
    }

    /** The room of every day from {@code from} to {@code to}, both included. */
    public static List<DayRoom> days(Plan plan, PlanAnalysis analysis, LocalDate from, LocalDate to,
            LocalDate today, RuleBook book) {
        var h = new Headroom(plan, analysis, today, book, to);
        var out = new ArrayList<DayRoom>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            out.add(h.day(d));
        }
        return List.copyOf(out);
    }

    private DayRoom day(LocalDate date) {
        if (date.isBefore(today) || !date.isAfter(today) && !plan.logsOn(date).isEmpty()) {
            return DayRoom.closed(date, DayRoom.State.PAST);
        }
        if (!plan.tripsOn(date).isEmpty()) {
            return DayRoom.closed(date, DayRoom.State.TRIP);
        }
        LocalDate monday = Weeks.monday(date);
        int maxSteps = (int) (Knobs.MAX_PROBE.toMinutes() / Knobs.DURATION_STEP.toMinutes());
        Search run = search(monday, maxSteps, runHint, n -> run(date, Knobs.DURATION_STEP.multipliedBy(n)));
        runHint = run.best;
        Duration runFor = Knobs.DURATION_STEP.multipliedBy(run.best);
        Duration packFor = runFor.compareTo(Knobs.PACK_PROBE) < 0 ? runFor : Knobs.PACK_PROBE;
        double packKg = 0;
        Optional<DayRoom.Binding> packBinding = Optional.empty();
        if (!packFor.isZero()) {
            int maxKgSteps = (int) Math.floor(plan.athlete().bodyMassKg() * Knobs.PACK_PROBE_MAX_FRACTION
                    / Knobs.PACK_STEP_KG);
            Search pack = search(monday, maxKgSteps, packHint, n -> hike(date, packFor, n * Knobs.PACK_STEP_KG));
            packKg = pack.best * Knobs.PACK_STEP_KG;
            packBinding = pack.binding;
            packHint = pack.best;
        }
        return new DayRoom(date, DayRoom.State.OPEN, runFor, Knobs.PROBE_RPE, run.best == maxSteps, packKg,
                packKg > 0 ? packFor : Duration.ZERO, run.binding, packBinding);
    }

    private record Search(int best, Optional<DayRoom.Binding> binding) {
    }

    private interface Probe {
        Session at(int step);
    }

    /**
     * The largest step in 0..max whose probe adds no WARN or BLOCK, and the finding of the step after it.
     * Step 0 is "no session", which adds nothing by definition. The search starts at {@code hint} (the
     * answer of the day before, usually the answer of this day too) and gallops away from it before it
     * bisects, so a day like the one before costs three probes. Each step is analysed once (the own week's
     * probe and the proof on the later weeks share it), a probe asks only whether a new finding exists
     * (the own week's findings first), and the finding that binds is looked up once, for the final step.
     */
    private Search search(LocalDate monday, int max, int hint, Probe probe) {
        Map<Integer, PlanAnalysis> analyses = new HashMap<>();
        java.util.function.IntFunction<PlanAnalysis> at = n -> analyses.computeIfAbsent(n,
                k -> Engine.reanalyse(base, withProbe(probe.at(k)), today, book));
        Map<Integer, Boolean> own = new HashMap<>();
        java.util.function.IntPredicate ownFails = n -> own.computeIfAbsent(n,
                k -> hasNew(at.apply(k), monday, 0, 0));
        int lo;
        int hi; // fails, or max + 1 for "not tried beyond max"
        int g = Math.max(0, Math.min(hint, max));
        if (g == 0 || !ownFails.test(g)) {
            lo = g;
            int step = 1;
            while (true) {
                int next = Math.min(lo + step, max);
                if (next == lo) {
                    hi = max + 1;
                    break;
                }
                if (!ownFails.test(next)) {
                    lo = next;
                    step *= 2;
                } else {
                    hi = next;
                    break;
                }
            }
        } else {
            hi = g;
            int step = 1;
            while (true) {
                int next = Math.max(hi - step, 0);
                if (next == 0 || !ownFails.test(next)) {
                    lo = next;
                    break;
                }
                hi = next;
                step *= 2;
            }
        }
        while (hi - lo > 1 && hi <= max) {
            int mid = (lo + hi) >>> 1;
            if (!ownFails.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // prove it on every week the edit touches; search below it if a later week objects
        if (lo > 0) {
            if (hasNew(at.apply(lo), monday, 1, SaveGate.FOLLOWING_WEEKS)) {
                hi = lo;
                lo = 0;
                while (hi - lo > 1) {
                    int mid = (lo + hi) >>> 1;
                    if (!hasNew(at.apply(mid), monday, 1, SaveGate.FOLLOWING_WEEKS)) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                return new Search(lo, firstNew(at.apply(hi), monday, 1, SaveGate.FOLLOWING_WEEKS).map(this::binding));
            } else if (hi > max) {
                return new Search(max, Optional.empty());
            }
        }
        Optional<Finding> failing = hi <= max ? firstNew(at.apply(hi), monday, 0, 0) : Optional.empty();
        return new Search(lo, failing.map(this::binding));
    }

    private Plan withProbe(Session probe) {
        return probeIdTaken ? plan.withSession(probe) : Engine.withNewSession(plan, probe);
    }

    private DayRoom.Binding binding(Finding f) {
        String title = book.rule(f.ruleId()).map(Rule::title).orElse(f.ruleId());
        return new DayRoom.Binding(f.ruleId(), title, f.severity().name(), f.markedMessage());
    }

    /**
     * The first WARN or BLOCK the probe's analysis {@code a} adds, in the weeks {@code firstWeek ..
     * lastWeek} after the day's own week (0: the own week; 1 .. 4: the weeks after it, judged once the own
     * week passed at this step or a larger one: monotone).
     */
    private Optional<Finding> firstNew(PlanAnalysis a, LocalDate monday, int firstWeek, int lastWeek) {
        for (int k = firstWeek; k <= lastWeek; k++) {
            LocalDate w = monday.plusWeeks(k);
            Set<Key> before = baseline(w);
            for (Finding f : a.findings(w)) {
                if (f.severity().isAtLeast(Severity.WARN) && !before.contains(Key.of(f))) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@link #firstNew} finds one, stopping at the first (each week's own findings judged first). */
    private boolean hasNew(PlanAnalysis a, LocalDate monday, int firstWeek, int lastWeek) {
        for (int k = firstWeek; k <= lastWeek; k++) {
            LocalDate w = monday.plusWeeks(k);
            Set<Key> before = baseline(w);
            if (Engine.anyFinding(a, w, f -> f.severity().isAtLeast(Severity.WARN) && !before.contains(Key.of(f)))) {
                return true;
            }
        }
        return false;
    }

    private Set<Key> baseline(LocalDate monday) {
        return baseline.computeIfAbsent(monday, w -> {
            var keys = new HashSet<Key>();
            for (Finding f : base.findings(w)) {
                keys.add(Key.of(f));
            }
            return keys;
        });
    }

    private static Session run(LocalDate date, Duration d) {
        double km = d.toSeconds() / 3600.0 * Knobs.RUN_KMH;
        return new Session(PROBE_ID, date, SessionKind.TRAIL_RUN, Intention.ENDURANCE, "Room", d, km * 1000, 0, 0,
                Terrain.TRAIL, 0, Optional.of(Knobs.PROBE_RPE), Optional.empty(), "", "", Optional.empty());
    }

    private static Session hike(LocalDate date, Duration d, double kg) {
        double km = d.toSeconds() / 3600.0 * Knobs.HIKE_KMH;
        return new Session(PROBE_ID, date, SessionKind.HIKE, Intention.ENDURANCE, "Room", d, km * 1000, 0, 0,
                Terrain.TRAIL, kg, Optional.of(Knobs.PROBE_RPE), Optional.empty(), "", "", Optional.empty());
    }
}
