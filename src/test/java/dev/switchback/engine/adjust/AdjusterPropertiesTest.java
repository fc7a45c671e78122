package dev.switchback.engine.adjust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Severity;
import dev.switchback.engine.adjust.Adjustment.Kind;
import dev.switchback.engine.adjust.Adjustment.Option;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.LogId;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Wellness;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Over generated histories (ten weeks of varied training logged up to today, then a random miss, a red
 * wellness week, or outings logged harder than planned, sometimes a trip in the coming days): every option
 * offered is free of new WARN and BLOCK, never touches the past, a log, a trip or a check-in, never stacks a
 * session on a day that holds one, and the same inputs give the same options.
 */
class AdjusterPropertiesTest {

    /** A history from {@code seed}, and its today (a day of the ninth week). */
    record History(Plan plan, LocalDate today) {
    }

    static History history(long seed) {
        var r = new Random(seed);
        LocalDate today = Plans.MONDAY.plusWeeks(8).plusDays(r.nextInt(7));
        var sessions = new ArrayList<Session>();
        for (int w = 0; w < 10; w++) {
            LocalDate monday = Plans.MONDAY.plusWeeks(w);
            double scale = 0.85 + r.nextInt(30) / 100.0;
            int longDay = 5 + r.nextInt(2);
            sessions.add(Plans.hike(monday.plusDays(longDay), 4, (int) (150 * scale), r.nextInt(8))
                    .withTitle("Long day").withTerrain(Terrain.TRAIL).withId(new SessionId("long-" + w)));
            sessions.add(Plans.run(monday.plusDays(2), 7, (int) (50 * scale)).withTitle("Intervals")
                    .withIntention(Intention.PEAK).withId(new SessionId("int-" + w)));
            for (int d : new int[] {1, 3, longDay == 5 ? 6 : 4}) {
                if (r.nextInt(5) > 0) {
                    sessions.add(Plans.run(monday.plusDays(d), 3, (int) ((35 + r.nextInt(30)) * scale))
                            .withTitle("Easy").withId(new SessionId("easy-" + w + "-" + d)));
                }
            }
        }
        Plan p = Plans.plan(sessions);
        var logs = new ArrayList<OutingLog>();
        int n = 0;
        for (Session s : p.sessions()) {
            if (s.date().isBefore(today)) {
                logs.add(withId(OutingLog.fromPlan(s, s.targetRpe().orElse(4.0)), "log-" + n++));
            }
        }
        p = p.withLogs(logs);
        switch (r.nextInt(3)) {
            case 0 -> { // one to three missed sessions in the last week
                int misses = 1 + r.nextInt(3);
                var drop = new HashSet<LocalDate>();
                for (int i = 0; i < misses; i++) {
                    drop.add(today.minusDays(2 + r.nextInt(6)));
                }
                p = AdjustFixtures.withoutLogOn(p, drop.toArray(LocalDate[]::new));
            }
            case 1 -> { // a red wellness week
                for (int i = 1; i <= 3 + r.nextInt(5); i++) {
                    p = p.withWellnessEntry(new Wellness(today.minusDays(i), 4, Optional.of(6.0), 3 + r.nextInt(3),
                            4 + r.nextInt(3), 3 + r.nextInt(3), 3, Optional.empty()));
                }
            }
            default -> { // two outings logged much harder than planned
                var days = p.logs().stream().map(OutingLog::date).filter(d -> !d.isBefore(Weeks.monday(today)))
                        .distinct().toList();
                for (LocalDate d : days) {
                    p = AdjustFixtures.ratedOn(p, d, 9);
                }
            }
        }
        if (r.nextInt(3) == 0) {
            p = p.withTrip(new Trip(new TripId("trip"), "Overnight", today.plusDays(1 + r.nextInt(5)), List.of(
                    TripStage.of(Duration.ofHours(4), 12_000, 600, 9), TripStage.of(Duration.ofHours(3), 9_000, 300,
                            9)), Terrain.TRAIL, false, ""));
        }
        return new History(p, today);
    }

    private static OutingLog withId(OutingLog l, String id) {
        return new OutingLog(new LogId(id), l.date(), l.plannedSession(), l.kind(), l.title(), l.duration(),
                l.distanceM(), l.climbM(), l.descentM(), l.packKg(), l.rpe(), l.avgHeartRate(), l.maxHeartRate(),
                l.feelBefore(), l.feelDuring(), l.feelAfter(), l.sorenessLevel(), l.sorenessAreas(), l.sleepHours(),
                l.sleepQuality(), l.motivation(), l.weather(), l.mealsAndHydration(), l.notes(), l.nextDayPlan())
                .withStartTime(l.startTime());
    }

