package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Tolerance;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;

/**
 * The plan is harder than it looks: logged RPE at least {@code abovePoints} (2) above the planned
 * target RPE of the same session on at least {@code sessions} (2) sessions of the week. Sessions
 * without a target RPE are not compared (an estimate is not the user's plan).
 */
public final class RpeAbovePlanRule implements Rule {
    public static final String ID = "rpe-above-plan";
    static final Threshold ABOVE_POINTS = new Threshold(ID, "abovePoints");
    static final Threshold SESSIONS = new Threshold(ID, "sessions");
    static final Source SOURCE = new Source(
            "Session-RPE, Foster et al. 2001 (the rating carries pack, heat and terrain); 2 points on 2"
                    + " sessions: judgement", Evidence.JUDGEMENT);

    private record Pair(Session planned, OutingLog log, double target) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("abovePoints", 2.0, "sessions", 2.0);
    }

    @Override
    public String title() {
        return "Logged effort above plan";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        PlanIndex index = PlanIndex.of(week);
        long monday = week.weekStart().toEpochDay();
        int first = index.firstLog(monday);
        int end = index.firstLog(monday + 7);
        if (first == end) {
            return List.of(); // nothing logged this week (every week ahead of today): no threshold read
        }
        double abovePoints = week.threshold(ABOVE_POINTS);
        Plan plan = week.plan();
        // By date, the plan's order among equal dates (the order a stable sort by date would leave: none is needed). A
        // log's session is found by its position (PlanIndex.Links), without a search of the week's sessions. The
        // sessions above plan are counted first: most weeks have fewer than asked for, and then no pair is made.
        int count = 0;
        for (int j = first; j < end; j++) {
            if (above(index, j, abovePoints)) {
                count++;
            }
        }
        if (count == 0) {
            return List.of(); // no session above plan: the number of sessions asked for is not read
        }
        int minSessions = (int) week.threshold(SESSIONS);
        if (count < minSessions) {
            return List.of();
        }
        List<OutingLog> logs = index.logList();
        var over = new ArrayList<Pair>(count);
        for (int j = first; j < end; j++) {
            if (above(index, j, abovePoints)) {
                Session planned = index.plannedSessionOfLog(j);
                over.add(new Pair(planned, logs.get(j), planned.targetRpe().get()));
            }
        }
        return List.of(finding(week, plan, over, abovePoints, minSessions));
    }

    /** The log at {@code position} names a session with a target RPE and was logged {@code abovePoints} or more above it. */
    private static boolean above(PlanIndex index, int position, double abovePoints) {
        Session planned = index.plannedSessionOfLog(position);
        if (planned == null || planned.targetRpe().isEmpty()) {
            return false;
        }
        return index.rpe(position) - planned.targetRpe().get() + Tolerance.EPS >= abovePoints;
    }

    private static Finding finding(WeekContext week, Plan plan, List<Pair> over, double abovePoints, int minSessions) {
        // distinct dates in order: over is by date, so a repeated date follows its first (no stream per finding)
        var distinct = new ArrayList<LocalDate>(over.size());
        for (Pair p : over) {
            LocalDate d = p.log().date();
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(d)) {
                distinct.add(d);
            }
        }
        List<LocalDate> dates = List.copyOf(distinct);
        LocalDate after = over.get(over.size() - 1).log().date().plusDays(1);
        return Finding.lazy(ID, Severity.WARN, week.weekStart(), dates, over.size(), minSessions, "sessions",
                SOURCE, () -> "Logged effort was " + SignalWords.num(abovePoints) + " or more points above plan on "
                        + over.size() + " sessions this week: " + String.join(", ", over.stream()
                                .map(p -> SignalWords.day(p.log().date()) + " " + p.planned().displayTitle() + " RPE "
                                        + SignalWords.num(p.log().rpe()) + " for planned "
                                        + SignalWords.num(p.target())).toList()) + ".",
                () -> "The plan is harder than it looks: when sessions feel this much harder than planned, the"
                        + " planned load underestimates what the body is doing, and next week's increase builds on it.",
                () -> HardSessions.nextHardSession(week, after)
                        .<Suggestion>map(s -> {
                            double lower = Math.max(1, HardSessions.plannedRpe(s, plan.athlete()) - 1);
                            return new Suggestion.LowerEffort(s.id(), lower, "Plan " + SignalWords.describe(s)
                                    + " one point easier (RPE " + SignalWords.num(lower)
                                    + ") and hold pack mass this week");
                        })
                        .orElseGet(() -> new Suggestion.Advice("Hold pack mass and distance this week and rate the"
                                + " next sessions' targets one point harder, so the plan shows their real load.")));
    }
}
