package dev.switchback.export;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.LoadSource;
import dev.switchback.engine.Metric;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.SessionLoad;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Athlete;
import dev.switchback.model.GoalEvent;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Phase;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Units;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A realistic plan with names in several scripts, and a stand-in analysis with fixed numbers. */
final class ExportFixtures {
    static final LocalDate W48 = LocalDate.of(2026, 11, 23);

    private ExportFixtures() {
    }

    static Plan plan() {
        return plan(Units.METRIC);
    }

    static Plan plan(Units units) {
        var athlete = Athlete.of("Zoë Łukasiewicz-Müller", 62).withUnits(units);
        var sessions = new ArrayList<Session>();
        sessions.add(Session.rest(W48).withId(new SessionId("s-rest-mon"))
                .withNextDayPlan("Hills tomorrow: eat well tonight"));
        sessions.add(Session.of(W48.plusDays(1), SessionKind.TRAIL_RUN, "Hill repeats on the Höhenweg",
                        Duration.ofMinutes(75))
                .withId(new SessionId("s-hills")).withDistanceM(12_000).withClimbM(640).withDescentM(640)
                .withTargetRpe(Optional.of(7.0)).withIntention(Intention.PEAK)
                .withNotes("6 × 3 min uphill at threshold, jog down. Poles stay at home; focus on cadence.")
                .withNextDayPlan("Easy 30 min only if the calves feel fine"));
        sessions.add(Session.of(W48.plusDays(2), SessionKind.STRENGTH_MOBILITY, "Core, hips and ankles",
                Duration.ofMinutes(45)).withId(new SessionId("s-strength")));
        sessions.add(Session.of(W48.plusDays(3), SessionKind.RUN_WITH_PACK, "Łódź canal loop with pack",
                        Duration.ofMinutes(90))
                .withId(new SessionId("s-lodz")).withDistanceM(15_000).withClimbM(180).withPackKg(6)
                .withTargetHrZone(Optional.of(2)).withTerrain(Terrain.ROAD)
                .withNotes("Test the new vest, \"Salomon 12\"; carry 1.5 l water, sip every 15 min."));
        sessions.add(Session.of(W48.plusDays(4), SessionKind.ACTIVE_RECOVERY, "Easy spin or walk",
                Duration.ofMinutes(30)).withId(new SessionId("s-recovery")));
        sessions.add(Session.of(W48.plusDays(5), SessionKind.BACKPACKING_DAY, "北岳 approach (広河原 → 白根御池)",
                        Duration.ofHours(6))
                .withId(new SessionId("s-kitadake")).withDistanceM(14_500).withClimbM(1_450).withDescentM(300)
                .withPackKg(12).withTargetRpe(Optional.of(5.0)).withTerrain(Terrain.TECHNICAL)
                .withNotes("Bring 🧃 and the poles. Check hut booking; Ελληνικά and кириллица notes render too.")
                .withNextDayPlan("Rest day, stretch"));
        sessions.add(Session.of(W48.plusDays(6), SessionKind.HIKE, "=SUM(A1:A9) long easy hike", Duration.ofHours(4))
                .withId(new SessionId("s-hike")).withDistanceM(16_000).withClimbM(700).withPackKg(8));
        // Weeks before and after, so the chart and the range have something to show.
        for (int w = -5; w <= 3; w++) {
            if (w == 0) {
                continue;
            }
            LocalDate m = W48.plusWeeks(w);
            sessions.add(Session.of(m.plusDays(1), SessionKind.TRAIL_RUN, "Tempo run week " + (48 + w),
                    Duration.ofMinutes(50 + 5L * (w + 5))).withId(new SessionId("s-tempo-" + (48 + w)))
                    .withDistanceM(9_000 + 500.0 * (w + 5)).withClimbM(250));
            sessions.add(Session.of(m.plusDays(5), SessionKind.HIKE, "Long hike week " + (48 + w),
                    Duration.ofMinutes(180 + 15L * (w + 5))).withId(new SessionId("s-long-" + (48 + w)))
                    .withDistanceM(15_000).withClimbM(900).withPackKg(7));
            sessions.add(Session.rest(m).withId(new SessionId("s-rest-" + (48 + w))));
        }
        var trip = new Trip(new TripId("t-haute-route"), "Haute Route Chamonix–Zermatt", W48.plusWeeks(2).plusDays(4),
                List.of(TripStage.of(Duration.ofHours(7), 19_000, 1_600, 13),
                        TripStage.of(Duration.ofHours(8), 21_000, 1_900, 12.5),
                        TripStage.of(Duration.ofHours(6), 16_000, 1_200, 12)),
                Terrain.TECHNICAL, true, "Hut to hut; bring the glacier kit.");
        var logs = List.of(OutingLog.fromPlan(sessions.get(1), 7.5).withTexts("Hill repeats", "", "Felt strong, \"quads\" burning,\n4/6 done", ""));
        return new Plan("Winter build → Haute Route", athlete, sessions, List.of(trip), logs, List.of(),
                List.of(new Phase(PhaseKind.BASE, W48.minusWeeks(6), W48.minusDays(1)),
                        new Phase(PhaseKind.BUILD, W48, W48.plusWeeks(2).plusDays(3)),
                        new Phase(PhaseKind.PEAK, W48.plusWeeks(2).plusDays(4), W48.plusWeeks(4))),
                List.of(new GoalEvent("Haute Route", trip.start(), Optional.of(trip.id()))),
                dev.switchback.model.RuleSettings.defaults());
    }

