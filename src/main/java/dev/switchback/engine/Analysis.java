package dev.switchback.engine;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Athlete;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import dev.switchback.model.Weeks;
import dev.switchback.model.Wellness;
import java.util.HashMap;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The computed view of one plan version. Loads are built once, in one pass over sessions, trips and
 * logs; metrics are kept as arrays and turned into records on demand; findings are computed per
 * week the first time they are asked for and cached.
 */
final class Analysis implements PlanAnalysis {
    static final int CHRONIC_DAYS = 28;
    static final double ACUTE_LAMBDA = 2.0 / (7 + 1);
    static final double CHRONIC_LAMBDA = 2.0 / (28 + 1);
    static final double CTL_DAYS = 42;
    static final double ATL_DAYS = 7;
    private static final Comparator<Outing> OUTING_ORDER = Comparator.comparing(Analysis::key);
    private static final Comparator<SessionLoad> LOAD_ORDER = Comparator.comparing(Analysis::key);

    private final Plan plan;
    private final LocalDate today;
    private final RuleBook book;
    private final LocalDate first;
    private final long firstEpoch;
    private final int n;
    private final DayLoad[] days;
    private final List<List<Outing>> counted;
    private final double[] load;
    private final double[] loadedKm;
    private final double[] acute;
    private final double[] chronic;
    private final double[] ctl;
    private final double[] atl;
    private final double seed;
    private final Map<LocalDate, List<Finding>> cache = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final Map<LocalDate, Wellness> wellnessByDate = new HashMap<>();
    private final Windows windows;

