package dev.switchback.engine;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.Wellness;
import java.util.Comparator;
import java.util.List;

/**
 * The plan with its lists in date order (then by id), so no rule can depend on the order the user
 * entered things in. Sorting is skipped when a list is already in order, the usual case.
 */
final class PlanOrder {
    static final Comparator<Session> SESSIONS = Comparator.comparing(Session::date).thenComparing(x -> x.id().value());
    static final Comparator<OutingLog> LOGS = Comparator.comparing(OutingLog::date).thenComparing(x -> x.id().value());
    static final Comparator<Trip> TRIPS = Comparator.comparing(Trip::start).thenComparing(x -> x.id().value());
    static final Comparator<Wellness> WELLNESS = Comparator.comparing(Wellness::date);

    private PlanOrder() {
    }

    static Plan canonical(Plan plan) {
        Plan p = plan;
        if (!sorted(p.sessions(), SESSIONS)) {
            p = p.withSessions(p.sessions().stream().sorted(SESSIONS).toList());
        }
        if (!sorted(p.logs(), LOGS)) {
            p = p.withLogs(p.logs().stream().sorted(LOGS).toList());
        }
        if (!sorted(p.trips(), TRIPS)) {
            p = p.withTrips(p.trips().stream().sorted(TRIPS).toList());
        }
        if (!sorted(p.wellness(), WELLNESS)) {
            p = p.withWellness(p.wellness().stream().sorted(WELLNESS).toList());
        }
        return p;
    }

    private static <T> boolean sorted(List<T> list, Comparator<T> order) {
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