    /** An analysis with simple arithmetic: load = minutes x RPE (5 when none is planned). */
    static PlanAnalysis analysis(Plan plan) {
        return new PlanAnalysis() {
            @Override
            public List<DayLoad> days() {
                var list = new ArrayList<DayLoad>();
                for (LocalDate d = plan.firstDate().orElseThrow(); !d.isAfter(plan.lastDate().orElseThrow());
                        d = d.plusDays(1)) {
                    list.add(day(d));
                }
                return list;
            }

            @Override
            public DayLoad day(LocalDate date) {
                var loads = new ArrayList<SessionLoad>();
                double au = 0;
                for (Session s : plan.sessionsOn(date)) {
                    double rpe = s.targetRpe().orElse(4.5);
                    double minutes = s.duration().toMinutes();
                    loads.add(new SessionLoad(date, Optional.of(s.id()), Optional.empty(), Optional.empty(),
                            rpe * minutes, minutes, rpe, s.targetRpe().isPresent() ? LoadSource.PLANNED
                                    : LoadSource.ESTIMATED, "test", Optional.empty()));
                    au += rpe * minutes;
                }
                return new DayLoad(date, loads, au, 0, au, 0, 0, 0, 0, 0, au == 0, false, false);
            }

            @Override
            public DayMetrics metrics(LocalDate date) {
                return new DayMetrics(date, Metric.of(1.1), Metric.of(300), Metric.of(330), Metric.of(-30),
                        Metric.of(-10), Metric.of(1.4), Metric.of(3000));
            }

            @Override
            public double loadedDescentM(LocalDate date) {
                return 0;
            }

            @Override
            public WeekSummary week(LocalDate anyDay) {
                LocalDate m = Weeks.monday(anyDay);
                double au = 0;
                for (int i = 0; i < 7; i++) {
                    au += day(m.plusDays(i)).loadAu();
                }
                Metric acwr = m.isBefore(W48.minusWeeks(3)) ? new Metric.NotEnoughHistory("needs 28 days")
                        : Metric.of(1.18);
                return new WeekSummary(m, au, 0, au, 0, 0, 0, 0, 0, 1, 1, Metric.of(1.21), acwr, Metric.of(1.4),
                        Metric.of(au * 1.4), Metric.of(-12), Metric.of(5.5));
            }

            @Override
            public List<Finding> findings(LocalDate anyDay) {
                LocalDate m = Weeks.monday(anyDay);
                if (!m.equals(W48)) {
                    return List.of();
                }
                return List.of(
                        new Finding("weekly-ramp", Severity.WARN, m, List.of(m.plusDays(5)), 1.21, 1.3, "×",
                                "This week's load is 21 % above last week's, close to the 30 % limit.",
                                "Sharp weekly increases raise overuse risk.",
                                new Source("Nielsen et al. 2014, JOSPT", Evidence.PEER_REVIEWED),
                                new Suggestion.Shorten(new SessionId("s-hike"), Duration.ofHours(3),
                                        "Shorten Sunday's hike to 3 h")),
                        new Finding("acwr", Severity.INFO, m, List.of(m.plusDays(6)), 1.18, 1.5, "",
                                "Acute:chronic ratio 1.18: within the usual range.", "",
                                new Source("Williams et al. 2017", Evidence.PEER_REVIEWED),
                                new Suggestion.Advice("Keep the plan as it is")));
            }

            @Override
            public List<Finding> findings(LocalDate from, LocalDate to) {
                var list = new ArrayList<Finding>();
                for (LocalDate m = Weeks.monday(from); !m.isAfter(to); m = m.plusWeeks(1)) {
                    list.addAll(findings(m));
                }
                return list;
            }
        };
    }
}