    Analysis(Plan plan, LocalDate today, RuleBook book) {
        this.plan = canonical(plan);
        this.today = today;
        this.book = book;
        Optional<LocalDate> f = plan.firstDate();
        this.first = f.orElse(today);
        this.firstEpoch = first.toEpochDay();
        this.n = f.isEmpty() ? 0 : (int) (plan.lastDate().orElseThrow().toEpochDay() - firstEpoch + 1);
        this.days = new DayLoad[n];
        this.counted = new ArrayList<>(n);
        this.load = new double[n];
        this.loadedKm = new double[n];
        buildDays();
        for (Wellness w : this.plan.wellness()) {
            wellnessByDate.putIfAbsent(w.date(), w);
        }
        boolean[] trip = new boolean[n];
        double[] longest = new double[n];
        for (int i = 0; i < n; i++) {
            trip[i] = days[i].tripDay();
            longest[i] = days[i].longestMinutes();
        }
        this.windows = new Windows(firstEpoch, trip, longest);
        this.seed = seedLoad(load);
        this.acute = new double[n];
        this.chronic = new double[n];
        this.ctl = new double[n];
        this.atl = new double[n];
        double a = seed;
        double c = seed;
        double fit = seed;
        double fat = seed;
        for (int i = 0; i < n; i++) {
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

    private static final Comparator<Session> SESSION_ORDER = Comparator.comparing(Session::date)
            .thenComparing(x -> x.id().value());
    private static final Comparator<OutingLog> LOG_ORDER = Comparator.comparing(OutingLog::date)
            .thenComparing(x -> x.id().value());
    private static final Comparator<Trip> TRIP_ORDER = Comparator.comparing(Trip::start)
            .thenComparing(x -> x.id().value());
    private static final Comparator<dev.switchback.model.Wellness> WELLNESS_ORDER =
            Comparator.comparing(dev.switchback.model.Wellness::date);

    /**
     * The plan with its lists in date order (then by id), so no rule can depend on the order the
     * user entered things in. Sorting is skipped when a list is already in order, the usual case.
     */
    static Plan canonical(Plan plan) {
        Plan p = plan;
        if (!sorted(p.sessions(), SESSION_ORDER)) {
            p = p.withSessions(p.sessions().stream().sorted(SESSION_ORDER).toList());
        }
        if (!sorted(p.logs(), LOG_ORDER)) {
            p = p.withLogs(p.logs().stream().sorted(LOG_ORDER).toList());
        }
        if (!sorted(p.trips(), TRIP_ORDER)) {
            p = p.withTrips(p.trips().stream().sorted(TRIP_ORDER).toList());
        }
        if (!sorted(p.wellness(), WELLNESS_ORDER)) {
            p = p.withWellness(p.wellness().stream().sorted(WELLNESS_ORDER).toList());
        }
        return p;
    }

    private static <T> boolean sorted(List<T> list, Comparator<T> order) {
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
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

    @SuppressWarnings("unchecked")
    private void buildDays() {
        Athlete athlete = plan.athlete();
        List<SessionLoad>[] loads = new List[n];
        List<Outing>[] planned = new List[n];
        List<Outing>[] logged = new List[n];
        boolean[] trip = new boolean[n];
        Set<SessionId> loggedSessions = new HashSet<>();
        for (OutingLog log : plan.logs()) {
            log.plannedSession().ifPresent(loggedSessions::add);
        }
        for (Session s : plan.sessions()) {
            int i = index(s.date());
            SessionLoad sl = LoadModel.planned(s, athlete);
            add(loads, i, sl);
            if (!s.isRest()) {
                boolean hard = HardDay.isHard(sl.rpeUsed(), sl.minutes(), athlete.packFraction(s.packKg()));
                add(planned, i, new Outing(sl, s.kind(), s.displayTitle(), s.packKg(), s.distanceM(), s.climbM(),
                        hard, !loggedSessions.contains(s.id())));
            }
        }
        for (Trip t : plan.trips()) {
            for (int k = 0; k < t.days(); k++) {
                int i = index(t.start().plusDays(k));
                SessionLoad sl = LoadModel.stage(t, k, athlete);
                var st = t.stages().get(k);
                add(loads, i, sl);
                trip[i] = true;
                add(planned, i, new Outing(sl, SessionKind.BACKPACKING_DAY, t.title() + " (day " + (k + 1) + ")",
                        st.packKg(), st.distanceM(), st.climbM(), false, false));
            }
        }
        for (OutingLog log : plan.logs()) {
            int i = index(log.date());
            SessionLoad sl = LoadModel.logged(log, athlete);
            add(loads, i, sl);
            boolean hard = HardDay.isHard(sl.rpeUsed(), sl.minutes(), athlete.packFraction(log.packKg()));
            add(logged, i, new Outing(sl, log.kind(), log.displayTitle(), log.packKg(), log.distanceM(), log.climbM(),
                    hard, false));
        }
        for (int i = 0; i < n; i++) {
            LocalDate date = first.plusDays(i);
            List<Outing> pl = planned[i] == null ? List.of() : planned[i];
            List<Outing> lg = logged[i] == null ? List.of() : logged[i];
            boolean useDone = !lg.isEmpty() && !date.isAfter(today);
            List<Outing> c = new ArrayList<>(useDone ? lg : pl);
            c.sort(OUTING_ORDER);
            counted.add(List.copyOf(c));
            double plannedAu = sum(pl);
            double doneAu = sum(lg);
            double runKm = 0;
            double climb = 0;
            double heaviest = 0;
            double kgKm = 0;
            double longest = 0;
            double loadSum = 0;
            double packKm = 0;
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
                }
                longest = Math.max(longest, o.minutes());
                hard |= o.hard();
            }
            load[i] = loadSum;
            loadedKm[i] = packKm;
            List<SessionLoad> ls = loads[i] == null ? new ArrayList<>() : loads[i];
            ls.sort(LOAD_ORDER);
            days[i] = new DayLoad(date, ls, plannedAu, doneAu, loadSum, runKm, climb, heaviest, kgKm, longest,
                    loadSum <= 0, hard && !trip[i], trip[i]);
        }
    }

    private static <T> void add(List<T>[] lists, int i, T value) {
        if (lists[i] == null) {
            lists[i] = new ArrayList<>(2);
        }
        lists[i].add(value);
    }

    private static double sum(List<Outing> outings) {
        double s = 0;
        for (Outing o : outings) {
            s += o.au();
        }
        return s;
    }

    private static String key(SessionLoad l) {
        return l.log().map(Object::toString).orElse("") + "|" + l.session().map(Object::toString).orElse("") + "|"
                + l.trip().map(Object::toString).orElse("");
    }

    private static String key(Outing o) {
        return key(o.load());
    }

    int index(LocalDate date) {
        long d = date.toEpochDay() - firstEpoch;
        return d < 0 || d >= n ? -1 : (int) d;
    }

    private long offset(LocalDate date) {
        return date.toEpochDay() - firstEpoch;
    }

    Plan plan() {
        return plan;
    }

    LocalDate today() {
        return today;
    }

    @Override
    public List<DayLoad> days() {
        return List.of(days);
    }

    @Override
    public DayLoad day(LocalDate date) {
        int i = index(date);
        return i >= 0 ? days[i] : new DayLoad(date, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, true, false, false);
    }

    Optional<Wellness> wellnessOn(LocalDate date) {
        return Optional.ofNullable(wellnessByDate.get(date));
    }

    List<Outing> outings(LocalDate date) {
        int i = index(date);
        return i >= 0 ? counted.get(i) : List.of();
    }

    double loadedKm(LocalDate date) {
        int i = index(date);
        return i >= 0 ? loadedKm[i] : 0;
    }

    /** Days of history up to and including {@code date}: 0 before the plan starts. */
    int historyDays(LocalDate date) {
        long d = offset(date);
        return n == 0 || d < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, d + 1);
    }

