package dev.switchback.ui.log;

import dev.switchback.engine.Compliance;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Planned vs done for one week: kilometres, sessions by compliance and, when the engine has run,
 * planned and done load.
 */
public record WeekLogSummary(
        double plannedKm,
        double doneKm,
        int planned,
        int done,
        int asPlanned,
        int missed,
        int extra,
        Optional<WeekSummary> load) {

    public static WeekLogSummary of(Plan plan, LocalDate monday, LocalDate today, Optional<PlanAnalysis> analysis) {
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
        double plannedKm = sessions.stream().mapToDouble(Session::distanceM).sum() / 1000;
        double doneKm = logs.stream().mapToDouble(OutingLog::distanceM).sum() / 1000;
        return new WeekLogSummary(plannedKm, doneKm, sessions.size(), done, asPlanned, missed, extra,
                analysis.map(a -> a.week(monday)));
    }

    /** "Done 32 of 41 km · 3 of 5 sessions (2 as planned, 1 missed, 1 extra) · load 980 of 1450 AU" */
    public String text() {
        var parts = new ArrayList<String>();
        parts.add("Done " + Numbers.plain(Math.round(doneKm * 10) / 10.0) + " of "
                + Numbers.plain(Math.round(plannedKm * 10) / 10.0) + " km");
        var details = new ArrayList<String>();
        details.add(asPlanned + " as planned");
        if (missed > 0) {
            details.add(missed + " missed");
        }
        if (extra > 0) {
            details.add(extra + " extra");
        }
        parts.add(done + " of " + planned + " sessions (" + String.join(", ", details) + ")");
        load.ifPresent(w -> parts.add("load " + Math.round(w.doneAu()) + " of " + Math.round(w.plannedAu()) + " AU"));
        return String.join(" · ", parts);
    }
}
