package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The staleness criterion: one Hooper item (sleep, stress, fatigue or soreness) rated above 5 on
 * more than 7 consecutive days. From the day the criterion is met (the 8th day), every hard session
 * planned before the next planned rest day, up to {@code withinDays} after the run ends, is BLOCKed.
 * Without such a session the run is a WARN. Thresholds {@code itemAbove} (strict), {@code days}
 * (strict: more than), {@code withinDays}.
 */
public final class StalenessRule implements Rule {
    public static final String ID = "wellness-staleness";
    static final Source SOURCE = new Source(
            "Hooper & Mackinnon 1995 (ratings > 5 for more than 7 days); Meeusen et al. 2013 consensus",
            Evidence.SECONDARY);

    private record Item(String name, ToIntFunction<Wellness> rating) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("Sleep quality", Wellness::sleepQuality),
            new Item("Stress", Wellness::stress),
            new Item("Fatigue", Wellness::fatigue),
            new Item("Muscle soreness", Wellness::soreness));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Staleness: a wellness item above 5 for more than a week";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        double itemAbove = week.threshold(ID, "itemAbove");
        double moreThanDays = week.threshold(ID, "days");
        int withinDays = (int) week.threshold(ID, "withinDays");
        Plan plan = week.plan();
        var findings = new ArrayList<Finding>();
        for (Item item : ITEMS) {
            List<LocalDate> bad = plan.wellness().stream()
                    .filter(w -> item.rating().applyAsInt(w) > itemAbove)
                    .map(Wellness::date)
                    .toList();
            for (List<LocalDate> run : Signals.runs(bad)) {
                if (run.size() <= moreThanDays) {
                    continue;
                }
                LocalDate met = run.get((int) moreThanDays);
                LocalDate end = run.get(run.size() - 1);
                List<Session> blocked = blockedSessions(plan, met, end.plusDays(withinDays)).stream()
                        .filter(s -> Signals.inWeek(week, s.date()))
                        .toList();
                String streak = item.name() + " was rated above " + Signals.num(itemAbove) + " on " + run.size()
                        + " days in a row (" + Signals.span(run.get(0), end) + ")";
                String why = "Ratings above " + Signals.num(itemAbove) + " for more than a week are the staleness"
                        + " criterion, a sign of non-functional overreaching: hard training on top of it can turn"
                        + " weeks of recovery into months.";
                if (!blocked.isEmpty()) {
                    Session first = blocked.get(0);
                    var dates = new TreeSet<>(run.stream().filter(d -> !d.isAfter(Signals.weekEnd(week))).toList());
                    blocked.forEach(s -> dates.add(s.date()));
                    String sessions = String.join(", ", blocked.stream().map(Signals::describe).toList());
                    String message = streak + ", and " + sessions + (blocked.size() == 1 ? " is a hard session"
                            : " are hard sessions") + " with no rest day planned before "
                            + (blocked.size() == 1 ? "it." : "them.");
                    findings.add(new Finding(ID, Severity.BLOCK, week.weekStart(), List.copyOf(dates), run.size(),
                            moreThanDays, "days in a row", message, why, SOURCE,
                            new Suggestion.ReplaceWithRest(first.id(),
                                    "Replace " + Signals.describe(first) + " with a rest day")));
                } else if (!end.isBefore(week.weekStart()) && !met.isAfter(Signals.weekEnd(week))) {
                    List<LocalDate> visible = Signals.visiblePart(run, week);
                    findings.add(new Finding(ID, Severity.WARN, week.weekStart(), visible, run.size(),
                            moreThanDays, "days in a row", streak + ".", why, SOURCE,
                            new Suggestion.Advice("Plan a rest day before the next hard session and keep the"
                                    + " days until then easy.")));
                }
            }
        }
        return findings;
    }

    /** Hard sessions from {@code met} up to {@code until}, stopping at the first planned rest day. */
    private static List<Session> blockedSessions(Plan plan, LocalDate met, LocalDate until) {
        LocalDate firstRest = plan.sessions().stream()
                .filter(s -> s.kind() == SessionKind.REST && !s.date().isBefore(met))
                .map(Session::date)
                .min(Comparator.naturalOrder())
                .orElse(LocalDate.MAX);
        return plan.sessions().stream()
                .filter(s -> !s.date().isBefore(met) && !s.date().isAfter(until) && s.date().isBefore(firstRest))
                .filter(s -> Signals.isHard(s, plan.athlete()))
                .filter(s -> plan.logFor(s.id()).isEmpty())
                .sorted(Comparator.comparing(Session::date))
                .toList();
    }
}
