package dev.switchback.engine;

import dev.switchback.model.Athlete;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Every daily series of one plan version in one forward pass over its records (sorted by date), into
 * primitive arrays indexed by day: the planned, done and combined load, running kilometres, climb,
 * heaviest pack, kg-km, longest outing, kilometres and descent with a pack, hard and trip days, and the
 * exponential averages (EWMA acute and chronic, CTL, ATL). The pass computes numbers only; each day's
 * {@link DayLoad} (with its loads and their sentences) and its {@link Outing}s are built when first asked
 * for. Built from scratch in time linear in days + sessions + logs + trip days, or from the series of the
 * previous version ({@link #update}): the model's records are immutable and an edit replaces one, so only
 * the days whose records changed are rebuilt and the averages are run again from the first of them.
 */
final class DailySeries {
    static final int CHRONIC_DAYS = 28;
    static final double ACUTE_LAMBDA = 2.0 / (7 + 1);
    static final double CHRONIC_LAMBDA = 2.0 / (28 + 1);
    static final double CTL_DAYS = 42;
    static final double ATL_DAYS = 7;

    /** One day of a trip. */
    private record TripDay(Trip trip, int stage) {
    }

    /** A day's loads in key order and the outings that count, built together when first asked for. */
    private record Parts(List<SessionLoad> loads, List<Outing> counted) {
    }

    final Plan plan;
    final LocalDate today;
    final LocalDate first;
    final long firstEpoch;
    final int n;
    private final long todayEpoch;
    final double[] load;
    final double[] plannedAu;
    final double[] doneAu;
    final double[] runningKm;
    final double[] climbM;
    final double[] heaviestPackKg;
    final double[] packKgKm;
    final double[] longest;
    final double[] loadedKm;
    final double[] loadedDescent;
    final boolean[] trip;
    final boolean[] hard;
    /**
     * What the rules read of a day's outings without building them (rules.DoubleBooked, LoadedDescent,
     * TripPreparation): a planned Rest card on the day; how many counted outings are not trip stages; the
     * lightest pack above 0 of the counted outings (0 when none); the longest distance, the biggest climb
     * and the biggest descent with a pack above 0 of one counted outing.
     */
    final boolean[] restCard;
    final int[] training;
    final double[] lightestPackKg;
    final double[] maxDistanceM;
    final double[] maxClimbM;
    final double[] maxPackDescentM;
    final double[] acute;
    final double[] chronic;
    final double[] ctl;
    final double[] atl;
    double seed;
    /**
     * Days from the first on whose records and values (loads, averages) are those of the series this one
     * was {@link #update updated} from: the first rebuilt day, or 0 when the averages ran from the seed or
     * the series was built from scratch.
     */
    int unchangedDays;

    /** Day index of each session, log (canonical order: never decreasing); the trip days of each day (sparse). */
    private final int[] sessionDay;
    private final int[] logDay;
    private final List<TripDay>[] tripsOf;
    /** Built on first use; parts are handed on to the next version for the days that did not change. */
    private final Parts[] parts;
    private final DayLoad[] days;
    private volatile Wellness[] wellnessByDay;
    private volatile Layered<SessionId, Integer> logCount;
    private volatile Layered<SessionId, Session> sessionsById;

    /** The series of a plan already in {@link PlanOrder#canonical} order. */
    DailySeries(Plan plan, LocalDate today) {
        this(plan, today, null);
    }

    /**
     * The series of a plan in canonical order whose sessions' and logs' epoch days {@link PlanOrder#canonical(
     * Plan, int[][])} read while it checked their order ({@code days[0]}, {@code days[1]}, each null when not
     * read), so each record's date is read once; the arrays become the series' own.
     */
    @SuppressWarnings("unchecked")
    DailySeries(Plan plan, LocalDate today, int[][] days) {
        this.plan = plan;
        this.today = today;
        this.todayEpoch = today.toEpochDay();
        long[] b = bounds(plan);
        this.first = b == null ? today : LocalDate.ofEpochDay(b[0]);
        this.firstEpoch = first.toEpochDay();
        this.n = b == null ? 0 : (int) (b[1] - b[0] + 1);
        this.load = new double[n];
        this.plannedAu = new double[n];
        this.doneAu = new double[n];
        this.runningKm = new double[n];
        this.climbM = new double[n];
        this.heaviestPackKg = new double[n];
        this.packKgKm = new double[n];
        this.longest = new double[n];
        this.loadedKm = new double[n];
        this.loadedDescent = new double[n];
        this.trip = new boolean[n];
        this.hard = new boolean[n];
        this.restCard = new boolean[n];
        this.training = new int[n];
        this.lightestPackKg = new double[n];
        this.maxDistanceM = new double[n];
        this.maxClimbM = new double[n];
        this.maxPackDescentM = new double[n];
        this.acute = new double[n];
        this.chronic = new double[n];
        this.ctl = new double[n];
        this.atl = new double[n];
        this.parts = new Parts[n];
        this.days = new DayLoad[n];
        this.tripsOf = new List[n];
        this.sessionDay = dayIndexes(plan.sessions(), Session::date, days == null ? null : days[0], firstEpoch);
        this.logDay = dayIndexes(plan.logs(), OutingLog::date, days == null ? null : days[1], firstEpoch);
        for (Trip t : plan.trips()) {
            int d0 = (int) (t.start().toEpochDay() - firstEpoch);
            for (int k = 0; k < t.days(); k++) {
                add(tripsOf, d0 + k, new TripDay(t, k));
            }
        }
        var w = new Scratch();
        int s = 0;
        int l = 0;
        for (int i = 0; i < n; i++) {
            int s1 = s;
            while (s1 < sessionDay.length && sessionDay[s1] == i) {
                s1++;
            }
            int l1 = l;
            while (l1 < logDay.length && logDay[l1] == i) {
                l1++;
            }
            if (s1 > s || l1 > l || tripsOf[i] != null) { // a day without records keeps the arrays' zeros
                buildDay(i, s, s1, l, l1, w);
            }
            s = s1;
            l = l1;
        }
        averagesFrom(0);
    }

    /** A copy of {@code previous} to be changed for {@code plan}, which has the same days, athlete and today. */
    private DailySeries(DailySeries previous, Plan plan, int[] sessionDay, int[] logDay) {
        this.plan = plan;
        this.today = previous.today;
        this.todayEpoch = previous.todayEpoch;
        this.first = previous.first;
        this.firstEpoch = previous.firstEpoch;
        this.n = previous.n;
        this.load = previous.load.clone();
        this.plannedAu = previous.plannedAu.clone();
        this.doneAu = previous.doneAu.clone();
        this.runningKm = previous.runningKm.clone();
        this.climbM = previous.climbM.clone();
        this.heaviestPackKg = previous.heaviestPackKg.clone();
        this.packKgKm = previous.packKgKm.clone();
        this.longest = previous.longest.clone();
        this.loadedKm = previous.loadedKm.clone();
        this.loadedDescent = previous.loadedDescent.clone();
        this.trip = previous.trip.clone();
        this.hard = previous.hard.clone();
        this.restCard = previous.restCard.clone();
        this.training = previous.training.clone();
        this.lightestPackKg = previous.lightestPackKg.clone();
        this.maxDistanceM = previous.maxDistanceM.clone();
        this.maxClimbM = previous.maxClimbM.clone();
        this.maxPackDescentM = previous.maxPackDescentM.clone();
        this.acute = previous.acute.clone();
        this.chronic = previous.chronic.clone();
        this.ctl = previous.ctl.clone();
        this.atl = previous.atl.clone();
        this.seed = previous.seed;
        this.parts = previous.parts.clone();
        this.days = new DayLoad[n];
        this.tripsOf = plan.trips() == previous.plan.trips() ? previous.tripsOf : previous.tripsOf.clone();
        this.sessionDay = sessionDay;
        this.logDay = logDay;
        this.wellnessByDay = plan.wellness() == previous.plan.wellness() ? previous.wellnessByDay : null;
    }

    /**
     * The first and last epoch day of a plan in canonical order (each list sorted by date, trips by start),
     * from the ends of its lists; null for an empty plan. The same days as {@link Plan#firstDate()} and
     * {@link Plan#lastDate()}, without a stream over every record.
     */
    static long[] bounds(Plan plan) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        List<Session> s = plan.sessions();
        if (!s.isEmpty()) {
            lo = Math.min(lo, s.get(0).date().toEpochDay());
            hi = Math.max(hi, s.get(s.size() - 1).date().toEpochDay());
        }
        List<OutingLog> l = plan.logs();
        if (!l.isEmpty()) {
            lo = Math.min(lo, l.get(0).date().toEpochDay());
            hi = Math.max(hi, l.get(l.size() - 1).date().toEpochDay());
        }
        List<Wellness> w = plan.wellness();
        if (!w.isEmpty()) {
            lo = Math.min(lo, w.get(0).date().toEpochDay());
            hi = Math.max(hi, w.get(w.size() - 1).date().toEpochDay());
        }
        for (Trip t : plan.trips()) {
            lo = Math.min(lo, t.start().toEpochDay());
            hi = Math.max(hi, t.end().toEpochDay());
        }
        return lo > hi ? null : new long[] {lo, hi};
    }

    /**
     * The series of {@code plan} (canonical order) from those of an earlier version: equal, value for
     * value, to {@code new DailySeries(plan, today)}. Falls back to a full build when the athlete, today
     * or the plan's first or last day changed.
     */
    static DailySeries update(DailySeries previous, Plan plan, LocalDate today) {
        if (previous.plan == plan && previous.today.equals(today)) {
            return previous;
        }
        if (!previous.today.equals(today) || !previous.plan.athlete().equals(plan.athlete()) || previous.n == 0) {
            return new DailySeries(plan, today);
        }
        boolean logsChanged = plan.logs() != previous.plan.logs();
        boolean sessionsChanged = plan.sessions() != previous.plan.sessions();
        boolean tripsChanged = plan.trips() != previous.plan.trips();
        Diff<Session> sessionDiff = sessionsChanged ? Diff.of(previous.plan.sessions(), plan.sessions()) : null;
        Diff<OutingLog> logDiff = logsChanged ? Diff.of(previous.plan.logs(), plan.logs()) : null;
        Diff<Trip> tripDiff = tripsChanged ? Diff.of(previous.plan.trips(), plan.trips()) : null;
        if (!sameDays(previous, plan, sessionDiff, logDiff, tripDiff)) {
            return new DailySeries(plan, today);
        }
        long e0 = previous.firstEpoch;
        int[] sessionDay = sessionsChanged
                ? sessionDiff.days(previous.sessionDay, plan.sessions(), x -> (int) (x.date().toEpochDay() - e0))
                : previous.sessionDay;
        int[] logDay = logsChanged
                ? logDiff.days(previous.logDay, plan.logs(), x -> (int) (x.date().toEpochDay() - e0))
                : previous.logDay;
        var next = new DailySeries(previous, plan, sessionDay, logDay);
        var dirty = new boolean[next.n];
        // the outings of a day also say whether each planned session has a log (movable): those days' parts go
        var stale = new ArrayList<SessionId>();
        Layered<SessionId, Session> byId = previous.sessionsById;
        Layered.Edit<SessionId, Session> ids = sessionsChanged && byId != null ? byId.edit() : null;
        if (sessionsChanged) {
            for (Session s : sessionDiff.removed) {
                dirty[next.index(s.date())] = true;
                if (ids != null) {
                    ids.remove(s.id());
                }
            }
            for (Session s : sessionDiff.added) {
                dirty[next.index(s.date())] = true;
                if (ids != null) {
                    ids.put(s.id(), s);
                }
            }
        }
        next.sessionsById = !sessionsChanged ? byId : ids != null ? ids.done() : null;
        Layered<SessionId, Integer> counts = previous.logCount;
        boolean keepParts = true;
        if (logsChanged) {
            Layered.Edit<SessionId, Integer> c = counts != null ? counts.edit() : null;
            for (OutingLog l : logDiff.removed) {
                dirty[next.index(l.date())] = true;
                if (l.plannedSession().isPresent() && c != null) {
                    SessionId id = l.plannedSession().get();
                    Integer k = c.get(id);
                    if (k == null || k <= 1) {
                        c.remove(id);
                        stale.add(id);
                    } else {
                        c.put(id, k - 1);
                    }
                }
            }
            for (OutingLog l : logDiff.added) {
                dirty[next.index(l.date())] = true;
                if (l.plannedSession().isPresent() && c != null) {
                    SessionId id = l.plannedSession().get();
                    Integer k = c.get(id);
                    c.put(id, k == null ? 1 : k + 1);
                    if (k == null) {
                        stale.add(id);
                    }
                }
            }
            next.logCount = c != null ? c.done() : null;
            keepParts = c != null || logDiff.added.stream().allMatch(l -> l.plannedSession().isEmpty())
                    && logDiff.removed.stream().allMatch(l -> l.plannedSession().isEmpty());
        } else {
            next.logCount = counts;
        }
        if (tripsChanged) {
            for (Trip t : tripDiff.removed) {
                for (int k = 0; k < t.days(); k++) {
                    next.remove(new TripDay(t, k), dirty, t.start().plusDays(k));
                }
            }
            for (Trip t : tripDiff.added) {
                for (int k = 0; k < t.days(); k++) {
                    next.insert(new TripDay(t, k), dirty, t.start().plusDays(k));
                }
            }
        }
        if (!keepParts) {
            Arrays.fill(next.parts, null);
        } else if (!stale.isEmpty()) {
            for (SessionId id : stale) {
                next.sessionById(id).ifPresent(s -> next.parts[next.index(s.date())] = null);
            }
        }
        var w = new Scratch();
        int from = -1;
        for (int i = 0; i < next.n; i++) {
            if (dirty[i]) {
                next.parts[i] = null;
                int s0 = lowerBound(next.sessionDay, i);
                int l0 = lowerBound(next.logDay, i);
                next.buildDay(i, s0, lowerBound(next.sessionDay, i + 1), l0, lowerBound(next.logDay, i + 1), w);
                if (from < 0) {
                    from = i;
                }
            }
        }
        if (from >= 0) {
            next.averagesFrom(from < CHRONIC_DAYS ? 0 : from);
        }
        next.unchangedDays = from < 0 ? next.n : from < CHRONIC_DAYS ? 0 : from;
        return next;
    }

    /**
     * Whether {@code plan} spans the same days as the previous version, from the records that changed:
     * nothing new outside the old first and last day and nothing gone from either; only then (or when
     * the check-ins changed) are the plan's first and last day computed from the ends of its lists.
     */
    private static boolean sameDays(DailySeries previous, Plan plan, Diff<Session> sessions, Diff<OutingLog> logs,
            Diff<Trip> trips) {
        LocalDate last = previous.first.plusDays(previous.n - 1L);
        var added = new ArrayList<LocalDate>();
        var removed = new ArrayList<LocalDate>();
        if (sessions != null) {
            sessions.added.forEach(s -> added.add(s.date()));
            sessions.removed.forEach(s -> removed.add(s.date()));
        }
        if (logs != null) {
            logs.added.forEach(l -> added.add(l.date()));
            logs.removed.forEach(l -> removed.add(l.date()));
        }
        if (trips != null) {
            trips.added.forEach(t -> {
                added.add(t.start());
                added.add(t.end());
            });
            trips.removed.forEach(t -> {
                removed.add(t.start());
                removed.add(t.end());
            });
        }
        boolean exact = plan.wellness() != previous.plan.wellness()
                || removed.stream().anyMatch(d -> d.equals(previous.first) || d.equals(last));
        if (exact) {
            long[] b = bounds(plan);
            return b != null && b[0] == previous.firstEpoch && b[1] == last.toEpochDay();
        }
        return added.stream().allMatch(d -> !d.isBefore(previous.first) && !d.isAfter(last));
    }

    /** Which records of a list are new objects and which are gone, by identity; the changed middle of the list. */
    private record Diff<T>(List<T> added, List<T> removed, int start, int endBefore, int endAfter) {
        static <T> Diff<T> of(List<T> before, List<T> after) {
            int start = 0;
            int endBefore = before.size();
            int endAfter = after.size();
            while (start < endBefore && start < endAfter && before.get(start) == after.get(start)) {
                start++;
            }
            while (endBefore > start && endAfter > start && before.get(endBefore - 1) == after.get(endAfter - 1)) {
                endBefore--;
                endAfter--;
            }
            var old = new IdentityHashMap<T, Boolean>();
            for (int i = start; i < endBefore; i++) {
                old.put(before.get(i), Boolean.TRUE);
            }
            var added = new ArrayList<T>();
            for (int i = start; i < endAfter; i++) {
                T t = after.get(i);
                if (old.remove(t) == null) {
                    added.add(t);
                }
            }
            return new Diff<>(added, new ArrayList<>(old.keySet()), start, endBefore, endAfter);
        }

        /** The day of each record of {@code after}: the common head and tail keep theirs, the middle is computed. */
        int[] days(int[] before, List<T> after, java.util.function.ToIntFunction<T> day) {
            int[] out = new int[after.size()];
            System.arraycopy(before, 0, out, 0, start);
            for (int i = start; i < endAfter; i++) {
                out[i] = day.applyAsInt(after.get(i));
            }
            System.arraycopy(before, endBefore, out, endAfter, after.size() - endAfter);
            return out;
        }
    }


    /** The day index of each record: from its epoch day already read ({@code epochDays}, made relative in place), else its date. */
    private static <T> int[] dayIndexes(List<T> records, java.util.function.Function<T, LocalDate> date,
            int[] epochDays, long firstEpoch) {
        int[] out = epochDays != null ? epochDays : new int[records.size()];
        if (epochDays != null) {
            for (int j = 0; j < out.length; j++) {
                out[j] = (int) (out[j] - firstEpoch);
            }
            return out;
        }
        var epochs = new dev.switchback.engine.rules.EpochDays();
        for (int j = 0; j < out.length; j++) {
            out[j] = (int) (epochs.of(date.apply(records.get(j))) - firstEpoch);
        }
        return out;
    }

    /** The first position in a non-decreasing array whose value is at least {@code key}. */
    private static int lowerBound(int[] a, int key) {
        return dev.switchback.engine.rules.ByDate.lowerBound(a, 0, key);
    }

    private void remove(TripDay item, boolean[] dirty, LocalDate date) {
        int i = index(date);
        var list = new ArrayList<TripDay>(tripsOf[i]);
        for (int k = 0; k < list.size(); k++) {
            TripDay x = list.get(k);
            if (x.trip() == item.trip() && x.stage() == item.stage()) {
                list.remove(k);
                break;
            }
        }
        tripsOf[i] = list.isEmpty() ? null : list;
        dirty[i] = true;
    }

    private void insert(TripDay item, boolean[] dirty, LocalDate date) {
        int i = index(date);
        var list = tripsOf[i] == null ? new ArrayList<TripDay>(2) : new ArrayList<TripDay>(tripsOf[i]);
        int at = list.size();
        while (at > 0 && PlanOrder.TRIPS.compare(list.get(at - 1).trip(), item.trip()) > 0) {
            at--;
        }
        list.add(at, item);
        tripsOf[i] = list;
        dirty[i] = true;
    }

    private static <T> void add(List<T>[] lists, int i, T value) {
        if (lists[i] == null) {
            lists[i] = new ArrayList<>(2);
        }
        lists[i].add(value);
    }

    /** The day index of the plan's session at {@code position} (its canonical list). */
    int sessionDayIndex(int position) {
        return sessionDay[position];
    }

    /** The position of the plan's first session on or after day {@code i} (the number of sessions when none). */
    int firstSessionFrom(int i) {
        return lowerBound(sessionDay, i);
    }

    /** The epoch day of the plan's session at {@code position} (its canonical list). */
    long sessionEpochDay(int position) {
        return firstEpoch + sessionDay[position];
    }

    /** The epoch day of the plan's log at {@code position}. */
    long logEpochDay(int position) {
        return firstEpoch + logDay[position];
    }

    /** The planned session with this id. */
    Optional<Session> session(SessionId id) {
        return sessionById(id);
    }

    private Optional<Session> sessionById(SessionId id) {
        Layered<SessionId, Session> m = sessionsById;
        if (m == null) {
            var map = new HashMap<SessionId, Session>(plan.sessions().size() * 4 / 3 + 1);
            for (Session s : plan.sessions()) {
                map.put(s.id(), s);
            }
            m = Layered.of(map);
            sessionsById = m;
        }
        return Optional.ofNullable(m.get(id));
    }

    /** Whether a log refers to the planned session with this id. */
    boolean logged(SessionId id) {
        Layered<SessionId, Integer> m = logCount;
        if (m == null) {
            List<OutingLog> logs = plan.logs();
            var counts = new HashMap<SessionId, Integer>(logs.size() * 4 / 3 + 1); // sized once: no rehash
            for (OutingLog log : logs) {
                Optional<SessionId> x = log.plannedSession();
                if (x.isPresent()) {
                    counts.merge(x.get(), 1, Integer::sum);
                }
            }
            m = Layered.of(counts);
            logCount = m;
        }
        return m.get(id) != null;
    }

    /** The first check-in of the day, by day index (the plan allows one a day). */
    Optional<Wellness> wellness(int i) {
        Wellness[] w = wellnessByDay;
        if (w == null) {
            w = new Wellness[n];
            for (Wellness x : plan.wellness()) {
                int d = index(x.date());
                if (d >= 0 && w[d] == null) {
                    w[d] = x;
                }
            }
            wellnessByDay = w;
        }
        return Optional.ofNullable(w[i]);
    }

    int index(LocalDate date) {
        long d = date.toEpochDay() - firstEpoch;
        return d < 0 || d >= n ? -1 : (int) d;
    }

    /** The day's loads and totals (its loads and their sentences are built when read). */
    DayLoad day(int i) {
        DayLoad d = days[i];
        if (d == null) {
            d = new DayLoad(first.plusDays(i), new LazyLoads(this, i), plannedAu[i], doneAu[i], load[i], runningKm[i],
                    climbM[i], heaviestPackKg[i], packKgKm[i], longest[i], load[i] <= 0, hard[i], trip[i]);
            days[i] = d;
        }
        return d;
    }

    List<DayLoad> days() {
        var out = new DayLoad[n];
        for (int i = 0; i < n; i++) {
            out[i] = day(i);
        }
        return List.of(out);
    }

    /**
     * The widest gap, in RPE, between the engine's estimate ({@code PlannedEffort.estimate}: the same number)
     * and the target of a planned session of day {@code i} that counts towards the day, has a target and a
     * duration and is not logged (a suggestion may change it), without building the day's outings;
     * {@code -Infinity} when none. For a day from today on (rules.TargetRpe); a day up to today with a log
     * counts its logs, which no suggestion changes.
     */
    double widestTargetGap(int i) {
        int l0 = lowerBound(logDay, i);
        if (l0 < logDay.length && logDay[l0] == i && firstEpoch + i <= todayEpoch) {
            return Double.NEGATIVE_INFINITY;
        }
        Athlete athlete = plan.athlete();
        List<Session> sessions = plan.sessions();
        double widest = Double.NEGATIVE_INFINITY;
        for (int j = lowerBound(sessionDay, i); j < sessionDay.length && sessionDay[j] == i; j++) {
            Session s = sessions.get(j);
            double minutes = LoadModel.minutes(s.duration());
            if (s.isRest() || minutes <= 0 || s.targetRpe().isEmpty() || logged(s.id())) {
                continue;
            }
            double estimate = LoadModel.estimateRpe(s.kind(), s.intention(), minutes, s.distanceM(), s.climbM(),
                    s.packKg(), s.terrain(), athlete);
            widest = Math.max(widest, estimate - s.targetRpe().get());
        }
        return widest;
    }

    /** The outings that count towards the day's load, in key order. */
    List<Outing> outings(int i) {
        return parts(i).counted();
    }

    /** The loads of one day of a series, built when first read; immutable. */
    static final class LazyLoads extends AbstractList<SessionLoad> implements RandomAccess {
        private final DailySeries series;
        private final int day;

        private LazyLoads(DailySeries series, int day) {
            this.series = series;
            this.day = day;
        }

        @Override
        public SessionLoad get(int index) {
            return series.parts(day).loads().get(index);
        }

        @Override
        public int size() {
            return series.parts(day).loads().size();
        }
    }

    private Parts parts(int i) {
        Parts p = parts[i];
        if (p == null) {
            p = buildParts(i);
            parts[i] = p;
        }
        return p;
    }

    /** The day's loads and outings as records, from its sessions, trip days and logs (the numbers are in the arrays). */
    private Parts buildParts(int i) {
        Athlete athlete = plan.athlete();
        LocalDate date = first.plusDays(i);
        var ls = new ArrayList<SessionLoad>(2);
        var planned = new ArrayList<Outing>(2);
        var logged = new ArrayList<Outing>(1);
        List<Session> sessions = plan.sessions();
        for (int j = lowerBound(sessionDay, i); j < sessionDay.length && sessionDay[j] == i; j++) {
            Session s = sessions.get(j);
            SessionLoad sl = LoadModel.planned(s, athlete);
            ls.add(sl);
            if (!s.isRest()) {
                boolean h = HardDay.isHard(sl.rpeUsed(), sl.minutes(), athlete.packFraction(s.packKg()));
                planned.add(new Outing(sl, s.kind(), s.displayTitle(), s.packKg(), s.distanceM(), s.climbM(),
                        s.descentM(), h, !logged(s.id())));
            }
        }
        if (tripsOf[i] != null) {
            for (TripDay td : tripsOf[i]) {
                Trip t = td.trip();
                int k = td.stage();
                SessionLoad sl = LoadModel.stage(t, k, athlete);
                TripStage st = t.stages().get(k);
                ls.add(sl);
                planned.add(new Outing(sl, SessionKind.BACKPACKING_DAY, t.title() + " (day " + (k + 1) + ")",
                        st.packKg(), st.distanceM(), st.climbM(), st.descentM(), false, false));
            }
        }
        List<OutingLog> logs = plan.logs();
        for (int j = lowerBound(logDay, i); j < logDay.length && logDay[j] == i; j++) {
            OutingLog log = logs.get(j);
            SessionLoad sl = LoadModel.logged(log, athlete);
            ls.add(sl);
            boolean h = HardDay.isHard(sl.rpeUsed(), sl.minutes(), athlete.packFraction(log.packKg()));
            logged.add(new Outing(sl, log.kind(), log.displayTitle(), log.packKg(), log.distanceM(), log.climbM(),
                    log.descentM(), h, false));
        }
        boolean useDone = !logged.isEmpty() && !date.isAfter(today);
        var c = new ArrayList<>(useDone ? logged : planned);
        if (c.size() > 1) {
            c.sort((x, y) -> compareKeys(x.load(), y.load()));
        }
        if (ls.size() > 1) {
            ls.sort(DailySeries::compareKeys);
        }
        return new Parts(List.copyOf(ls), List.copyOf(c));
    }

    /** Reused buffers of one day's candidate outings: what the totals of the day need, as numbers. */
    private static final class Scratch {
        int size;
        double[] au = new double[4];
        double[] minutes = new double[4];
        double[] pack = new double[4];
        double[] distance = new double[4];
        double[] climb = new double[4];
        double[] descent = new double[4];
        boolean[] running = new boolean[4];
        boolean[] hard = new boolean[4];
        boolean[] fromTrip = new boolean[4];
        /** The outing's record (a Session, TripDay or OutingLog): its key is read only when a day has two or more. */
        Object[] record = new Object[4];
        String[] k0 = new String[4];
        String[] k1 = new String[4];
        String[] k2 = new String[4];
        int[] order = new int[4];

        void add(double a, double min, double kg, double dist, double up, double down, boolean run, boolean h,
                boolean trip, Object of) {
            if (size == au.length) {
                int m = size * 2;
                au = Arrays.copyOf(au, m);
                minutes = Arrays.copyOf(minutes, m);
                pack = Arrays.copyOf(pack, m);
                distance = Arrays.copyOf(distance, m);
                climb = Arrays.copyOf(climb, m);
                descent = Arrays.copyOf(descent, m);
                running = Arrays.copyOf(running, m);
                hard = Arrays.copyOf(hard, m);
                fromTrip = Arrays.copyOf(fromTrip, m);
                record = Arrays.copyOf(record, m);
                k0 = Arrays.copyOf(k0, m);
                k1 = Arrays.copyOf(k1, m);
                k2 = Arrays.copyOf(k2, m);
                order = Arrays.copyOf(order, m);
            }
            au[size] = a;
            minutes[size] = min;
            pack[size] = kg;
            distance[size] = dist;
            climb[size] = up;
            descent[size] = down;
            running[size] = run;
            hard[size] = h;
            fromTrip[size] = trip;
            record[size] = of;
            size++;
        }

        /**
         * Positions {@code from..size-1} in key order, "log|session|trip" (insertion sort: a day has a handful). A
         * single outing needs no key: most days, whose records' ids (two objects each) are then never read.
         */
        void sort(int from) {
            for (int k = from; k < size; k++) {
                order[k] = k;
            }
            if (size - from < 2) {
                return;
            }
            for (int k = from; k < size; k++) {
                key(k);
            }
            for (int a = from + 1; a < size; a++) {
                int x = order[a];
                int b = a - 1;
                while (b >= from && compareKeys(k0[order[b]], k1[order[b]], k2[order[b]], k0[x], k1[x], k2[x]) > 0) {
                    order[b + 1] = order[b];
                    b--;
                }
                order[b + 1] = x;
            }
        }

        /** The key of position k: a session's is "|id|", a trip day's "||trip id", a log's "id|planned session|". */
        private void key(int k) {
            Object r = record[k];
            if (r instanceof Session s) {
                k0[k] = "";
                k1[k] = s.id().value();
                k2[k] = "";
            } else if (r instanceof TripDay td) {
                k0[k] = "";
                k1[k] = "";
                k2[k] = td.trip().id().value();
            } else {
                OutingLog log = (OutingLog) r;
                k0[k] = log.id().value();
                k1[k] = log.plannedSession().isPresent() ? log.plannedSession().get().value() : "";
                k2[k] = "";
            }
        }
    }

    /** The day's totals from its sessions {@code s0..s1-1}, trip days and logs {@code l0..l1-1}, as numbers. */
    private void buildDay(int i, int s0, int s1, int l0, int l1, Scratch w) {
        Athlete athlete = plan.athlete();
        w.size = 0;
        double planned = 0;
        List<Session> sessions = plan.sessions();
        boolean rest = false;
        for (int j = s0; j < s1; j++) {
            Session s = sessions.get(j);
            if (s.isRest()) {
                rest = true;
                continue;
            }
            double minutes = LoadModel.minutes(s.duration());
            double rpe = 0;
            double au = 0;
            if (minutes > 0) {
                rpe = LoadModel.plannedRpe(s, athlete);
                au = rpe * minutes;
            } else {
                minutes = 0;
            }
            boolean h = HardDay.isHard(rpe, minutes, athlete.packFraction(s.packKg()));
            w.add(au, minutes, s.packKg(), s.distanceM(), s.climbM(), s.descentM(), s.kind().isRunning(), h, false,
                    s);
            planned += au;
        }
        boolean tripDay = false;
        if (tripsOf[i] != null) {
            for (TripDay td : tripsOf[i]) {
                Trip t = td.trip();
                TripStage st = t.stages().get(td.stage());
                double minutes = LoadModel.minutes(st.duration());
                double au = 0;
                if (minutes > 0) {
                    au = LoadModel.stageRpe(t, td.stage(), athlete) * minutes;
                } else {
                    minutes = 0;
                }
                tripDay = true;
                w.add(au, minutes, st.packKg(), st.distanceM(), st.climbM(), st.descentM(),
                        SessionKind.BACKPACKING_DAY.isRunning(), false, true, td);
                planned += au;
            }
        }
        int plannedCount = w.size;
        double done = 0;
        List<OutingLog> logs = plan.logs();
        for (int j = l0; j < l1; j++) {
            OutingLog log = logs.get(j);
            double minutes = LoadModel.minutes(log.duration());
            double au = log.rpe() * minutes;
            boolean h = HardDay.isHard(log.rpe(), minutes, athlete.packFraction(log.packKg()));
            w.add(au, minutes, log.packKg(), log.distanceM(), log.climbM(), log.descentM(), log.kind().isRunning(), h,
                    false, log);
            done += au;
        }
        boolean useDone = w.size > plannedCount && firstEpoch + i <= todayEpoch;
        int from = useDone ? plannedCount : 0;
        int to = useDone ? w.size : plannedCount;
        w.size = to;
        w.sort(from);
        double runKm = 0;
        double climb = 0;
        double heaviest = 0;
        double kgKm = 0;
        double longestMin = 0;
        double loadSum = 0;
        double packKm = 0;
        double packDescent = 0;
        int notTrip = 0;
        double lightest = 0;
        double farthest = 0;
        double highest = 0;
        double steepest = 0;
        boolean h = false;
        for (int k = from; k < to; k++) {
            int o = w.order[k];
            if (!w.fromTrip[o]) {
                notTrip++;
            }
            farthest = Math.max(farthest, w.distance[o]);
            highest = Math.max(highest, w.climb[o]);
            loadSum += w.au[o];
            if (w.running[o]) {
                runKm += w.distance[o] / 1000;
            }
            climb += w.climb[o];
            heaviest = Math.max(heaviest, w.pack[o]);
            kgKm += w.pack[o] * w.distance[o] / 1000;
            if (w.pack[o] > 0) {
                packKm += w.distance[o] / 1000;
                packDescent += w.descent[o];
                lightest = lightest > 0 ? Math.min(lightest, w.pack[o]) : w.pack[o];
                steepest = Math.max(steepest, w.descent[o]);
            }
            longestMin = Math.max(longestMin, w.minutes[o]);
            h |= w.hard[o];
        }
        load[i] = loadSum;
        plannedAu[i] = planned;
        doneAu[i] = done;
        runningKm[i] = runKm;
        climbM[i] = climb;
        heaviestPackKg[i] = heaviest;
        packKgKm[i] = kgKm;
        longest[i] = longestMin;
        loadedKm[i] = packKm;
        loadedDescent[i] = packDescent;
        trip[i] = tripDay;
        hard[i] = h && !tripDay;
        restCard[i] = rest;
        training[i] = notTrip;
        lightestPackKg[i] = lightest;
        maxDistanceM[i] = farthest;
        maxClimbM[i] = highest;
        maxPackDescentM[i] = steepest;
    }

    /** The four exponential averages from day {@code from} on; day 0 starts from the seed. */
    private void averagesFrom(int from) {
        if (from == 0) {
            seed = seedLoad(load);
        }
        double a = from == 0 ? seed : acute[from - 1];
        double c = from == 0 ? seed : chronic[from - 1];
        double fit = from == 0 ? seed : ctl[from - 1];
        double fat = from == 0 ? seed : atl[from - 1];
        for (int i = from; i < n; i++) {
            a = ACUTE_LAMBDA * load[i] + (1 - ACUTE_LAMBDA) * a;
            c = CHRONIC_LAMBDA * load[i] + (1 - CHRONIC_LAMBDA) * c;
            fit += (load[i] - fit) / CTL_DAYS;
            fat += (load[i] - fat) / ATL_DAYS;
            acute[i] = a;
            chronic[i] = c;
            ctl[i] = fit;
            atl[i] = fat;
        }
    }

    /** Cold start (domain-notes 8.2): the mean daily load of the first 28 days, or of all days if fewer. */
    static double seedLoad(double[] load) {
        int k = Math.min(CHRONIC_DAYS, load.length);
        if (k == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += load[i];
        }
        return sum / k;
    }

    /** The order of a day's loads and outings: by log, session and trip id, as the key "log|session|trip". */
    private static int compareKeys(SessionLoad a, SessionLoad b) {
        return compareKeys(a.log().map(Object::toString).orElse(""), a.session().map(Object::toString).orElse(""),
                a.trip().map(Object::toString).orElse(""), b.log().map(Object::toString).orElse(""),
                b.session().map(Object::toString).orElse(""), b.trip().map(Object::toString).orElse(""));
    }

    /** {@code (a0 + "|" + a1 + "|" + a2).compareTo(b0 + "|" + b1 + "|" + b2)} without building the strings. */
    static int compareKeys(String a0, String a1, String a2, String b0, String b1, String b2) {
        int la = a0.length() + a1.length() + a2.length() + 2;
        int lb = b0.length() + b1.length() + b2.length() + 2;
        int m = Math.min(la, lb);
        for (int k = 0; k < m; k++) {
            char x = charAt(a0, a1, a2, k);
            char y = charAt(b0, b1, b2, k);
            if (x != y) {
                return x - y;
            }
        }
        return la - lb;
    }

    private static char charAt(String p0, String p1, String p2, int k) {
        if (k < p0.length()) {
            return p0.charAt(k);
        }
        k -= p0.length();
        if (k == 0) {
            return '|';
        }
        k--;
        if (k < p1.length()) {
            return p1.charAt(k);
        }
        k -= p1.length();
        if (k == 0) {
            return '|';
        }
        return p2.charAt(k - 1);
    }
}
