package dev.switchback.engine;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Planned vs done for one week: kilometres (all and running), sessions by compliance and, when
 * the engine has run, planned and done load. Planned kilometres are those of the planned
 * (non-rest) sessions and of the trip days in the week, as the engine's planned load counts both;
 * done kilometres are those of every outing logged in the week, planned or not. The week view's
 * totals row and the month view take their "done of planned" from here.
 */
public record WeekProgress(
        double plannedKm,
        double doneKm,
        double plannedRunningKm,
        double doneRunningKm,
        int planned,
        int done,
        int asPlanned,
        int missed,
        int extra,
        Optional<WeekSummary> load) {

    public static WeekProgress of(Plan plan, LocalDate monday, LocalDate today, Optional<PlanAnalysis> analysis) {
        LocalDate sunday = monday.plusDays(6);
        var sessions = plan.sessions().stream()
                .filter(s -> !s.isRest() && !s.date().isBefore(monday) && !s.date().isAfter(sunday)).toList();
        var logs = plan.logs().stream().filter(l -> !l.date().isBefore(monday) && !l.date().isAfter(sunday)).toList();
        int done = 0;
        int asPlanned = 0;
        int missed = 0;
        for (Session s : sessions) {
            Compliance c = Compliance.of(s, plan.logFor(s.id()), today);
            done += c == Compliance.AS_PLANNED || c == Compliance.PARTLY ? 1 : 0;
            asPlanned += c == Compliance.AS_PLANNED ? 1 : 0;
            missed += c == Compliance.MISSED ? 1 : 0;
        }
        int extra = (int) logs.stream().filter(l -> l.plannedSession().flatMap(plan::session).isEmpty()).count();
        double tripM = 0;
        for (LocalDate d = monday; !d.isAfter(sunday); d = d.plusDays(1)) {
            for (Trip t : plan.tripsOn(d)) {
                tripM += t.stageOn(d).distanceM();
            }
        }
        double plannedKm = (sessions.stream().mapToDouble(Session::distanceM).sum() + tripM) / 1000;
        double plannedRunKm = sessions.stream().filter(s -> s.kind().isRunning()).mapToDouble(Session::distanceM)
                .sum() / 1000;
        double doneKm = logs.stream().mapToDouble(OutingLog::distanceM).sum() / 1000;
        double doneRunKm = logs.stream().filter(l -> l.kind().isRunning()).mapToDouble(OutingLog::distanceM).sum() / 1000;
        return new WeekProgress(plannedKm, doneKm, plannedRunKm, doneRunKm, sessions.size(), done, asPlanned, missed,
                extra, analysis.map(a -> a.week(monday)));
    }

    /** "2 as planned, 1 missed, 1 extra": the missed and extra parts only when there are any. */
    public String sessionDetails() {
        var details = new ArrayList<String>();
        details.add(asPlanned + " as planned");
        if (missed > 0) {
            details.add(missed + " missed");
        }
        if (extra > 0) {
            details.add(extra + " extra");
        }
        return String.join(", ", details);
    }
}
