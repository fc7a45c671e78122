package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#reanalyse} equals a full analysis of the edited plan, value for value and finding for
 * finding, over generated plans and random sequences of edits, moves, deletes, logs, trips and undos.
 */
class IncrementalAnalysisTest {

    @Property(tries = 120)
    void reanalysisAfterEveryStepOfARandomEditSequenceEqualsAFullAnalysis(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan,
            @ForAll(supplier = PlanGenerators.AnyToday.class) int t, @ForAll long seed) {
        LocalDate today = PlanGenerators.today(t);
        var r = new Random(seed);
        var history = new ArrayList<Plan>();
        history.add(plan);
        Plan current = plan;
        PlanAnalysis analysis = Engine.analyse(current, today);
        for (int step = 0; step < 12; step++) {
            Plan next = edit(current, history, r);
            history.add(next);
            current = next;
            analysis = Engine.reanalyse(analysis, current, today);
            assertSame(analysis, Engine.analyse(current, today), current);
        }
    }

    @Test
    void oneEditOfTheGeneratedTenYearPlanEqualsAFullAnalysis() {
        Plan plan = GeneratedPlans.years(10, 42);
        LocalDate today = GeneratedPlans.today(plan);
        PlanAnalysis before = Engine.analyse(plan, today);
        Session s = plan.sessions().get(plan.sessions().size() / 2);
        Plan edited = plan.withSession(s.withDuration(s.duration().plusMinutes(20)));
        PlanAnalysis again = Engine.reanalyse(before, edited, today);
        assertSame(again, Engine.analyse(edited, today), edited);
        assertThat(again.day(s.date())).isNotEqualTo(before.day(s.date()));
    }