    private static Adjustment adjust(History h) {
        return Adjuster.of(h.plan(), Engine.analyse(h.plan(), h.today()), h.today());
    }

    @Property(tries = 40)
    void everyOfferedOptionAddsNoWarningOrBlockInTheWeeksItTouches(@ForAll long seed) {
        History h = history(seed);
        Adjustment a = adjust(h);
        PlanAnalysis before = Engine.analyse(h.plan(), h.today());
        // not vacuous: most histories get a reason and an option to check (59 % of 2,000 seeds measured); at least
        // a quarter of the 40 tries must, which a rate of 59 % misses by chance about once in 300,000 runs (40 %
        // was missed about once in 200 runs)
        Statistics.collect(a.needed() ? "reason" : "no reason", a.options().isEmpty() ? "none offered" : "offered");
        Statistics.coverage(c -> {
            c.check("reason", "offered").percentage(pct -> pct >= 25);
        });
        for (Option o : a.options()) {
            // judged again from scratch, not with the adjuster's incremental analysis
            PlanAnalysis after = Engine.analyse(o.plan(), h.today());
            for (Adjustment.DayChange c : o.days()) {
                for (int i = 0; i <= 4; i++) {
                    LocalDate m = Weeks.monday(c.date()).plusWeeks(i);
                    Set<String> had = keys(before.findings(m));
                    assertThat(after.findings(m)).filteredOn(f -> f.severity().isAtLeast(Severity.WARN))
                            .as("%s in the week of %s", o.title(), m)
                            .allMatch(f -> had.contains(key(f)));
                }
            }
        }
        for (Option o : a.refused()) {
            assertThat(o.newFindings()).isNotEmpty();
        }
    }

    @Property(tries = 40)
    void optionsNeverTouchThePastLogsTripsOrCheckInsAndNeverStackASession(@ForAll long seed) {
        History h = history(seed);
        Plan p = h.plan();
        Adjustment a = adjust(h);
        if (!a.reasons().isEmpty()) {
            // every reason is answered: an option, a refused one, or a note saying why nothing could be tried
            assertThat(a.options().size() + a.refused().size() + a.notes().size()).isPositive();
        }
        for (Option o : a.options()) {
            Plan q = o.plan();
            assertThat(q.logs()).isEqualTo(p.logs());
            assertThat(q.trips()).isEqualTo(p.trips());
            assertThat(q.wellness()).isEqualTo(p.wellness());
            assertThat(o.days()).isNotEmpty();
            for (Adjustment.DayChange c : o.days()) {
                LocalDate d = c.date();
                assertThat(d).as(o.title()).isAfterOrEqualTo(h.today());
                assertThat(p.logsOn(d)).isEmpty();
                assertThat(p.tripsOn(d)).isEmpty();
                long was = nonRest(p, d);
                long now = nonRest(q, d);
                if (o.kind() == Kind.REPEAT_WEEK) {
                    assertThat(now).isEqualTo(nonRest(p, d.minusDays(7)));
                } else {
                    assertThat(now <= was || was == 0 && now == 1).as("%s stacks on %s", o.title(), d).isTrue();
                }
            }
            for (Session s : p.sessions()) {
                if (s.date().isBefore(h.today()) || !p.logsOn(s.date()).isEmpty()) {
                    assertThat(q.sessions()).contains(s);
                }
            }
        }
    }

    @Property(tries = 20)
    void theSameInputsGiveTheSameOptions(@ForAll long seed) {
        History h = history(seed);
        assertThat(adjust(h)).isEqualTo(adjust(h));
    }

    private static long nonRest(Plan p, LocalDate d) {
        return p.sessionsOn(d).stream().filter(s -> !s.isRest()).count();
    }

    private static Set<String> keys(List<Finding> findings) {
        var out = new HashSet<String>();
        findings.stream().filter(f -> f.severity().isAtLeast(Severity.WARN)).forEach(f -> out.add(key(f)));
        return out;
    }

    private static String key(Finding f) {
        return f.ruleId() + "|" + f.severity() + "|" + f.weekStart();
    }
}
