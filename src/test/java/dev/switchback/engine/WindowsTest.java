package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The shared windows equal the plain loops they replace, at block edges and the plan's ends too. */
class WindowsTest {
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    @Property(tries = 200)
    void longestBeforeAndTripDaysEqualTheirLoops(@ForAll @IntRange(min = 0, max = 1200) int n,
            @ForAll @IntRange(min = 1, max = 400) int days, @ForAll long seed) {
        var r = new Random(seed);
        double[] longest = new double[n];
        boolean[] trip = new boolean[n];
        double[] load = new double[n];
        for (int i = 0; i < n; i++) {
            longest[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(300);
            trip[i] = r.nextInt(20) == 0;
            load[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 900;
        }
        var w = new Windows(FIRST.toEpochDay(), trip, longest, load);
        // about 85 reads per block: the first are scans (SCAN_FACTOR), the rest read the built block when it is built
        for (int d = -days - 3; d <= n + days + 3; d += 1 + r.nextInt(5)) {
            double expected = 0;
            for (int k = 1; k <= days; k++) {
                int i = d - k;
                expected = Math.max(expected, i >= 0 && i < n ? longest[i] : 0);
            }
            assertThat(w.longestBefore(FIRST.plusDays(d), days)).as("day %d, %d days", d, days).isEqualTo(expected);
            // a second window length is kept apart from the first one's blocks
            double longer = Math.max(expected, d - days - 1 >= 0 && d - days - 1 < n ? longest[d - days - 1] : 0);
            assertThat(w.longestBefore(d, days + 1)).as("day %d, %d days", d, days + 1).isEqualTo(longer);
            int to = d + r.nextInt(15);
            boolean any = false;
            for (int i = Math.max(0, d); i <= Math.min(n - 1, to); i++) {
                any |= trip[i];
            }
            assertThat(w.anyTripDay(FIRST.plusDays(d), FIRST.plusDays(to))).isEqualTo(any);
            double training = 0;
            for (int i = d; i < d + 7; i++) {
                if (i >= 0 && i < n && !trip[i]) {
                    training += load[i];
                }
            }
            assertThat(w.trainingLoad(FIRST.plusDays(d))).isEqualTo(training);
        }
    }

    /**
     * What the rules read by day index equals what the analysis says of the same day, for every day of a
     * ten-year plan and the weeks around it: loads, rest, trip and hard days, packs, outings, ACWR, CTL, form
     * and the CTL ramp (NaN exactly where the metric is "not enough history").
     */
    @org.junit.jupiter.api.Test
    void dayIndexedReadsEqualTheAnalysis() {
        var plan = GeneratedPlans.years(10, 42);
        LocalDate today = GeneratedPlans.today(plan);
        var a = (Analysis) Engine.analyse(plan, today);
        Windows w = a.windows();
        LocalDate first = plan.firstDate().orElseThrow();
        assertThat(w.index(first)).isZero();
        assertThat(w.today()).isEqualTo(w.index(today));
        for (int i = -40; i < w.size() + 40; i++) {
            LocalDate d = first.plusDays(i);
            assertThat(w.date(i)).isEqualTo(d);
            assertThat(w.epochDay(i)).isEqualTo(d.toEpochDay());
            DayLoad day = a.day(d);
            assertThat(w.load(i)).as("load %s", d).isEqualTo(day.loadAu());
            assertThat(w.rest(i)).as("rest %s", d).isEqualTo(day.rest());
            assertThat(w.tripDay(i)).as("trip %s", d).isEqualTo(day.tripDay());
            assertThat(w.hard(i)).as("hard %s", d).isEqualTo(day.hard());
            assertThat(w.heaviestPack(i)).as("pack %s", d).isEqualTo(day.heaviestPackKg());
            // the heaviest of the days before, for the first length asked for (its blocks) and another (the map)
            for (int days : new int[] {28, 9}) {
                double before = 0;
                for (int k = 1; k <= days; k++) {
                    before = Math.max(before, a.day(d.minusDays(k)).heaviestPackKg());
                }
                assertThat(w.heaviestPackBefore(i, days)).as("pack of the %d days before %s", days, d)
                        .isEqualTo(before);
            }
            assertThat(w.longest(i)).as("longest %s", d).isEqualTo(day.longestMinutes());
            assertThat(w.loadedKm(i)).as("loaded km %s", d).isEqualTo(a.loadedKm(d));
            assertThat(w.outings(i)).as("outings %s", d).isEqualTo(a.outings(d));
            assertThat(w.historyDays(i)).isEqualTo(a.historyDays(d));
            DayMetrics m = a.metrics(d);
            assertThat(w.acwr(i)).as("acwr %s", d).isEqualTo(m.acwr().asOptional().orElse(Double.NaN));
            assertThat(w.ctl(i)).as("ctl %s", d).isEqualTo(m.ctl().asOptional().orElse(Double.NaN));
            assertThat(w.formPct(i)).as("form %s", d).isEqualTo(m.formPct().asOptional().orElse(Double.NaN));
            if (d.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                assertThat(w.ctlRampPct(i)).as("ramp %s", d)
                        .isEqualTo(a.week(d).ctlRampPct().asOptional().orElse(Double.NaN));
            }
        }
    }

    /**
     * What the rules read of a day's outings without building them (Rest card, training besides trip stages,
     * lightest pack, descent with a pack, the biggest distance, climb and descent of one outing, the widest
     * gap below the estimated RPE from today on) equals what
     * the outings say, in a plan and in its next version after a session is dropped (the series updated).
     */
    @Property(tries = 80)
    void outingSummariesByDayEqualTheOutings(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan, @ForAll(supplier = PlanGenerators.AnyToday.class) int t, @ForAll long pick) {
        LocalDate today = PlanGenerators.today(t);
        var a = (Analysis) Engine.analyse(plan, today);
        assertSummaries(a, plan);
        List<Session> sessions = PlanGenerators.changeable(plan);
        if (!sessions.isEmpty()) {
            Session gone = sessions.get((int) Math.floorMod(pick, (long) sessions.size()));
            Plan edited = plan.withoutSession(gone.id());
            assertSummaries((Analysis) Engine.reanalyse(a, edited, today), edited);
        }
    }

    private static void assertSummaries(Analysis a, Plan plan) {
        Windows w = a.windows();
        for (int i = -3; i < w.size() + 3; i++) {
            LocalDate d = w.date(i);
            List<Outing> outings = w.outings(i);
            boolean rest = i >= 0 && i < w.size() && plan.sessionsOn(d).stream().anyMatch(Session::isRest);
            int training = 0;
            double lightest = 0;
            double descent = 0;
            double steepest = 0;
            double farthest = 0;
            double highest = 0;
            for (Outing o : outings) {
                training += o.fromTrip() ? 0 : 1;
                if (o.packKg() > 0) {
                    lightest = lightest > 0 ? Math.min(lightest, o.packKg()) : o.packKg();
                    descent += o.descentM();
                    steepest = Math.max(steepest, o.descentM());
                }
                farthest = Math.max(farthest, o.distanceM());
                highest = Math.max(highest, o.climbM());
            }
            assertThat(w.restCard(i)).as("rest card %s", d).isEqualTo(rest);
            assertThat(w.training(i)).as("training %s", d).isEqualTo(training);
            assertThat(w.lightestPack(i)).as("lightest pack %s", d).isEqualTo(lightest);
            assertThat(w.packDescent(i)).as("descent with a pack %s", d).isEqualTo(descent);
            assertThat(w.maxPackDescent(i)).as("biggest descent with a pack %s", d).isEqualTo(steepest);
            assertThat(w.maxDistance(i)).as("farthest %s", d).isEqualTo(farthest);
            assertThat(w.maxClimb(i)).as("biggest climb %s", d).isEqualTo(highest);
            if (i >= w.today()) {
                double gap = Double.NEGATIVE_INFINITY;
                for (Outing o : outings) {
                    if (o.fromTrip() || !o.movable()) {
                        continue;
                    }
                    Session s = a.session(o.session().orElseThrow()).orElseThrow();
                    var e = PlannedEffort.estimate(s, plan.athlete());
                    if (s.targetRpe().isPresent() && e.isPresent()) {
                        gap = Math.max(gap, e.get().rpe() - s.targetRpe().get());
                    }
                }
                assertThat(w.widestTargetGap(i)).as("target RPE gap %s", d).isEqualTo(gap);
            }
        }
    }
}