    @Property(tries = 60)
    void theSaveGateFromTheSavedPlansAnalysisEqualsTheFullSaveGate(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan,
            @ForAll(supplier = PlanGenerators.AnyToday.class) int t, @ForAll long seed) {
        LocalDate today = PlanGenerators.today(t);
        var r = new Random(seed);
        Plan edited = plan;
        var history = new ArrayList<Plan>(List.of(plan));
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            edited = edit(edited, history, r);
            history.add(edited);
        }
        assertThat(SaveGate.check(Engine.analyse(plan, today), plan, edited, today))
                .isEqualTo(SaveGate.check(plan, edited, today));
    }

    /** Inside the 28 days that seed the averages, on the plan's first and last day, and past its end. */
    @Test
    void editsAtTheSeedWindowAndThePlansEndsEqualAFullAnalysis() {
        Plan plan = GeneratedPlans.years(1, 7);
        LocalDate today = GeneratedPlans.today(plan);
        PlanAnalysis before = Engine.analyse(plan, today);
        List<Session> sessions = plan.sessions();
        Session first = sessions.get(0);
        Session inSeed = sessions.stream().filter(x -> x.date().isAfter(first.date().plusDays(20))).findFirst()
                .orElseThrow();
        Session afterSeed = sessions.stream().filter(x -> x.date().isAfter(first.date().plusDays(28))).findFirst()
                .orElseThrow();
        Session last = sessions.get(sessions.size() - 1);
        for (Plan edited : List.of(
                plan.withSession(first.withDuration(first.duration().plusMinutes(30))),
                plan.withSession(inSeed.withDuration(inSeed.duration().plusMinutes(30))),
                plan.withSession(afterSeed.withDuration(afterSeed.duration().plusMinutes(30))),
                plan.withSession(last.withDuration(last.duration().plusMinutes(30))),
                plan.withSession(last.withDate(last.date().plusDays(9))),
                plan.withoutSession(first.id()),
                plan.withSession(first.withDate(first.date().minusDays(3))))) {
            assertSame(Engine.reanalyse(before, edited, today), Engine.analyse(edited, today), edited);
        }
    }

    @Test
    void anotherDayOrAnotherAthleteIsAFullAnalysis() {
        Plan plan = PlanGenerators.plan(7);
        LocalDate today = PlanGenerators.today(20);
        PlanAnalysis a = Engine.analyse(plan, today);
        assertSame(Engine.reanalyse(a, plan, today.plusDays(3)), Engine.analyse(plan, today.plusDays(3)), plan);
        Plan heavier = plan.withAthlete(Athlete.of("Heavier", 90));
        assertSame(Engine.reanalyse(a, heavier, today), Engine.analyse(heavier, today), heavier);
    }

    /**
     * {@link Analysis#REACH_AFTER_DAYS} is a true bound: no week's findings change when a session more than
     * that many days after its Sunday is made longer, heavier or harder, or moves later (logs, check-ins and
     * trips unchanged, as the reuse of findings requires).
     */
    @Property(tries = 150)
    void aWeeksFindingsDoNotChangeWhenASessionBeyondTheReachChanges(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan,
            @ForAll(supplier = PlanGenerators.AnyToday.class) int t, @ForAll long seed) {
        assertReach(plan, PlanGenerators.today(t), new Random(seed), 1);
    }

    @Test
    void aWeeksFindingsOfTheTenYearPlanDoNotChangeWhenASessionBeyondTheReachChanges() {
        Plan plan = GeneratedPlans.years(10, 42);
        assertReach(plan, GeneratedPlans.today(plan), new Random(7), 40);
    }

    private static void assertReach(Plan plan, LocalDate today, Random r, int edits) {
        if (plan.sessions().isEmpty()) {
            return;
        }
        var before = (Analysis) Engine.analyse(plan, today);
        for (int e = 0; e < edits; e++) {
            Session s = plan.sessions().get(r.nextInt(plan.sessions().size()));
            if (s.isRest()) {
                continue;
            }
            Session changed = switch (r.nextInt(4)) {
                case 0 -> s.withDuration(s.duration().plusMinutes(30 + r.nextInt(240)));
                case 1 -> s.withPackKg(r.nextInt(250) / 10.0);
                case 2 -> s.withTargetRpe(Optional.of(5.0 + r.nextInt(6)));
                default -> s.withDate(s.date().plusDays(1 + r.nextInt(10)));
            };
            Plan edited = plan.withSession(changed);
            var after = (Analysis) Engine.analyse(edited, today);
            if (!after.days().get(0).date().equals(before.days().get(0).date())) {
                continue;
            }
            LocalDate from = Weeks.monday(s.date()).minusWeeks(8);
            for (LocalDate m = from; !m.plusDays(6 + Analysis.REACH_AFTER_DAYS).isAfter(s.date().minusDays(1));
                    m = m.plusDays(7)) {
                assertThat(after.reported(m)).as("week of %s, %s changed", m, s.date()).isEqualTo(before.reported(m));
            }
        }
    }

    /** The findings of weeks before an edit's reach are kept (the same lists), and only while the logs stay. */
    @Test
    void findingsOfWeeksBeforeAnEditsReachAreKeptUnlessTheLogsChange() {
        Plan plan = GeneratedPlans.years(2, 42);
        LocalDate today = GeneratedPlans.today(plan);
        var a = (Analysis) Engine.analyse(plan, today);
        a.findings(plan.firstDate().orElseThrow(), plan.lastDate().orElseThrow());
        Session s = plan.sessions().stream().filter(x -> x.date().isAfter(today.plusDays(60)) && !x.isRest())
                .findFirst().orElseThrow();
        LocalDate early = Weeks.monday(s.date()).minusWeeks(6);
        while (a.reported(early).isEmpty()) {
            early = early.minusWeeks(1);
        }
        Plan longer = plan.withSession(s.withDuration(s.duration().plusMinutes(20)));
        var b = (Analysis) Engine.reanalyse(a, longer, today);
        assertThat(b.reported(early)).isSameAs(a.reported(early));
        assertSame(b, Engine.analyse(longer, today), longer);

        Plan logged = plan.withLog(GeneratedPlans.withId(OutingLog.fromPlan(s, 6), "reach-log"));
        var c = (Analysis) Engine.reanalyse(a, logged, today);
        assertThat(c.reported(early)).isNotSameAs(a.reported(early)).isEqualTo(a.reported(early));
        assertSame(c, Engine.analyse(logged, today), logged);
    }

    /** The planner's probe: a new session put where the engine's order has it is the same as one appended. */
    @Property(tries = 60)
    void aNewSessionInTheEnginesOrderIsAnalysedAsOneAppended(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan, @ForAll(supplier = PlanGenerators.AnyToday.class) int t,
            @ForAll long seed) {
        if (plan.sessions().isEmpty()) {
            return;
        }
        LocalDate today = PlanGenerators.today(t);
        var r = new Random(seed);
        Plan ordered = Engine.ordered(plan);
        assertThat(ordered.sessions()).containsExactlyInAnyOrderElementsOf(plan.sessions());
        Session s = plan.sessions().get(r.nextInt(plan.sessions().size()));
        Session probe = s.withId(new dev.switchback.model.SessionId("probe-" + r.nextInt(1000)))
                .withDate(s.date().plusDays(r.nextInt(5) - 2));
        Plan inserted = Engine.withNewSession(ordered, probe);
        Plan appended = plan.withSession(probe);
        assertThat(inserted.sessions()).containsExactlyInAnyOrderElementsOf(appended.sessions());
        assertThat(PlanOrder.canonical(inserted)).isSameAs(inserted); // already in order: nothing sorted again
        PlanAnalysis base = Engine.analyse(ordered, today);
        assertSame(Engine.reanalyse(base, inserted, today), Engine.analyse(appended, today), appended);
    }

    static Plan edit(Plan p, List<Plan> history, Random r) {
        List<Session> sessions = p.sessions();
        int op = r.nextInt(9);
        if (op == 0 && history.size() > 1) {
            return history.get(r.nextInt(history.size() - 1));
        }
        if (sessions.isEmpty()) {
            return p;
        }
        Session s = sessions.get(r.nextInt(sessions.size()));
        switch (op) {
            case 1:
                return p.withoutSession(s.id());
            case 2:
                return p.withSession(s.withDate(s.date().plusDays(r.nextInt(7) - 3)));
            case 3:
                if (s.isRest()) {
                    return p;
                }
                var log = GeneratedPlans.withId(OutingLog.fromPlan(s, r.nextInt(11)), "edit-" + r.nextInt(1_000_000));
                return p.logFor(s.id()).isPresent() ? p : p.withLog(log);
            case 4:
                return p.logs().isEmpty() ? p : p.withoutLog(p.logs().get(r.nextInt(p.logs().size())).id());
            case 5:
                if (p.trips().isEmpty()) {
                    return p;
                }
                Trip trip = p.trips().get(0);
                return p.withTrip(trip.withStart(trip.start().plusDays(r.nextInt(5) - 2)));
            case 6:
                return s.isRest() ? p : p.withSession(s.withPackKg(r.nextInt(200) / 10.0)
                        .withTargetRpe(Optional.of((double) r.nextInt(11))));
            default:
                return s.isRest() ? p : p.withSession(s.withDuration(Duration.ofMinutes(10 + r.nextInt(300))));
        }
    }

    static void assertSame(PlanAnalysis incremental, PlanAnalysis full, Plan plan) {
        assertThat(incremental.days()).isEqualTo(full.days());
        if (full.days().isEmpty()) {
            return;
        }
        LocalDate first = full.days().get(0).date();
        LocalDate last = full.days().get(full.days().size() - 1).date();
        for (LocalDate d = first.minusDays(3); !d.isAfter(last.plusDays(10)); d = d.plusDays(1)) {
            assertThat(incremental.metrics(d)).as("metrics of %s", d).isEqualTo(full.metrics(d));
        }
        for (LocalDate w = Weeks.monday(first); !w.isAfter(last); w = w.plusDays(7)) {
            assertThat(incremental.week(w)).as("week of %s", w).isEqualTo(full.week(w));
        }
        assertThat(incremental.findings(first.minusDays(7), last.plusDays(35)))
                .isEqualTo(full.findings(first.minusDays(7), last.plusDays(35)));
    }
}
