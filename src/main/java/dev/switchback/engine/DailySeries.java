package dev.switchback.engine;

import dev.switchback.model.Athlete;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every daily series of one plan version in one forward pass, into arrays indexed by day: the day's
 * loads and outings ({@link DayLoad}), the combined load, kilometres and metres of descent with a pack,
 * and the exponential
 * averages (EWMA acute and chronic, CTL, ATL). Built from scratch in time linear in days + sessions +
 * logs + trip days, or from the series of the previous version ({@link #update}): the model's records
 * are immutable and an edit replaces one, so the records that are still the same object keep their day,
 * only the days whose records changed are rebuilt, and the averages are run again from the first of them.
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

    final Plan plan;
    final LocalDate today;
    final LocalDate first;
    final long firstEpoch;
    final int n;
    final DayLoad[] days;
    final List<Outing>[] counted;
    final double[] load;
    final double[] loadedKm;
    final double[] loadedDescent;
    final double[] acute;
    final double[] chronic;
    final double[] ctl;
    final double[] atl;
    final boolean[] trip;
    final double[] longest;
    double seed;

    // what each day is made of, for rebuilding single days after an edit
    private final List<Session>[] sessionsOf;
    private final List<OutingLog>[] logsOf;
    private final List<TripDay>[] tripsOf;
    // set once: by the constructor, or by update() before any day is rebuilt
    private Layered<SessionId, Integer> logCount;
    private Layered<SessionId, LocalDate> sessionDay;

    /** The series of a plan already in {@link PlanOrder#canonical} order. */
    @SuppressWarnings("unchecked")
    DailySeries(Plan plan, LocalDate today) {
        this.plan = plan;
        this.today = today;
        Optional<LocalDate> f = plan.firstDate();
        this.first = f.orElse(today);
        this.firstEpoch = first.toEpochDay();
        this.n = f.isEmpty() ? 0 : (int) (plan.lastDate().orElseThrow().toEpochDay() - firstEpoch + 1);
        this.days = new DayLoad[n];
        this.counted = new List[n];
        this.load = new double[n];
        this.loadedKm = new double[n];
        this.loadedDescent = new double[n];
        this.acute = new double[n];
        this.chronic = new double[n];
        this.ctl = new double[n];
        this.atl = new double[n];
        this.trip = new boolean[n];
        this.longest = new double[n];
        this.sessionsOf = new List[n];
        this.logsOf = new List[n];
        this.tripsOf = new List[n];
        var counts = new HashMap<SessionId, Integer>();
        var sessionDays = new HashMap<SessionId, LocalDate>();
        for (Session s : plan.sessions()) {
            add(sessionsOf, index(s.date()), s);
            sessionDays.put(s.id(), s.date());
        }
        for (Trip t : plan.trips()) {
            for (int k = 0; k < t.days(); k++) {
                add(tripsOf, index(t.start().plusDays(k)), new TripDay(t, k));
            }
        }
        for (OutingLog log : plan.logs()) {
            add(logsOf, index(log.date()), log);
            log.plannedSession().ifPresent(id -> counts.merge(id, 1, Integer::sum));
        }
        this.logCount = Layered.of(counts);
        this.sessionDay = Layered.of(sessionDays);
        for (int i = 0; i < n; i++) {
            buildDay(i);
        }
        averagesFrom(0);
    }

    /** A copy of {@code previous} to be changed for {@code plan}, which has the same days, athlete and today. */
    private DailySeries(DailySeries previous, Plan plan) {
        this.plan = plan;
        this.today = previous.today;
        this.first = previous.first;
        this.firstEpoch = previous.firstEpoch;
        this.n = previous.n;
        this.days = previous.days.clone();
        this.counted = previous.counted.clone();
        this.load = previous.load.clone();
        this.loadedKm = previous.loadedKm.clone();
        this.loadedDescent = previous.loadedDescent.clone();
        this.acute = previous.acute.clone();
        this.chronic = previous.chronic.clone();
        this.ctl = previous.ctl.clone();
        this.atl = previous.atl.clone();
        this.trip = previous.trip.clone();
        this.longest = previous.longest.clone();
        this.seed = previous.seed;
        this.sessionsOf = previous.sessionsOf.clone();
        this.logsOf = previous.logsOf.clone();
        this.tripsOf = previous.tripsOf.clone();
        this.logCount = previous.logCount;
        this.sessionDay = previous.sessionDay;
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
        Layered.Edit<SessionId, Integer> counts = previous.logCount.edit();
        Layered.Edit<SessionId, LocalDate> sessionDays = previous.sessionDay.edit();
        var next = new DailySeries(previous, plan);
        var dirty = new boolean[next.n];
        var loggedChanged = new ArrayList<SessionId>();
        if (sessionsChanged) {
            Diff<Session> d = sessionDiff;
            for (Session s : d.removed) {
                next.remove(next.sessionsOf, s, dirty, s.date());
                sessionDays.remove(s.id());
            }
            for (Session s : d.added) {
                next.insert(next.sessionsOf, s, dirty, s.date(), PlanOrder.SESSIONS);
                sessionDays.put(s.id(), s.date());
            }
        }
        if (logsChanged) {
            Diff<OutingLog> d = logDiff;
            for (OutingLog l : d.removed) {
                next.remove(next.logsOf, l, dirty, l.date());
                l.plannedSession().ifPresent(id -> {
                    Integer c = counts.get(id);
                    if (c == null || c <= 1) {
                        counts.remove(id);
                        loggedChanged.add(id);
                    } else {
                        counts.put(id, c - 1);
                    }
                });
            }
            for (OutingLog l : d.added) {
                next.insert(next.logsOf, l, dirty, l.date(), PlanOrder.LOGS);
                l.plannedSession().ifPresent(id -> {
                    Integer c = counts.get(id);
                    counts.put(id, c == null ? 1 : c + 1);
                    if (c == null) {
                        loggedChanged.add(id);
                    }
                });
            }
        }
        if (tripsChanged) {
            Diff<Trip> d = tripDiff;
            for (Trip t : d.removed) {
                for (int k = 0; k < t.days(); k++) {
                    next.remove(next.tripsOf, new TripDay(t, k), dirty, t.start().plusDays(k));
                }
            }
            for (Trip t : d.added) {
                for (int k = 0; k < t.days(); k++) {
                    next.insert(next.tripsOf, new TripDay(t, k), dirty, t.start().plusDays(k),
                            (a, b) -> PlanOrder.TRIPS.compare(a.trip(), b.trip()));
                }
            }
        }
        next.logCount = logsChanged ? counts.done() : previous.logCount;
        next.sessionDay = sessionsChanged ? sessionDays.done() : previous.sessionDay;
        for (SessionId id : loggedChanged) {
            LocalDate day = sessionDays.get(id);
            if (day != null) {
                dirty[next.index(day)] = true;
            }
        }
        int from = -1;
        for (int i = 0; i < next.n; i++) {
            if (dirty[i]) {
                next.buildDay(i);
                if (from < 0) {
                    from = i;
                }
            }
        }
        if (from >= 0) {
            next.averagesFrom(from < CHRONIC_DAYS ? 0 : from);
        }
        return next;
    }

    /**
     * Whether {@code plan} spans the same days as the previous version, from the records that changed:
     * nothing new outside the old first and last day and nothing gone from either; only then (or when
     * the check-ins changed) are the plan's first and last day computed from every record.
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
            Optional<LocalDate> f = plan.firstDate();
            return f.isPresent() && f.get().equals(previous.first) && plan.lastDate().orElseThrow().equals(last);
        }
        return added.stream().allMatch(d -> !d.isBefore(previous.first) && !d.isAfter(last));
    }

    /** Which records of a list are new objects and which are gone, by identity. */
    private record Diff<T>(List<T> added, List<T> removed) {
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
            return new Diff<>(added, new ArrayList<>(old.keySet()));
        }
    }

    private <T> void remove(List<T>[] lists, T item, boolean[] dirty, LocalDate date) {
        int i = index(date);
        var list = new ArrayList<T>(lists[i]);
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == item || item instanceof TripDay td && list.get(k) instanceof TripDay x
                    && x.trip() == td.trip() && x.stage() == td.stage()) {
                list.remove(k);
                break;
            }
        }
        lists[i] = list.isEmpty() ? null : list;
        dirty[i] = true;
    }

    private <T> void insert(List<T>[] lists, T item, boolean[] dirty, LocalDate date,
            java.util.Comparator<? super T> order) {
        int i = index(date);
        var list = lists[i] == null ? new ArrayList<T>(2) : new ArrayList<T>(lists[i]);
        int at = list.size();
        while (at > 0 && order.compare(list.get(at - 1), item) > 0) {
            at--;
        }
        list.add(at, item);
        lists[i] = list;
        dirty[i] = true;
    }

    private static <T> void add(List<T>[] lists, int i, T value) {
        if (lists[i] == null) {
            lists[i] = new ArrayList<>(2);
        }
        lists[i].add(value);
    }

    /** The session with this id: its day from the map, then that day's sessions. */
    Optional<Session> session(SessionId id) {
        LocalDate day = sessionDay.get(id);
        if (day == null) {
            return Optional.empty();
        }
        for (Session s : sessionsOf[index(day)]) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    int index(LocalDate date) {
        long d = date.toEpochDay() - firstEpoch;
        return d < 0 || d >= n ? -1 : (int) d;
    }

    /** The day's loads, outings and totals from its sessions, trip days and logs. */
    private void buildDay(int i) {
        Athlete athlete = plan.athlete();
        LocalDate date = first.plusDays(i);
        var ls = new ArrayList<SessionLoad>(2);
        var planned = new ArrayList<Outing>(2);
        var logged = new ArrayList<Outing>(1);
        boolean tripDay = false;
        if (sessionsOf[i] != null) {
            for (Session s : sessionsOf[i]) {
                SessionLoad sl = LoadModel.planned(s, athlete);
                ls.add(sl);
                if (!s.isRest()) {
                    boolean hard = HardDay.isHard(sl.rpeUsed(), sl.minutes(), athlete.packFraction(s.packKg()));
                    planned.add(new Outing(sl, s.kind(), s.displayTitle(), s.packKg(), s.distanceM(), s.climbM(),
                            s.descentM(), hard, logCount.get(s.id()) == null));
                }
            }
        }
        if (tripsOf[i] != null) {
            for (TripDay td : tripsOf[i]) {
                Trip t = td.trip();
                int k = td.stage();
                SessionLoad sl = LoadModel.stage(t, k, athlete);
                var st = t.stages().get(k);
                ls.add(sl);
                tripDay = true;
                planned.add(new Outing(sl, SessionKind.BACKPACKING_DAY, t.title() + " (day " + (k + 1) + ")",
                        st.packKg(), st.distanceM(), st.climbM(), st.descentM(), false, false));
            }
        }
        if (logsOf[i] != null) {
            for (OutingLog log : logsOf[i]) {
                SessionLoad sl = LoadModel.logged(log, athlete);
                ls.add(sl);
                boolean hard = HardDay.isHard(sl.rpeUsed(), sl.minutes(), athlete.packFraction(log.packKg()));
                logged.add(new Outing(sl, log.kind(), log.displayTitle(), log.packKg(), log.distanceM(),
                        log.climbM(), log.descentM(), hard, false));
            }
        }
        boolean useDone = !logged.isEmpty() && !date.isAfter(today);
        double plannedAu = sum(planned);
        double doneAu = sum(logged);
        List<Outing> c = new ArrayList<>(useDone ? logged : planned);
        sortByKey(c);
        counted[i] = List.copyOf(c);
        double runKm = 0;
        double climb = 0;
        double heaviest = 0;
        double kgKm = 0;
        double longestMin = 0;
        double loadSum = 0;
        double packKm = 0;
        double packDescent = 0;
        boolean hard = false;
        for (Outing o : c) {
            loadSum += o.au();
            if (o.kind().isRunning()) {
                runKm += o.distanceM() / 1000;
            }
            climb += o.climbM();
            heaviest = Math.max(heaviest, o.packKg());
            kgKm += o.packKg() * o.distanceM() / 1000;
            if (o.packKg() > 0) {
                packKm += o.distanceM() / 1000;
                packDescent += o.descentM();
            }
            longestMin = Math.max(longestMin, o.minutes());
            hard |= o.hard();
        }
        load[i] = loadSum;
        loadedKm[i] = packKm;
        loadedDescent[i] = packDescent;
        trip[i] = tripDay;
        longest[i] = longestMin;
        if (ls.size() > 1) {
            sortLoads(ls);
        }
        days[i] = new DayLoad(date, ls, plannedAu, doneAu, loadSum, runKm, climb, heaviest, kgKm, longestMin,
                loadSum <= 0, hard && !tripDay, tripDay);
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

    private static double sum(List<Outing> outings) {
        double s = 0;
        for (Outing o : outings) {
            s += o.au();
        }
        return s;
    }

    /** The order of a day's outings: by log, session and trip id (a stable sort: equal keys keep their order). */
    private static void sortByKey(List<Outing> outings) {
        if (outings.size() < 2) {
            return;
        }
        String[] keys = new String[outings.size()];
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = key(outings.get(k).load());
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
        var sorted = new ArrayList<Outing>(keys.length);
        for (Integer k : order) {
            sorted.add(outings.get(k));
        }
        outings.clear();
        outings.addAll(sorted);
    }

    private static void sortLoads(List<SessionLoad> loads) {
        String[] keys = new String[loads.size()];
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = key(loads.get(k));
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
        var sorted = new ArrayList<SessionLoad>(keys.length);
        for (Integer k : order) {
            sorted.add(loads.get(k));
        }
        loads.clear();
        loads.addAll(sorted);
    }

    private static String key(SessionLoad l) {
        return l.log().map(Object::toString).orElse("") + "|" + l.session().map(Object::toString).orElse("") + "|"
                + l.trip().map(Object::toString).orElse("");
    }
}
