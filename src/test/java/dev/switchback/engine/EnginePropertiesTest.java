package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.CtlRamp;
import dev.switchback.engine.rules.HeavyCarrySpacing;
import dev.switchback.engine.rules.PackAndDistanceRaised;
import dev.switchback.engine.rules.PackMass;
import dev.switchback.engine.rules.PackMassJump;
import dev.switchback.engine.rules.WeeklyRamp;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class EnginePropertiesTest {
    /** Rules whose finding means "this week carries too much": a rest day in the week can only ease them. */
    static final Set<String> LOAD_INCREASE = Set.of(WeeklyRamp.ID, CtlRamp.ID, PackMass.ID, PackMassJump.ID,
            HeavyCarrySpacing.ID, PackAndDistanceRaised.ID);

    private static List<Finding> all(Plan plan, LocalDate today) {
        PlanAnalysis a = Engine.analyse(plan, today);
        if (a.days().isEmpty()) {
            return List.of();
        }
        return a.findings(a.days().get(0).date(), a.days().get(a.days().size() - 1).date());
    }

    @Property(tries = 150)
    void metricsAreNeverNanOrInfiniteAndLoadsNeverNegative(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan, @ForAll(supplier = PlanGenerators.AnyToday.class) int t) {
        PlanAnalysis a = Engine.analyse(plan, PlanGenerators.today(t));
        for (DayLoad d : a.days()) {
            for (double v : new double[] {d.plannedAu(), d.doneAu(), d.loadAu(), d.runningKm(), d.climbM(),
                    d.heaviestPackKg(), d.packKgKm(), d.longestMinutes()}) {
                assertThat(v).isFinite().isGreaterThanOrEqualTo(0);
            }
            d.loads().forEach(l -> assertThat(l.au()).isFinite().isGreaterThanOrEqualTo(0));
            DayMetrics m = a.metrics(d.date().plusDays(3));
            for (Metric x : List.of(m.acwr(), m.ctl(), m.atl(), m.tsb(), m.formPct(), m.monotony(), m.strain())) {
                x.asOptional().ifPresent(v -> assertThat(v).isFinite());
            }
            WeekSummary w = a.week(d.date());
            for (Metric x : List.of(w.changeVsPrevious(), w.acwr(), w.monotony(), w.strain(), w.formPct(),
                    w.ctlRampPct())) {
                x.asOptional().ifPresent(v -> assertThat(v).isFinite());
            }
        }
        for (Finding f : all(plan, PlanGenerators.today(t))) {
            f.measurement().ifPresent(m -> assertThat(m).isFinite());
            assertThat(f.threshold()).isFinite();
            assertThat(f.message()).isNotBlank();
            assertThat(f.suggestion().text()).isNotBlank();
        }
    }

    @Property(tries = 150)
    void replacingASessionByRestNeverRaisesALoadIncreaseFindingInItsWeek(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan,
            @ForAll long pick) {
        List<Session> candidates = PlanGenerators.changeable(plan);
        if (candidates.isEmpty()) {
            return;
        }
        Session s = candidates.get((int) Math.floorMod(pick, candidates.size()));
        Plan rested = plan.withSession(Fixes.rest(s));
        LocalDate week = Weeks.monday(s.date());
        List<Finding> before = Engine.analyse(plan, Plans.LONG_AGO).findings(week);
        List<Finding> after = Engine.analyse(rested, Plans.LONG_AGO).findings(week);
        for (String rule : LOAD_INCREASE) {
            Severity worstBefore = worst(before, rule);
            Severity worstAfter = worst(after, rule);
            if (worstAfter != null) {
                assertThat(worstBefore).as(rule + " appeared after a rest").isNotNull();
                assertThat(worstAfter.compareTo(worstBefore)).as(rule + " got more severe").isGreaterThanOrEqualTo(0);
            }
        }
    }

    private static Severity worst(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::severity).min(Enum::compareTo)
                .orElse(null);
    }

    /**
     * The load, recovery, pack and trip rules: their suggestion changes the session that caused the
     * finding. (The wellness rules suggest easing the days after the evidence, which cannot undo it.)
     */
    static final Set<String> CORE = Set.copyOf(dev.switchback.engine.rules.RuleBook.standard().rules().stream()
            .map(dev.switchback.engine.rules.Rule::id)
            .filter(id -> dev.switchback.engine.rules.wellness.WellnessRules.all().stream()
                    .noneMatch(w -> w.id().equals(id)))
            .toList());

    @Property(tries = 100)
    void applyingAMechanicalSuggestionRemovesOrEasesThatFinding(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan, @ForAll long pick) {
        List<Finding> mechanical = all(plan, Plans.LONG_AGO).stream().filter(f -> f.suggestion().isMechanical())
                .filter(f -> CORE.contains(f.ruleId())).toList();
        if (mechanical.isEmpty()) {
            return;
        }
        Finding f = mechanical.get((int) Math.floorMod(pick, mechanical.size()));
        Plan fixed = Fixes.apply(plan, f.suggestion());
        assertThat(fixed).isNotEqualTo(plan);
        List<Finding> same = Engine.analyse(fixed, Plans.LONG_AGO).findings(f.weekStart()).stream()
                .filter(x -> x.ruleId().equals(f.ruleId()) && x.severity() == f.severity()
                        && x.dates().equals(f.dates()))
                .toList();
        for (Finding x : same) {
            if (!sessionOf(x.suggestion()).equals(sessionOf(f.suggestion()))) {
                // the same days hold another session with the same trouble (two equal sessions on one day):
                // that is a finding about the other session, fixed by its own suggestion
                continue;
            }
            // the same rule on the same days at the same level: the number must have moved the right way
            if (f.threshold() < 0) {
                assertThat(x.measured()).as(f.toString()).isGreaterThan(f.measured());
            } else {
                assertThat(x.measured()).as(f.toString()).isLessThan(f.measured());
            }
        }
    }

    /** The session a suggestion changes, if it changes one. */
    static Optional<SessionId> sessionOf(Suggestion s) {
        if (s instanceof Suggestion.MoveSession m) {
            return Optional.of(m.session());
        } else if (s instanceof Suggestion.CapPack c) {
            return Optional.of(c.session());
        } else if (s instanceof Suggestion.ReplaceWithRest r) {
            return Optional.of(r.session());
        } else if (s instanceof Suggestion.Shorten sh) {
            return Optional.of(sh.session());
        } else if (s instanceof Suggestion.LowerEffort l) {
            return Optional.of(l.session());
        } else if (s instanceof Suggestion.RemoveSession r) {
            return Optional.of(r.session());
        } else if (s instanceof Suggestion.UseEstimatedEffort u) {
            return Optional.of(u.session());
        }
        return Optional.empty();
    }

    @Property(tries = 100)
    void theOrderOfSessionsLogsAndTripsDoesNotChangeTheFindings(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan, @ForAll long seed,
            @ForAll(supplier = PlanGenerators.AnyToday.class) int t) {
        var sessions = new ArrayList<>(plan.sessions());
        var logs = new ArrayList<>(plan.logs());
        Collections.shuffle(sessions, new Random(seed));
        Collections.shuffle(logs, new Random(seed + 1));
        Plan shuffled = plan.withSessions(sessions).withLogs(logs);
        LocalDate today = PlanGenerators.today(t);
        assertThat(all(shuffled, today)).isEqualTo(all(plan, today));
    }

    @Property(tries = 50)
    void theSameAnalysisTwiceGivesTheSameFindings(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan) {
        assertThat(all(plan, Plans.LONG_AGO)).isEqualTo(all(plan, Plans.LONG_AGO));
    }
}
