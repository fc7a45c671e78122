package dev.switchback.engine.season;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Severity;
import dev.switchback.engine.plan.Knobs;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Experience;
import dev.switchback.model.Intention;
import dev.switchback.model.Phase;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Weeks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a season towards a goal (domain-notes section 10) and proves it with the engine while it builds:
 * week by week it lays out the sessions, runs {@link Engine#reanalyse} and reads the week's findings; where
 * the rule book objects it steps back (a smaller step, a held step, a lighter week, a minimal week) and
 * tries again. No threshold of a rule is written here: the book decides, the {@link Knobs} only say what to try.
 *
 * <p>It never writes a day up to today, a logged day or a trip day, and keeps the future sessions it finds
 * (their days are left as they are) unless asked to replace them. The same inputs give the same season: ids
 * are made from the dates, and nothing random or clock-dependent is read.
 */
public final class SeasonBuilder {
    private final Plan original;
    private final SeasonRequest req;
    private final LocalDate today;
    private final RuleBook book;
    private final double bodyKg;

    private SeasonBuilder(Plan plan, SeasonRequest req, LocalDate today, RuleBook book) {
        this.original = Objects.requireNonNull(plan, "plan");
        this.req = Objects.requireNonNull(req, "req");
        this.today = Objects.requireNonNull(today, "today");
        this.book = Objects.requireNonNull(book, "book");
        this.bodyKg = plan.athlete().bodyMassKg();
    }

    public static Season build(Plan plan, SeasonRequest req, LocalDate today) {
        return build(plan, req, today, RuleBook.standard());
    }

    public static Season build(Plan plan, SeasonRequest req, LocalDate today, RuleBook book) {
        return new SeasonBuilder(plan, req, today, book).build();
    }

    /** The values one week is laid out with. */
    private record Shape(Duration longDay, double packKg, double climbM, double easyScale, boolean quality,
            boolean backToBack) {
    }

    private Season build() {
        SeasonGoal goal = req.goal();
        LocalDate firstMonday = Weeks.monday(req.from());
        LocalDate goalMonday = Weeks.monday(goal.date());
        int available = (int) ((goalMonday.toEpochDay() - firstMonday.toEpochDay()) / 7);
        Plan plan = original;
        var removed = new ArrayList<Session>();
        if (req.replace()) {
            var keep = new ArrayList<Session>();
            for (Session s : original.sessions()) {
                if (writable(s.date()) && !s.date().isBefore(req.from()) && s.date().isBefore(goal.date())
                        && original.logFor(s.id()).isEmpty()) {
                    removed.add(s);
                } else {
                    keep.add(s);
                }
            }
            plan = plan.withSessions(keep);
        }
        PlanAnalysis analysis = Engine.analyse(plan, today, book);
        Standing standing = Standing.of(analysis, req.from());

        // the tracks' state
        Duration longDay = standing.longest().compareTo(Knobs.FIRST_LONG_DAY) < 0 ? Knobs.FIRST_LONG_DAY
                : standing.longest();
        longDay = min(longDay, goal.hours());
        double pack = Math.min(standing.packKg(), goal.packKg());
        double climb = Math.min(standing.climbM(), goal.climbM());
        climb = climbFor(longDay, goal, climb);
        int block = original.athlete().experience() == Experience.NOVICE ? Knobs.NOVICE_BLOCK_WEEKS
                : Knobs.BLOCK_WEEKS;
        int taperStart = Math.max(0, available - Knobs.TAPER_WEEKS);
        boolean lastWasLighter = false;
        boolean packTurn = false;
        Duration peakLong = longDay;

        List<Season.Week> weeks = new ArrayList<>();
        var added = new ArrayList<Session>();
        var phases = new ArrayList<Phase>();
        var byWeekLong = new ArrayList<Double>();
        var byWeekPack = new ArrayList<Double>();
        var byWeekClimb = new ArrayList<Double>();
        var byWeekRow = new ArrayList<Double>();
        var byWeekDescent = new ArrayList<Double>();
        for (int k = 0; k < available; k++) {
            LocalDate monday = firstMonday.plusWeeks(k);
            boolean taper = k >= taperStart;
            boolean lighter = !taper && (k + 1) % block == 0;
            PhaseKind phase = taper ? PhaseKind.TAPER : k < taperStart * 0.45 ? PhaseKind.BASE
                    : k < taperStart * 0.85 ? PhaseKind.BUILD : PhaseKind.PEAK;
            // what this week tries: one track a step up, never pack and distance together, none after a lighter week's pack
            var tries = new ArrayList<Shape>();
            boolean b2b = phase != PhaseKind.BASE && goal.loadedDays() >= 2 && !lighter && goal.packKg() > 0;
            if (taper) {
                for (double share : Knobs.TAPER_SHARES) {
                    tries.add(new Shape(scale(peakLong, share), pack, climb * share, share, true, false));
                }
            } else if (lighter) {
                for (double share : Knobs.LIGHTER_SHARES) {
                    tries.add(new Shape(scale(longDay, share), pack, climb * share, share, true, false));
                }
            } else {
                boolean durationDone = longDay.compareTo(goal.hours()) >= 0;
                boolean packDone = pack >= goal.packKg();
                boolean raisePack = !packDone && !lastWasLighter && (packTurn || durationDone);
                for (double adj : Knobs.ADJUSTMENTS) {
                    if (raisePack) {
                        double next = Math.min(goal.packKg(), pack + Knobs.PACK_STEP_FRACTION * bodyKg * adj);
                        tries.add(new Shape(longDay, roundKg(next), climb, 1, true, b2b));
                    } else if (!durationDone) {
                        Duration next = min(goal.hours(), roundTo5(scale(longDay, 1 + (Knobs.LONG_DAY_STEP - 1) * adj)));
                        tries.add(new Shape(next, pack, climbFor(next, goal, climb), 1, true, b2b));
                    }
                }
                if (!tries.isEmpty()) {
                    Shape step = tries.get(0);
                    for (double easy : Knobs.EASY_SHARES_WITH_A_STEP) {
                        tries.add(new Shape(step.longDay(), step.packKg(), step.climbM(), easy, true, false));
                    }
                }
                if (b2b) {
                    tries.add(new Shape(longDay, pack, climb, 0, true, true));
                }
                tries.add(new Shape(longDay, pack, climb, 1, true, b2b));
                tries.add(new Shape(longDay, pack, climb, 1, true, false));
                for (double share : Knobs.RETURN_SHARES) {
                    tries.add(new Shape(roundTo5(scale(longDay, share)), pack, climb * share, share, true, false));
                }
                for (double share : Knobs.LIGHTER_SHARES) {
                    tries.add(new Shape(roundTo5(scale(longDay, share)), pack, climb * share, share, true, false));
                }
            }
            tries.add(new Shape(scale(longDay, 0.5), pack, climb * 0.5, 0.5, false, false));
            tries.add(new Shape(Duration.ZERO, 0, 0, 0.5, false, false));

            Plan bestPlan = null;
            PlanAnalysis bestAnalysis = null;
            Shape bestShape = null;
            List<Session> bestSessions = List.of();
            int bestCount = Integer.MAX_VALUE;
            int tried = 0;
            for (Shape shape : tries) {
                tried++;
                List<Session> sessions = layout(plan, monday, shape, goal);
                Plan candidate = withAll(plan, sessions);
                PlanAnalysis a = Engine.reanalyse(analysis, candidate, today, book);
                int count = warnings(a, monday).size();
                if (count < bestCount) {
                    bestCount = count;
                    bestPlan = candidate;
                    bestAnalysis = a;
                    bestShape = shape;
                    bestSessions = sessions;
                }
                if (count == 0) {
                    break;
                }
            }
            plan = bestPlan;
            analysis = bestAnalysis;
            added.addAll(bestSessions);
            boolean adjusted = tried > 1;
            if (!taper && !lighter) {
                // a step taken becomes the track's new level (a scaled-down week leaves the level as it was)
                boolean packRaised = bestShape.packKg() > pack + 1e-9;
                longDay = max(longDay, bestShape.longDay());
                peakLong = max(peakLong, longDay);
                pack = Math.max(pack, bestShape.packKg());
                climb = Math.max(climb, bestShape.climbM());
                packTurn = !packRaised && !lastWasLighter ? !packTurn : !packRaised;
            }
            lastWasLighter = lighter;
            LocalDate wm = monday;
            boolean changed = removed.stream().anyMatch(s -> Weeks.monday(s.date()).equals(wm))
                    || original.sessions().stream().anyMatch(s -> Weeks.monday(s.date()).equals(wm)
                            && !s.date().isBefore(req.from()));
            weeks.add(new Season.Week(monday, phase, lighter, Duration.ZERO, 0, 0, 0, bestSessions.size(), changed,
                    adjusted));
            if (phases.isEmpty() || phases.get(phases.size() - 1).kind() != phase) {
                phases.add(new Phase(phase, monday, monday.plusDays(6)));
            } else {
                Phase last = phases.remove(phases.size() - 1);
                phases.add(new Phase(phase, last.start(), monday.plusDays(6)));
            }
        }
        // the goal's week up to the goal, and easy days after a multi-day trip
        List<Session> around = around(plan, goalMonday, goal);
        if (!around.isEmpty()) {
            Plan candidate = withAll(plan, around);
            PlanAnalysis a = Engine.reanalyse(analysis, candidate, today, book);
            if (newWarnings(analysis, a, goalMonday) == 0
                    && newWarnings(analysis, a, goalMonday.plusWeeks(1)) == 0) {
                plan = candidate;
                analysis = a;
                added.addAll(around);
            }
        }
        if (original.phases().stream().noneMatch(p -> !p.end().isBefore(firstMonday) && !p.start().isAfter(goal.date()))
                && !phases.isEmpty()) {
            var all = new ArrayList<>(original.phases());
            all.addAll(phases);
            plan = plan.withPhases(all);
            analysis = Engine.reanalyse(analysis, plan, today, book);
        }

        // The taper is judged over the days before the goal, which need not start on a Monday, and the days
        // of the goal's week count in it: once everything is laid out, a taper still short of its cut is
        // laid out again, lighter, until none of the weeks it touches warns (or the lightest share is tried).
        if (taperStart < available) {
            LocalDate taperMonday = firstMonday.plusWeeks(taperStart);
            // the weeks it wrote from the one before the taper on must be clean; the goal's week and the one after
            // it (not written here: the trip's own findings stay) must lose the taper finding and gain nothing
            var built = new ArrayList<LocalDate>();
            for (LocalDate m = taperMonday.minusWeeks(1); m.isBefore(goalMonday); m = m.plusWeeks(1)) {
                built.add(m);
            }
            List<LocalDate> goalWeeks = List.of(goalMonday, goalMonday.plusWeeks(1));
            // the taper shortens what was laid out before it (a week the rules scaled down left the level lower)
            double laidLongest = 0;
            for (LocalDate d = taperMonday.minusDays(28); d.isBefore(taperMonday); d = d.plusDays(1)) {
                laidLongest = Math.max(laidLongest, analysis.day(d).longestMinutes());
            }
            Duration before = min(peakLong, Duration.ofMinutes(Math.round(laidLongest)));
            for (double share : Knobs.TAPER_REPAIR_SHARES) {
                PlanAnalysis now = analysis;
                if (taperClean(now, built, goalWeeks)) {
                    break;
                }
                Plan candidate = plan;
                var laid = new ArrayList<Session>();
                var drop = new HashSet<SessionId>();
                for (Session a : added) {
                    // the taper weeks, and the easy runs of the goal's week before the goal
                    if (!a.date().isBefore(taperMonday) && a.date().isBefore(goal.date())) {
                        drop.add(a.id());
                    }
                }
                candidate = candidate.withSessions(candidate.sessions().stream().filter(x -> !drop.contains(x.id()))
                        .toList());
                for (int k = taperStart; k < available; k++) {
                    LocalDate monday = firstMonday.plusWeeks(k);
                    // intensity is kept (Bosquet) down to a quarter of the volume; below that (a last resort) it goes too
                    boolean quality = share >= 0.25;
                    List<Session> week = layout(candidate, monday, new Shape(scale(before, share), pack,
                            climb * share, share, quality, false), goal);
                    candidate = withAll(candidate, week);
                    laid.addAll(week);
                }
                PlanAnalysis a = Engine.reanalyse(analysis, candidate, today, book);
                if (taperClean(a, built, goalWeeks) && goalWeeks.stream()
                        .allMatch(m -> warnings(a, m).size() <= warnings(now, m).size())) {
                    plan = candidate;
                    analysis = a;
                    added.removeIf(x -> drop.contains(x.id()));
                    added.addAll(laid);
                    var recount = new ArrayList<Season.Week>();
                    for (Season.Week w : weeks) {
                        long n = laid.stream().filter(x -> Weeks.monday(x.date()).equals(w.monday())).count();
                        recount.add(w.phase() == PhaseKind.TAPER ? new Season.Week(w.monday(), w.phase(), w.lighter(),
                                w.longDay(), w.packKg(), w.climbM(), w.loadAu(), (int) n, w.changed(), true) : w);
                    }
                    weeks = recount;
                }
            }
        }

        // Another goal trip inside the season (one the athlete already has, before the goal it builds towards)
        // gets a taper of its own: the sessions the season laid out in the two weeks before it are cut, the
        // pack kept, until the taper rule is content with that trip and no week gains a warning.
        var seasonWeeks = new ArrayList<LocalDate>();
        for (LocalDate m = firstMonday.minusWeeks(1); !m.isAfter(goalMonday.plusWeeks(1)); m = m.plusWeeks(1)) {
            seasonWeeks.add(m);
        }
        for (var inner : original.trips()) {
            LocalDate start = inner.start();
            if (!inner.goal() || !start.isAfter(req.from()) || !start.isBefore(goalMonday)) {
                continue;
            }
            LocalDate taperFrom = start.minusDays(7L * Knobs.TAPER_WEEKS);
            LocalDate tripMonday = Weeks.monday(start);
            var laidBefore = added.stream().filter(x -> !x.date().isBefore(taperFrom) && x.date().isBefore(start))
                    .toList();
            if (laidBefore.isEmpty() || !taperWarns(analysis, tripMonday)) {
                continue;
            }
            for (double share : Knobs.INNER_TAPER_SHARES) {
                var cut = new java.util.HashMap<SessionId, Session>();
                for (Session x : laidBefore) {
                    cut.put(x.id(), scaled(x, share));
                }
                Plan candidate = replaced(plan, cut);
                PlanAnalysis before = analysis;
                PlanAnalysis a = Engine.reanalyse(analysis, candidate, today, book);
                // the weeks after the trip come back from the cut as from a lighter week: a week the ramp
                // rules now object to is eased step by step (what the season laid out only)
                for (LocalDate m = tripMonday.plusWeeks(1); m.isBefore(goalMonday) && !taperWarns(a, tripMonday);
                        m = m.plusWeeks(1)) {
                    LocalDate monday = m;
                    var laidThere = added.stream().filter(x -> Weeks.monday(x.date()).equals(monday)).toList();
                    double f = 1;
                    for (int step = 0; step < Knobs.INNER_TAPER_EASE_STEPS && newWarnings(before, a, m) > 0
                            && !laidThere.isEmpty(); step++) {
                        f *= Knobs.INNER_TAPER_EASE;
                        for (Session x : laidThere) {
                            cut.put(x.id(), scaled(x, f));
                        }
                        candidate = replaced(plan, cut);
                        a = Engine.reanalyse(analysis, candidate, today, book);
                    }
                }
                PlanAnalysis after = a;
                if (!taperWarns(a, tripMonday)
                        && seasonWeeks.stream().allMatch(m -> newWarnings(before, after, m) == 0)) {
                    plan = candidate;
                    analysis = a;
                    added.replaceAll(x -> cut.getOrDefault(x.id(), x));
                    break;
                }
            }
        }

        // the tracks against the goal from the final plan (kept sessions count), and the final check
        var finalWeeks = new ArrayList<Season.Week>();
        for (Season.Week w : weeks) {
            double longest = 0;
            double heaviest = 0;
            double climbs = 0;
            double descent = 0;
            double au = 0;
            int row = 0;
            int bestRow = 0;
            for (int i = 0; i < 7; i++) {
                LocalDate d = w.monday().plusDays(i);
                var l = analysis.day(d);
                longest = Math.max(longest, l.longestMinutes());
                heaviest = Math.max(heaviest, l.heaviestPackKg());
                climbs = Math.max(climbs, l.climbM());
                descent = Math.max(descent, analysis.loadedDescentM(d));
                au += l.loadAu();
                row = l.heaviestPackKg() > 0 ? row + 1 : 0;
                bestRow = Math.max(bestRow, row);
            }
            byWeekLong.add(longest);
            byWeekPack.add(heaviest);
            byWeekClimb.add(climbs);
            byWeekDescent.add(descent);
            byWeekRow.add((double) bestRow);
            finalWeeks.add(new Season.Week(w.monday(), w.phase(), w.lighter(), Duration.ofMinutes(Math.round(longest)),
                    heaviest, climbs, au, w.sessions(), w.changed(), w.adjusted()));
        }
        weeks = finalWeeks;
        int upTo = Math.max(1, Math.min(taperStart, weeks.size()));
        double kmh = goal.kmh();
        var tracks = new ArrayList<Season.Track>();
        tracks.add(track(Season.Dimension.LONG_DAY, standing.longest().toMinutes(), goal.hours().toMinutes(),
                byWeekLong, upTo));
        tracks.add(track(Season.Dimension.DISTANCE, standing.longest().toMinutes() / 60.0 * kmh * 1000,
                goal.distanceM(), byWeekLong.stream().map(m -> m / 60 * kmh * 1000).toList(), upTo));
        tracks.add(track(Season.Dimension.CLIMB, standing.climbM(), goal.climbM(), byWeekClimb, upTo));
        tracks.add(track(Season.Dimension.LOADED_DESCENT, standing.loadedDescentM(), goal.packKg() > 0
                ? goal.descentM() : 0, byWeekDescent, upTo));
        tracks.add(track(Season.Dimension.PACK, standing.packKg(), goal.packKg(), byWeekPack, upTo));
        tracks.add(track(Season.Dimension.LOADED_DAYS, standing.loadedDaysInRow(), goal.packKg() > 0
                ? goal.loadedDays() : 0, byWeekRow, upTo));
        var shortfalls = tracks.stream().filter(t -> !t.reachedTarget())
                .map(t -> new Season.Shortfall(t.dimension(), t.reached(), t.target())).toList();
        // a week's findings include those of the weeks around it whose days reach into it (a taper): each once
        var remaining = new java.util.LinkedHashSet<Finding>();
        for (Season.Week w : weeks) {
            remaining.addAll(warnings(analysis, w.monday()));
        }
        int needed = weeksNeeded(standing, goal, block);
        Optional<String> note = needed > available || !shortfalls.isEmpty()
                ? Optional.of(timeNote(standing, goal, needed, available)) : Optional.empty();
        return new Season(plan, added, removed, weeks, tracks, shortfalls, List.copyOf(remaining), standing, needed,
                available, note);
    }

    /**
     * The long day's climb: the goal's climb per hour on the move, so the long day is the goal's biggest day
     * in small (never less than the climb already done).
     */
    private static double climbFor(Duration longDay, SeasonGoal goal, double climb) {
        double rate = goal.climbM() / (goal.hours().toMinutes() / 60.0);
        return Math.max(climb, Math.min(goal.climbM(), Math.round(rate * longDay.toMinutes() / 60.0)));
    }

    private static Season.Track track(Season.Dimension d, double start, double target, List<Double> byWeek,
            int upTo) {
        double reached = Math.max(start, byWeek.stream().limit(upTo).mapToDouble(Double::doubleValue).max()
                .orElse(0));
        return new Season.Track(d, start, target, byWeek, reached);
    }

    /** Build steps (one track a week), a lighter week every block, the taper. */
    private int weeksNeeded(Standing s, SeasonGoal goal, int block) {
        double from = Math.max(s.longest().toMinutes(), Knobs.FIRST_LONG_DAY.toMinutes());
        int durationSteps = goal.hours().toMinutes() <= from ? 0
                : (int) Math.ceil(Math.log(goal.hours().toMinutes() / from) / Math.log(Knobs.LONG_DAY_STEP));
        int packSteps = goal.packKg() <= s.packKg() ? 0
                : (int) Math.ceil((goal.packKg() - s.packKg()) / (Knobs.PACK_STEP_FRACTION * bodyKg));
        int build = durationSteps + packSteps;
        return (int) Math.ceil(build * block / (double) (block - 1)) + Knobs.TAPER_WEEKS;
    }

    private static String timeNote(Standing s, SeasonGoal goal, int needed, int available) {
        return String.format(Locale.ROOT, "%s with %.0f kg needs about %d weeks from your %s with %.0f kg; there are %d",
                hours(goal.hours()), goal.packKg(), needed, hours(s.longest()), s.packKg(), available);
    }

    private static String hours(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 ? m / 60 + " h" : String.format(Locale.ROOT, "%d h %02d", m / 60, m % 60);
    }

    /** The written weeks have no WARN or BLOCK, and the weeks of the goal no taper finding. */
    private static boolean taperClean(PlanAnalysis a, List<LocalDate> built, List<LocalDate> goalWeeks) {
        return built.stream().allMatch(m -> warnings(a, m).isEmpty()) && goalWeeks.stream()
                .allMatch(m -> warnings(a, m).stream().noneMatch(f -> f.ruleId().equals(dev.switchback.engine.rules.Taper.ID)));
    }

    /** WARN and BLOCK findings of the week (the built weeks must have none). */
    /** {@code s} at {@code share} of its time (at least 15 min), distance, climb and descent; pack and effort kept. */
    private static Session scaled(Session s, double share) {
        return s.withDuration(max(Duration.ofMinutes(15), roundTo5(scale(s.duration(), share))))
                .withDistanceM(Math.round(s.distanceM() * share)).withClimbM(Math.round(s.climbM() * share))
                .withDescentM(Math.round(s.descentM() * share));
    }

    private static Plan replaced(Plan plan, java.util.Map<SessionId, Session> by) {
        return plan.withSessions(plan.sessions().stream().map(x -> by.getOrDefault(x.id(), x)).toList());
    }

    /** The taper rule warns about the goal of the week starting {@code monday}. */
    private static boolean taperWarns(PlanAnalysis a, LocalDate monday) {
        return warnings(a, monday).stream().anyMatch(f -> f.ruleId().equals(dev.switchback.engine.rules.Taper.ID)
                && f.weekStart().equals(monday));
    }

    private static List<Finding> warnings(PlanAnalysis a, LocalDate monday) {
        return a.findings(monday).stream().filter(f -> f.severity().isAtLeast(Severity.WARN)).toList();
    }

    private static int newWarnings(PlanAnalysis before, PlanAnalysis after, LocalDate monday) {
        Set<String> had = new HashSet<>();
        for (Finding f : warnings(before, monday)) {
            had.add(f.ruleId() + f.severity());
        }
        return (int) warnings(after, monday).stream().filter(f -> !had.contains(f.ruleId() + f.severity())).count();
    }

    /** A day the season may write: after today, not logged, not on a trip. */
    private boolean writable(LocalDate d) {
        return d.isAfter(today) && original.logsOn(d).isEmpty() && original.tripsOn(d).isEmpty();
    }

    /** A day the season may put a session on: writable, in its range, and free (or freed by replace). */
    private boolean free(Plan plan, LocalDate d) {
        return writable(d) && !d.isBefore(req.from()) && d.isBefore(req.goal().date()) && plan.sessionsOn(d).isEmpty();
    }

    private List<Session> layout(Plan plan, LocalDate monday, Shape shape, SeasonGoal goal) {
        var out = new ArrayList<Session>();
        int longIdx = req.longDay().getValue() - 1;
        LocalDate longDate = monday.plusDays(longIdx);
        boolean allDays = req.days().size() == 7;
        LocalDate restForced = longDate.plusDays(1);
        if (!shape.longDay().isZero() && free(plan, longDate)) {
            out.add(longDay(longDate, shape.longDay(), shape.packKg(), shape.climbM(), goal.kmh()));
            LocalDate before = longDate.minusDays(1);
            if (shape.backToBack() && shape.packKg() > 0 && free(plan, before) && req.days().contains(before.getDayOfWeek())) {
                Duration second = min(Duration.ofMinutes(170), roundTo5(scale(shape.longDay(), 0.5)));
                out.add(longDay(before, second, shape.packKg(), shape.climbM() * 0.5, goal.kmh())
                        .withTitle("Loaded day before the long day").withId(id(before, "b2b")));
            }
        }
        Set<LocalDate> used = new HashSet<>();
        out.forEach(s -> used.add(s.date()));
        // the quality session: as far from the long day as the week allows, at least two days
        Optional<LocalDate> quality = Optional.empty();
        if (shape.quality()) {
            for (int gap = 4; gap >= 2 && quality.isEmpty(); gap--) {
                for (int i = 0; i < 7; i++) {
                    LocalDate d = monday.plusDays(i);
                    if (Math.abs(i - longIdx) == gap && req.days().contains(d.getDayOfWeek()) && !used.contains(d)
                            && free(plan, d) && !d.equals(restForced) && !d.isAfter(longDate.minusDays(2))) {
                        quality = Optional.of(d);
                        break;
                    }
                }
            }
            quality.ifPresent(d -> {
                out.add(session(d, "quality", SessionKind.TRAIL_RUN, Intention.PEAK, "Quality: hill intervals",
                        Knobs.QUALITY, Knobs.QUALITY_RPE, Knobs.RUN_KMH, 0));
                used.add(d);
            });
        }
        Duration easy = roundTo5(scale(req.weekdayBudget(), shape.easyScale()));
        if (easy.toMinutes() >= 15) {
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                if (!req.days().contains(d.getDayOfWeek()) || used.contains(d) || !free(plan, d)
                        || allDays && d.equals(restForced)) {
                    continue;
                }
                out.add(session(d, "easy", SessionKind.TRAIL_RUN, Intention.ENDURANCE, "Easy run", easy,
                        Knobs.EASY_RUN_RPE, Knobs.RUN_KMH, 0));
            }
        }
        return out;
    }

    /** The goal's week up to the day before the goal: short easy runs; after a multi-day trip, easy days. */
    private List<Session> around(Plan plan, LocalDate goalMonday, SeasonGoal goal) {
        var out = new ArrayList<Session>();
        for (LocalDate d = goalMonday; d.isBefore(goal.date().minusDays(1)); d = d.plusDays(1)) {
            if (req.days().contains(d.getDayOfWeek()) && free(plan, d) && d.getDayOfWeek() != DayOfWeek.MONDAY) {
                out.add(session(d, "easy", SessionKind.TRAIL_RUN, Intention.ENDURANCE, "Easy run before the goal",
                        Duration.ofMinutes(30), Knobs.EASY_RUN_RPE, Knobs.RUN_KMH, 0));
            }
        }
        goal.trip().flatMap(original::trip).filter(t -> t.days() > 1).ifPresent(t -> {
            for (int i = 1; i <= Knobs.EASY_DAYS_AFTER_TRIP; i++) {
                LocalDate d = t.end().plusDays(i);
                if (writable(d) && plan.sessionsOn(d).isEmpty()) {
                    out.add(session(d, "after", SessionKind.ACTIVE_RECOVERY, Intention.RECOVERY,
                            "Easy day after the trip", Duration.ofMinutes(30), 2, Knobs.HIKE_KMH, 0));
                }
            }
        });
        return out;
    }

    private Session longDay(LocalDate d, Duration dur, double packKg, double climbM, double kmh) {
        SessionKind kind = packKg > 0 ? SessionKind.HIKE : SessionKind.TRAIL_RUN;
        double speed = packKg > 0 ? kmh : Knobs.RUN_KMH;
        return session(d, "long", kind, Intention.ENDURANCE, packKg > 0 ? "Long loaded day" : "Long run", dur,
                Knobs.LONG_DAY_RPE, speed, climbM).withPackKg(packKg);
    }

    private static Session session(LocalDate d, String slot, SessionKind kind, Intention intention, String title,
            Duration dur, double rpe, double kmh, double climbM) {
        double km = dur.toSeconds() / 3600.0 * kmh;
        return new Session(id(d, slot), d, kind, intention, title, dur, Math.round(km * 10) * 100.0,
                Math.round(climbM), Math.round(climbM), Terrain.TRAIL, 0, Optional.of(rpe), Optional.empty(),
                "Written by the season builder", "", Optional.empty());
    }

    private static SessionId id(LocalDate d, String slot) {
        return new SessionId("season-" + d + "-" + slot);
    }

    private static Plan withAll(Plan plan, List<Session> sessions) {
        var all = new ArrayList<Session>(plan.sessions().size() + sessions.size());
        all.addAll(plan.sessions());
        var ids = new HashSet<SessionId>();
        plan.sessions().forEach(s -> ids.add(s.id()));
        for (Session s : sessions) {
            if (ids.add(s.id())) {
                all.add(s);
            }
        }
        return plan.withSessions(all);
    }

    private static Duration scale(Duration d, double f) {
        return Duration.ofSeconds(Math.round(d.toSeconds() * f));
    }

    private static Duration roundTo5(Duration d) {
        return Duration.ofMinutes(d.toMinutes() / 5 * 5);
    }

    private static double roundKg(double kg) {
        return Math.floor(kg * 2) / 2;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