    private double ewma(double[] values, LocalDate date, double keep) {
        long d = offset(date);
        return n == 0 || d < 0 ? 0 : series(values, d, keep);
    }

    private double loadAt(long d) {
        return d >= 0 && d < n ? load[(int) d] : 0;
    }

    /** The value of an exponential series on day d; after the plan's end the loads are 0 and it decays. */
    private static double series(double[] values, long d, double keep) {
        int last = values.length - 1;
        if (d <= last) {
            return values[(int) d];
        }
        return values[last] * Math.pow(keep, d - last);
    }

    @Override
    public DayMetrics metrics(LocalDate date) {
        long d = offset(date);
        if (n == 0 || d < 0) {
            Metric none = new Metric.NotEnoughHistory(n == 0 ? "the plan is empty" : "before the plan starts");
            return new DayMetrics(date, none, none, none, none, none, none, none);
        }
        Metric acwr;
        Metric ctlM;
        Metric atlM;
        Metric tsbM;
        Metric form;
        if (d + 1 < CHRONIC_DAYS) {
            Metric none = new Metric.NotEnoughHistory("needs " + CHRONIC_DAYS + " days of history, " + (d + 1)
                    + " so far");
            acwr = none;
            ctlM = none;
            atlM = none;
            tsbM = none;
            form = none;
        } else {
            double a = series(acute, d, 1 - ACUTE_LAMBDA);
            double c = series(chronic, d, 1 - CHRONIC_LAMBDA);
            double fit = series(ctl, d, 1 - 1 / CTL_DAYS);
            double fat = series(atl, d, 1 - 1 / ATL_DAYS);
            acwr = c > 1e-9 ? Metric.of(a / c) : new Metric.NotEnoughHistory("no chronic load yet");
            ctlM = Metric.of(fit);
            atlM = Metric.of(fat);
            tsbM = Metric.of(fit - fat);
            form = fit > 1e-9 ? Metric.of((fit - fat) / fit * 100) : new Metric.NotEnoughHistory("no fitness yet");
        }
        Metric monotony;
        Metric strain;
        if (d + 1 < 7) {
            monotony = new Metric.NotEnoughHistory("needs 7 days of history, " + (d + 1) + " so far");
            strain = monotony;
        } else {
            double[] w = new double[7];
            for (int k = 0; k < 7; k++) {
                w[k] = loadAt(d - 6 + k);
            }
            double m = LoadModel.monotony(w);
            double total = 0;
            for (double x : w) {
                total += x;
            }
            monotony = Metric.of(m);
            strain = Metric.of(total * m);
        }
        return new DayMetrics(date, acwr, ctlM, atlM, tsbM, form, monotony, strain);
    }

