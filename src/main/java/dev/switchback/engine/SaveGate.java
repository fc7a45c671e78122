package dev.switchback.engine;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleOverride;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.Weeks;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check that runs when a plan is saved (pure; the store does the writing). Every week that
 * changed against the plan as last saved is checked, plus the {@link #PRECEDING_WEEKS} week before and
 * the {@link #FOLLOWING_WEEKS} weeks after each (with every finding that concerns those weeks, also one
 * reported later whose days reach back into them): the rolling rules look back that far (weekly ramp 2 weeks, recovery week 3, pack-mass jump
 * 4, taper 2 weeks before a goal, and a hard-day or rest-day run is reported in the week it ends).
 * When the athlete, the rule settings, the phases or the goals changed, every week of the plan is
 * checked. CTL-based rules (CTL ramp, form) also react later, but weakly; they are re-checked
 * whenever their own week is checked.
 */
public final class SaveGate {
    public static final int FOLLOWING_WEEKS = 4;
    /**
     * Weeks before a changed week that are checked too: a run of hard days or of days without rest that
     * ends on a Sunday is reported there only if the Monday after does not carry it on, and the day after
     * a trip is reported in the trip's week, so an edit on a Monday can change the week before.
     */
    public static final int PRECEDING_WEEKS = 1;

    private SaveGate() {
    }

    /**
     * @param findings every finding of the checked weeks, to be saved alongside the plan
     * @param blocking the BLOCK findings without a matching {@link RuleOverride}: the save must stop
     *     until the user overrides each with a reason
     * @param weeks the Mondays of the weeks checked
     */
    public record Result(List<Finding> findings, List<Finding> blocking, List<LocalDate> weeks) {
        public Result {
            findings = List.copyOf(findings);
            blocking = List.copyOf(blocking);
            weeks = List.copyOf(weeks);
        }

        public boolean canSave() {
            return blocking.isEmpty();
        }
    }

    public static Result check(Plan saved, Plan toSave, LocalDate today) {
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(toSave, "toSave");
        return check(changedWeeks(saved, toSave), Engine.analyse(toSave, today), toSave);
    }

    /**
     * The same check after an edit, from the analysis of the plan as saved: the analysis of {@code toSave}
     * is {@link Engine#reanalyse} of {@code ofSaved}, so only the edited days are rebuilt and only the
     * checked weeks' findings are computed.
     */
    public static Result check(PlanAnalysis ofSaved, Plan saved, Plan toSave, LocalDate today) {
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(toSave, "toSave");
        return check(changedWeeks(saved, toSave), Engine.reanalyse(ofSaved, toSave, today), toSave);
    }

    /** The same check on an analysis of {@code toSave} the caller already has (the window keeps one). */
    public static Result check(Plan saved, Plan toSave, PlanAnalysis analysisOfToSave) {
        return check(changedWeeks(saved, toSave), analysisOfToSave, toSave);
    }

    private static Result check(Set<LocalDate> changed, PlanAnalysis analysis, Plan toSave) {
        var weeks = new TreeSet<LocalDate>();
        for (LocalDate w : changed) {
            for (int k = -PRECEDING_WEEKS; k <= FOLLOWING_WEEKS; k++) {
                weeks.add(w.plusWeeks(k));
            }
        }
        // a finding about a span concerns several weeks: listed once
        var unique = new java.util.LinkedHashSet<Finding>();
        for (LocalDate w : weeks) {
            unique.addAll(analysis.findings(w));
        }
        List<Finding> findings = PlanCheck.sorted(unique);
        var blocking = findings.stream()
                .filter(f -> f.severity() == Severity.BLOCK && !Overrides.isOverridden(toSave, f))
                .toList();
        return new Result(findings, blocking, List.copyOf(weeks));
    }

    /** Mondays of the weeks whose content differs between the two plans. */
    public static Set<LocalDate> changedWeeks(Plan saved, Plan toSave) {
        var days = new TreeSet<LocalDate>();
        if (!saved.athlete().equals(toSave.athlete()) || !saved.rules().withOverrides(List.of())
                .equals(toSave.rules().withOverrides(List.of())) || !saved.phases().equals(toSave.phases())
                || !saved.goals().equals(toSave.goals())) {
            for (Plan p : List.of(saved, toSave)) {
                if (p.firstDate().isPresent()) {
                    for (LocalDate d = Weeks.monday(p.firstDate().get()); !d.isAfter(p.lastDate().get());
                            d = d.plusDays(7)) {
                        days.add(d);
                    }
                }
            }
        }
        if (saved.sessions() != toSave.sessions()) {
            diff(saved.sessions(), toSave.sessions(), Session::id, s -> List.of(s.date()), days);
        }
        if (saved.trips() != toSave.trips()) {
            diff(saved.trips(), toSave.trips(), Trip::id, t -> List.of(t.start(), t.end()), days);
        }
        if (saved.logs() != toSave.logs()) {
            diff(saved.logs(), toSave.logs(), OutingLog::id, l -> List.of(l.date()), days);
        }
        if (saved.wellness() != toSave.wellness()) {
            diff(saved.wellness(), toSave.wellness(), Wellness::date, w -> List.of(w.date()), days);
        }
        var weeks = new TreeSet<LocalDate>();
        for (LocalDate d : days) {
            weeks.add(Weeks.monday(d));
        }
        // a trip spans days between its start and end: add its middle weeks too
        if (saved.trips() != toSave.trips()) {
            addTripWeeks(saved, toSave, weeks);
        }
        return weeks;
    }

    private static void addTripWeeks(Plan saved, Plan toSave, Set<LocalDate> weeks) {
        Map<TripId, Trip> before = new HashMap<>();
        saved.trips().forEach(t -> before.put(t.id(), t));
        for (Trip t : toSave.trips()) {
            Trip old = before.get(t.id());
            if (old == t || old != null && old.equals(t)) {
                continue;
            }
            for (Trip x : old == null ? List.of(t) : List.of(t, old)) {
                for (LocalDate d = Weeks.monday(x.start()); !d.isAfter(x.end()); d = d.plusDays(7)) {
                    weeks.add(d);
                }
            }
        }
    }

    private static <T, K> void diff(List<T> beforeAll, List<T> afterAll, java.util.function.Function<T, K> key,
            java.util.function.Function<T, List<LocalDate>> dates, Set<LocalDate> out) {
        // An edit replaces one record and keeps the others (the same objects, usually in the same
        // places): the common head and tail are unchanged, and no id of the rest can be in them.
        int start = 0;
        int endBefore = beforeAll.size();
        int endAfter = afterAll.size();
        while (start < endBefore && start < endAfter && beforeAll.get(start) == afterAll.get(start)) {
            start++;
        }
        while (endBefore > start && endAfter > start && beforeAll.get(endBefore - 1) == afterAll.get(endAfter - 1)) {
            endBefore--;
            endAfter--;
        }
        List<T> before = beforeAll.subList(start, endBefore);
        List<T> after = afterAll.subList(start, endAfter);
        Map<K, T> old = new HashMap<>();
        for (T t : before) {
            old.put(key.apply(t), t);
        }
        Set<K> seen = new HashSet<>();
        for (T t : after) {
            K k = key.apply(t);
            seen.add(k);
            T o = old.get(k);
            if (o != t && (o == null || !o.equals(t))) {
                out.addAll(dates.apply(t));
                if (o != null) {
                    out.addAll(dates.apply(o));
                }
            }
        }
        for (T t : before) {
            if (!seen.contains(key.apply(t))) {
                out.addAll(dates.apply(t));
            }
        }
    }

    /** The plan with an override for a blocking finding, recorded with the reason and the day it was given. */
    public static Plan withOverride(Plan plan, Finding finding, String reason, LocalDate today) {
        if (Overrides.isOverridden(plan, finding)) {
            return plan;
        }
        var list = new ArrayList<>(plan.rules().overrides());
        list.add(Overrides.answering(finding, reason, today));
        return plan.withRules(plan.rules().withOverrides(list));
    }

    /** Overrides every blocking finding with one reason. */
    public static Plan withOverrides(Plan plan, List<Finding> blocking, String reason, LocalDate today) {
        Plan p = plan;
        for (Finding f : blocking) {
            p = withOverride(p, f, reason, today);
        }
        return p;
    }

}
