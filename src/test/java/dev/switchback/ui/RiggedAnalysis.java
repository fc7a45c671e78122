package dev.switchback.ui;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The real engine's analysis, except that findings are rigged: a session titled "BLOCK …" gives a
 * blocking finding (fixed by replacing it with rest) and one titled "WARN …" a warning, in its week. Lets UI tests drive the save
 * gate without depending on rule thresholds.
 */
public final class RiggedAnalysis implements PlanAnalysis {
    private final PlanAnalysis real;
    private final Plan plan;

    private RiggedAnalysis(Plan plan) {
        this.plan = plan;
        this.real = Engine.analyse(plan, DemoPlans.TODAY);
    }

    public static Function<Plan, PlanAnalysis> analyser() {
        return RiggedAnalysis::new;
    }

    @Override
    public List<DayLoad> days() {
        return real.days();
    }

    @Override
    public DayLoad day(LocalDate date) {
        return real.day(date);
    }

    @Override
    public DayMetrics metrics(LocalDate date) {
        return real.metrics(date);
    }

    @Override
    public double loadedDescentM(LocalDate date) {
        return real.loadedDescentM(date);
    }

    @Override
    public WeekSummary week(LocalDate anyDay) {
        return real.week(anyDay);
    }

    @Override
    public List<Finding> findings(LocalDate anyDay) {
        LocalDate monday = Weeks.monday(anyDay);
        return findings(monday, monday.plusDays(6));
    }

    @Override
    public List<Finding> findings(LocalDate from, LocalDate to) {
        return plan.sessions().stream()
                .filter(s -> !s.date().isBefore(Weeks.monday(from)) && !s.date().isAfter(to))
                .filter(s -> s.title().startsWith("BLOCK") || s.title().startsWith("WARN"))
                .map(RiggedAnalysis::finding)
                .sorted(java.util.Comparator.comparing(Finding::severity))
                .toList();
    }

    private static Finding finding(Session s) {
        boolean block = s.title().startsWith("BLOCK");
        return new Finding(block ? "test-block" : "test-warn", block ? Severity.BLOCK : Severity.WARN,
                Weeks.monday(s.date()), List.of(s.date()), 1, 0, "", s.title() + " on " + s.date(),
                "because the test says so", new Source("test", Evidence.JUDGEMENT),
                block ? new Suggestion.ReplaceWithRest(s.id(), "Replace " + s.title() + " with rest")
                        : new Suggestion.Advice("rename the session"));
    }
}