    @Override
    public WeekSummary week(LocalDate anyDay) {
        LocalDate monday = Weeks.monday(anyDay);
        double planned = 0;
        double done = 0;
        double total = 0;
        double run = 0;
        double climb = 0;
        double heavy = 0;
        double kgKm = 0;
        double longest = 0;
        int rest = 0;
        int hard = 0;
        for (int k = 0; k < 7; k++) {
            int i = index(monday.plusDays(k));
            if (i < 0) {
                continue;
            }
            DayLoad dl = days[i];
            planned += dl.plannedAu();
            done += dl.doneAu();
            total += dl.loadAu();
            run += dl.runningKm();
            climb += dl.climbM();
            heavy = Math.max(heavy, dl.heaviestPackKg());
            kgKm += dl.packKgKm();
            longest = Math.max(longest, dl.longestMinutes());
            rest += dl.rest() ? 1 : 0;
            hard += dl.hard() ? 1 : 0;
        }
        LocalDate sunday = monday.plusDays(6);
        Metric change;
        double previous = weekLoad(monday.minusDays(7));
        if (n == 0 || offset(monday.minusDays(1)) < 0) {
            change = new Metric.NotEnoughHistory("no week before this one");
        } else if (previous <= 0) {
            change = new Metric.NotEnoughHistory("no load last week to compare with");
        } else {
            change = Metric.of(total / previous);
        }
        DayMetrics end = metrics(sunday);
        Metric ramp;
        Optional<Double> c1 = end.ctl().asOptional();
        Optional<Double> c0 = metrics(monday.minusDays(1)).ctl().asOptional();
        if (c1.isPresent() && c0.isPresent() && c0.get() > 1e-9) {
            ramp = Metric.of((c1.get() - c0.get()) / c0.get() * 100);
        } else {
            ramp = new Metric.NotEnoughHistory(c0.isPresent() ? "no fitness yet" : "needs " + CHRONIC_DAYS
                    + " days of history before the week");
        }
        return new WeekSummary(monday, planned, done, total, run, climb, heavy, kgKm, longest, rest, hard, change,
                end.acwr(), end.monotony(), end.strain(), end.formPct(), ramp);
    }

    private double weekLoad(LocalDate monday) {
        double s = 0;
        long d = offset(monday);
        for (int k = 0; k < 7; k++) {
            s += loadAt(d + k);
        }
        return s;
    }

    @Override
    public List<Finding> findings(LocalDate anyDay) {
        return cache.computeIfAbsent(Weeks.monday(anyDay), this::check);
    }

    @Override
    public List<Finding> findings(LocalDate from, LocalDate to) {
        var all = new ArrayList<Finding>();
        for (LocalDate m = Weeks.monday(from); !m.isAfter(to); m = m.plusDays(7)) {
            all.addAll(findings(m));
        }
        all.sort(PlanCheck.ORDER);
        return List.copyOf(all);
    }

    private List<Finding> check(LocalDate monday) {
        var ctx = new Context(monday);
        var found = new ArrayList<Finding>();
        List<String> disabled = plan.rules().disabledRules();
        for (Rule rule : book.rules()) {
            if (!disabled.contains(rule.id())) {
                found.addAll(rule.check(ctx));
            }
        }
        found.sort(PlanCheck.ORDER);
        return List.copyOf(found);
    }

    WeekContext context(LocalDate monday) {
        return new Context(Weeks.monday(monday));
    }

    private final class Context implements WeekContext {
        private final LocalDate monday;

        Context(LocalDate monday) {
            this.monday = monday;
        }

        @Override
        public Plan plan() {
            return plan;
        }

        @Override
        public LocalDate weekStart() {
            return monday;
        }

        @Override
        public DayLoad day(LocalDate date) {
            return Analysis.this.day(date);
        }

        @Override
        public DayMetrics metrics(LocalDate date) {
            return Analysis.this.metrics(date);
        }

        @Override
        public WeekSummary week(LocalDate anyDay) {
            return Analysis.this.week(anyDay);
        }

        @Override
        public double threshold(Threshold t) {
            Double own = plan.rules().thresholds().get(t.key());
            return own != null ? own : book.defaultThreshold(t, plan.rules().preset());
        }

        @Override
        public Optional<Wellness> wellnessOn(LocalDate date) {
            return Analysis.this.wellnessOn(date);
        }

        @Override
        public Windows windows() {
            return windows;
        }

        @Override
        public <T> T shared(Class<T> key, Function<Plan, T> build) {
            return key.cast(shared.computeIfAbsent(key, k -> build.apply(plan)));
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public List<Outing> outings(LocalDate date) {
            return Analysis.this.outings(date);
        }

        @Override
        public int historyDays(LocalDate date) {
            return Analysis.this.historyDays(date);
        }

        @Override
        public double acuteEwma(LocalDate date) {
            return ewma(acute, date, 1 - ACUTE_LAMBDA);
        }

        @Override
        public double chronicEwma(LocalDate date) {
            return ewma(chronic, date, 1 - CHRONIC_LAMBDA);
        }

        @Override
        public double loadedKm(LocalDate date) {
            return Analysis.this.loadedKm(date);
        }
    }
}
