package dev.switchback.engine;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Weeks;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The computed view of one plan version: the plan in {@link PlanOrder} order, its {@link DailySeries},
 * the {@link Windows} over them, the metrics and week summaries derived from the series on demand, and
 * the findings of each week, computed by the {@link RuleRunner} the first time a week is asked for and
 * kept. {@link #update} builds the analysis of an edited plan from the previous one.
 */
final class Analysis implements PlanAnalysis {
    static final int CHRONIC_DAYS = DailySeries.CHRONIC_DAYS;

    private final Plan given;
    private final DailySeries series;
    private final RuleBook book;
    private final Windows windows;
    /**
     * The findings each week reports ({@link #reported}), by week position from {@link #firstMonday} (weeks
     * from {@link #WEEK_MARGIN} before the plan's first week to as many after its last); weeks further out in
     * {@link #farFindings}. An array rather than a map: a ten-year check asks for 530 weeks, and the map's
     * hashing and resizing cost more than some of the rules. Each slot is set once (the first list stays).
     */
    private final AtomicReferenceArray<List<Finding>> findings;
    private final Map<LocalDate, List<Finding>> farFindings = new ConcurrentHashMap<>();
    private final long firstMonday;
    private final Map<LocalDate, List<Finding>> touching = new ConcurrentHashMap<>();
    private final Map<LocalDate, WeekSummary> weeks = new ConcurrentHashMap<>();
    private final RuleRunner runner;
    private final DayMetrics[] metricsByDay;

    Analysis(Plan plan, LocalDate today, RuleBook book) {
        this(plan, series(plan, today), book, null);
    }

    /** The daily series of a plan as given: its order checked and its records' days read in one pass. */
    private static DailySeries series(Plan plan, LocalDate today) {
        int[][] days = new int[2][];
        Plan canonical = PlanOrder.canonical(plan, days);
        return new DailySeries(canonical, today, days);
    }

    private Analysis(Plan given, DailySeries series, RuleBook book, Analysis previous) {
        this.given = given;
        this.series = series;
        this.book = book;
        this.windows = new Windows(series.firstEpoch, series.trip, series.longest, series.load);
        this.metricsByDay = new DayMetrics[series.n];
        this.firstMonday = Weeks.monday(series.first).toEpochDay();
        this.findings = new AtomicReferenceArray<>(series.n == 0 ? 0 : (int) ((series.firstEpoch + series.n - 1
                - firstMonday) / 7 + 1 + 2 * WEEK_MARGIN));
        this.runner = new RuleRunner(this, book, previous == null ? null : previous.runner);
        if (previous != null && series.unchangedDays > 0) {
            keepUnchanged(previous);
        }
    }

    /**
     * Days a rule reads after the Sunday of the week it checks, at most: the furthest is a move that
     * hard-days-back-to-back suggests (up to 6 days after a day of the week), judged with the rest days up
     * to 3 days around the new day (Sunday + 9); the wellness rules' next hard session (a week after the
     * day after the last signal, Sunday + 8); the Hooper index's hard days in the 7 days after a day of the
     * week (Sunday + 7). Rounded up to two weeks. {@code IncrementalAnalysisTest} checks that a week's
     * findings do not change when a session after this reach does.
     */
    static final int REACH_AFTER_DAYS = 14;

    /**
     * Keeps what the previous version computed for the days before the first changed day: the metrics of
     * those days, the summaries of the weeks that end before it, and the findings of the weeks whose days a
     * rule reads ({@link #REACH_AFTER_DAYS} after their Sunday) all lie before it, when nothing else a rule
     * reads changed: the same logs and check-ins (a log's pace feeds every week's route prediction), trips,
     * goals, phases and rule settings. The week's findings are then those a new analysis would give.
     */
    private void keepUnchanged(Analysis previous) {
        int unchanged = series.unchangedDays;
        System.arraycopy(previous.metricsByDay, 0, metricsByDay, 0, Math.min(unchanged, metricsByDay.length));
        previous.weeks.forEach((monday, summary) -> {
            if (offset(monday) + 6 < unchanged) {
                weeks.put(monday, summary);
            }
        });
        Plan before = previous.series.plan;
        Plan now = series.plan;
        if (before.logs() != now.logs() || before.wellness() != now.wellness() || before.trips() != now.trips()
                || !before.goals().equals(now.goals()) || !before.phases().equals(now.phases())
                || !before.rules().equals(now.rules()) || !previous.book.equals(book)) {
            return;
        }
        if (previous.firstMonday == firstMonday) {
            int weeks = Math.min(previous.findings.length(), findings.length());
            for (int w = 0; w < weeks; w++) {
                // the week's Monday is firstMonday + 7 (w - WEEK_MARGIN): kept when its reach ends before the change
                long mondayOffset = firstMonday + 7L * (w - WEEK_MARGIN) - series.firstEpoch;
                if (mondayOffset + 6 + REACH_AFTER_DAYS >= unchanged) {
                    break;
                }
                List<Finding> list = previous.findings.get(w);
                if (list != null) {
                    findings.set(w, list);
                }
            }
        }
        previous.farFindings.forEach((monday, list) -> {
            if (offset(monday) + 6 + REACH_AFTER_DAYS < unchanged) {
                farFindings.put(monday, list);
            }
        });
        previous.touching.forEach((monday, list) -> {
            if (offset(monday.plusWeeks(SPAN_AFTER)) + 6 + REACH_AFTER_DAYS < unchanged) {
                touching.put(monday, list);
            }
        });
    }

    /** The analysis of {@code plan} from that of an earlier version: equal to a new analysis, finding for finding. */
    static Analysis update(Analysis previous, Plan plan, LocalDate today, RuleBook book) {
        if (previous.given == plan && previous.series.today.equals(today) && previous.book == book) {
            return previous;
        }
        if (!previous.book.equals(book)) {
            return new Analysis(plan, today, book);
        }
        Plan canonical = PlanOrder.canonical(plan, previous.given, previous.series.plan);
        return new Analysis(plan, DailySeries.update(previous.series, canonical, today), book, previous);
    }

    Plan plan() {
        return series.plan;
    }

    @Override
    public java.util.Optional<LocalDate> seenOn() {
        return java.util.Optional.of(series.today);
    }

    LocalDate today() {
        return series.today;
    }

    Windows windows() {
        return windows;
    }

    private int index(LocalDate date) {
        return series.index(date);
    }

    private long offset(LocalDate date) {
        return date.toEpochDay() - series.firstEpoch;
    }

    // ---- the daily series by day index, for rules that read arrays instead of LocalDate lookups ----
    // Day i is firstEpoch() + i; an index outside 0 .. dayCount() - 1 is a day outside the plan (no load).
    // The arrays are the analysis's own: read them, never write them.

    /** The epoch day of the plan's first day (day index 0). */
    long firstEpoch() {
        return series.firstEpoch;
    }

    /** Days from the plan's first to its last day (0 for an empty plan). */
    int dayCount() {
        return series.n;
    }

    /** The day index of {@code date}, or -1 outside the plan. */
    int dayIndex(LocalDate date) {
        return series.index(date);
    }

    /** The load that counts (done where logged up to today, else planned), AU per day. */
    double[] loads() {
        return series.load;
    }

    double[] plannedLoads() {
        return series.plannedAu;
    }

    double[] doneLoads() {
        return series.doneAu;
    }

    double[] runningKms() {
        return series.runningKm;
    }

    double[] climbs() {
        return series.climbM;
    }

    double[] heaviestPacks() {
        return series.heaviestPackKg;
    }

    double[] packKgKms() {
        return series.packKgKm;
    }

    double[] longestMinutes() {
        return series.longest;
    }

    double[] loadedKms() {
        return series.loadedKm;
    }

    double[] loadedDescents() {
        return series.loadedDescent;
    }

    /** Hard days as {@link DayLoad#hard()} (never a trip day); a rest day is {@code loads()[i] <= 0}. */
    boolean[] hardDays() {
        return series.hard;
    }

    boolean[] tripDays() {
        return series.trip;
    }

    /** The EWMA acute and chronic loads, CTL and ATL of each day, as {@link #acuteEwma} etc. inside the plan. */
    double[] acute() {
        return series.acute;
    }

    double[] chronic() {
        return series.chronic;
    }

    double[] ctl() {
        return series.ctl;
    }

    double[] atl() {
        return series.atl;
    }

    /** {@link #day}, {@link #outings} and {@link #wellnessOn} of a day index inside the plan. */
    DayLoad dayAt(int i) {
        return series.day(i);
    }

    List<Outing> outingsAt(int i) {
        return series.outings(i);
    }

    Optional<Wellness> wellnessAt(int i) {
        return series.wellness(i);
    }

    @Override
    public List<DayLoad> days() {
        return series.days();
    }

    @Override
    public DayLoad day(LocalDate date) {
        int i = index(date);
        return i >= 0 ? series.day(i) : new DayLoad(date, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, true, false, false);
    }

    Optional<Session> session(SessionId id) {
        return series.session(id);
    }

    Optional<Wellness> wellnessOn(LocalDate date) {
        int i = index(date);
        return i >= 0 ? series.wellness(i) : Optional.empty();
    }

    List<Outing> outings(LocalDate date) {
        int i = index(date);
        return i >= 0 ? series.outings(i) : List.of();
    }

    @Override
    public double loadedDescentM(LocalDate date) {
        int i = index(date);
        return i >= 0 ? series.loadedDescent[i] : 0;
    }

    double loadedKm(LocalDate date) {
        int i = index(date);
        return i >= 0 ? series.loadedKm[i] : 0;
    }

    /** Days of history up to and including {@code date}: 0 before the plan starts. */
    int historyDays(LocalDate date) {
        long d = offset(date);
        return series.n == 0 || d < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, d + 1);
    }

    double acuteEwma(LocalDate date) {
        return ewma(series.acute, date, 1 - DailySeries.ACUTE_LAMBDA);
    }

    double chronicEwma(LocalDate date) {
        return ewma(series.chronic, date, 1 - DailySeries.CHRONIC_LAMBDA);
    }

    private double ewma(double[] values, LocalDate date, double keep) {
        long d = offset(date);
        return series.n == 0 || d < 0 ? 0 : at(values, d, keep);
    }

    private double loadAt(long d) {
        return d >= 0 && d < series.n ? series.load[(int) d] : 0;
    }

    /** The value of an exponential series on day d; after the plan's end the loads are 0 and it decays. */
    private static double at(double[] values, long d, double keep) {
        int last = values.length - 1;
        if (d <= last) {
            return values[(int) d];
        }
        return values[last] * Math.pow(keep, d - last);
    }

    @Override
    public DayMetrics metrics(LocalDate date) {
        long d = offset(date);
        if (d < 0 || d >= series.n) {
            return computeMetrics(date);
        }
        // kept per day: the ACWR, form and CTL rules and the week summaries read the same days again
        DayMetrics m = metricsByDay[(int) d];
        if (m == null) {
            m = computeMetrics(date);
            metricsByDay[(int) d] = m;
        }
        return m;
    }

    private DayMetrics computeMetrics(LocalDate date) {
        long d = offset(date);
        int n = series.n;
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
            double a = at(series.acute, d, 1 - DailySeries.ACUTE_LAMBDA);
            double c = at(series.chronic, d, 1 - DailySeries.CHRONIC_LAMBDA);
            double fit = at(series.ctl, d, 1 - 1 / DailySeries.CTL_DAYS);
            double fat = at(series.atl, d, 1 - 1 / DailySeries.ATL_DAYS);
            acwr = c > Tolerance.EPS ? Metric.of(a / c) : new Metric.NotEnoughHistory("no chronic load yet");
            ctlM = Metric.of(fit);
            atlM = Metric.of(fat);
            tsbM = Metric.of(fit - fat);
            form = fit > Tolerance.EPS ? Metric.of((fit - fat) / fit * 100)
                    : new Metric.NotEnoughHistory("no fitness yet");
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
        return weeks.computeIfAbsent(Weeks.monday(anyDay), this::summary);
    }

    private WeekSummary summary(LocalDate monday) {
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
        long d0 = offset(monday);
        for (long d = Math.max(0, d0); d < Math.min(series.n, d0 + 7); d++) {
            int i = (int) d;
            planned += series.plannedAu[i];
            done += series.doneAu[i];
            total += series.load[i];
            run += series.runningKm[i];
            climb += series.climbM[i];
            heavy = Math.max(heavy, series.heaviestPackKg[i]);
            kgKm += series.packKgKm[i];
            longest = Math.max(longest, series.longest[i]);
            rest += series.load[i] <= 0 ? 1 : 0;
            hard += series.hard[i] ? 1 : 0;
        }
        LocalDate sunday = monday.plusDays(6);
        Metric change;
        double previous = weekLoad(monday.minusDays(7));
        if (series.n == 0 || offset(monday.minusDays(1)) < 0) {
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
        if (c1.isPresent() && c0.isPresent() && c0.get() > Tolerance.EPS) {
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

    /**
     * Weeks before and after a week whose findings may concern it: a finding is reported in one week
     * (its {@code weekStart}) but its days may reach into others (a taper reported in the goal's week
     * concerns the two weeks before it, a run of days without rest the weeks it began in, the day after
     * a trip the next week). A rule's days reach at most {@link #SPAN_AFTER} weeks before the week it
     * reports in and {@link #SPAN_BEFORE} after.
     */
    static final int SPAN_BEFORE = 1;
    static final int SPAN_AFTER = 4;

    /** Weeks kept in the {@link #findings} array before the plan's first week and after its last. */
    private static final int WEEK_MARGIN = SPAN_AFTER + SPAN_BEFORE + 4;

    /**
     * The findings the rules report in the week starting {@code monday} (their {@code weekStart}), in the rules'
     * order: every list handed out is sorted where it is made ({@link #touching}).
     */
    List<Finding> reported(LocalDate monday) {
        long w = Math.floorDiv(monday.toEpochDay() - firstMonday, 7) + WEEK_MARGIN;
        if (w < 0 || w >= findings.length()) {
            return farFindings.computeIfAbsent(monday, runner::check);
        }
        int i = (int) w;
        List<Finding> known = findings.get(i);
        if (known != null) {
            return known;
        }
        List<Finding> made = runner.check(monday);
        // another thread may have checked the week meanwhile: both lists are equal, the first one stays
        return findings.compareAndSet(i, null, made) ? made : findings.get(i);
    }

    @Override
    public List<Finding> findings(LocalDate anyDay) {
        LocalDate monday = Weeks.monday(anyDay);
        return touching.computeIfAbsent(monday, m -> touching(m, m.plusDays(6)));
    }

    @Override
    public List<Finding> findings(LocalDate from, LocalDate to) {
        LocalDate first = Weeks.monday(from);
        LocalDate last = Weeks.monday(to).plusDays(6);
        if (last.isBefore(first)) {
            return List.of();
        }
        return touching(first, last);
    }

    /** Whether a finding that concerns the week passes {@code test}: the week's own findings first, then its neighbours'. */
    boolean anyFinding(LocalDate anyDay, java.util.function.Predicate<Finding> test) {
        LocalDate monday = Weeks.monday(anyDay);
        List<Finding> known = touching.get(monday);
        if (known != null) {
            return known.stream().anyMatch(test);
        }
        LocalDate sunday = monday.plusDays(6);
        for (int k = 0; k <= SPAN_BEFORE + SPAN_AFTER; k++) {
            // 0, -1, .., -SPAN_BEFORE, then 1 .. SPAN_AFTER
            int week = k <= SPAN_BEFORE ? -k : k - SPAN_BEFORE;
            for (Finding f : reported(monday.plusWeeks(week))) {
                if (f.touches(monday, sunday) && test.test(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Finding> touching(LocalDate first, LocalDate last) {
        var all = new ArrayList<Finding>();
        LocalDate end = last.plusWeeks(SPAN_AFTER);
        LocalDate sixBefore = first.minusDays(6);
        for (LocalDate m = first.minusWeeks(SPAN_BEFORE); !m.isAfter(end); m = m.plusDays(7)) {
            for (Finding f : reported(m)) {
                if (f.touches(first, last, sixBefore)) {
                    all.add(f);
                }
            }
        }
        return PlanCheck.sorted(all);
    }

    /** The daily series, for the rules' day-indexed windows ({@link Windows#use}): read only. */
    DailySeries series() {
        return series;
    }
}
