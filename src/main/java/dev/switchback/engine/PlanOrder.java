package dev.switchback.engine;

import dev.switchback.engine.rules.EpochDays;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The plan with its lists in date order (then by id), so no rule can depend on the order the user
 * entered things in. Sorting is skipped when a list is already in order, the usual case.
 */
final class PlanOrder {
    // written out rather than Comparator.comparing(..).thenComparing(..): every analysis checks the order of
    // every record, and the shared key-extractor lambdas made that check a third of a full analysis
    static final Comparator<Session> SESSIONS = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : a.id().value().compareTo(b.id().value());
    };
    static final Comparator<OutingLog> LOGS = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : a.id().value().compareTo(b.id().value());
    };
    static final Comparator<Trip> TRIPS = (a, b) -> {
        int c = a.start().compareTo(b.start());
        return c != 0 ? c : a.id().value().compareTo(b.id().value());
    };
    static final Comparator<Wellness> WELLNESS = (a, b) -> a.date().compareTo(b.date());

    private PlanOrder() {
    }

    static Plan canonical(Plan plan) {
        return canonical(plan, null);
    }

    /**
     * {@link #canonical(Plan)}, and into {@code days} (when not null) the epoch days of the sessions
     * ({@code days[0]}) and of the logs ({@code days[1]}) of a list that was in order already, read while
     * its order was checked (null for a list that had to be sorted): the daily series then reads no date again.
     */
    static Plan canonical(Plan plan, int[][] days) {
        int[] sessionDays = sessionDaysIfSorted(plan.sessions());
        List<Session> sessions = sessionDays != null ? plan.sessions()
                : plan.sessions().stream().sorted(SESSIONS).toList();
        int[] logDays = logDaysIfSorted(plan.logs());
        List<OutingLog> logs = logDays != null ? plan.logs() : plan.logs().stream().sorted(LOGS).toList();
        if (days != null) {
            days[0] = sessionDays;
            days[1] = logDays;
        }
        List<Trip> trips = sorted(plan.trips(), TRIPS) ? plan.trips() : plan.trips().stream().sorted(TRIPS).toList();
        List<Wellness> wellness = wellnessSorted(plan.wellness()) ? plan.wellness()
                : plan.wellness().stream().sorted(WELLNESS).toList();
        if (sessions == plan.sessions() && logs == plan.logs() && trips == plan.trips() && wellness == plan.wellness()) {
            return plan;
        }
        // one new plan (its constructor checks every id once), not one per list
        return new Plan(plan.name(), plan.athlete(), sessions, trips, logs, wellness, plan.phases(), plan.goals(),
                plan.rules());
    }

    /**
     * {@link #canonical(Plan)} of an edited version of {@code previous} (the plan as given, not ordered),
     * whose canonical form was {@code previousCanonical}: a list that is the same object keeps its order,
     * and a list that was in order before is checked only where it differs from the previous one.
     */
    static Plan canonical(Plan plan, Plan previous, Plan previousCanonical) {
        List<Session> sessions = oneReplaced(plan.sessions(), previous.sessions(), previousCanonical);
        if (sessions == null) {
            sessions = list(plan.sessions(), previous.sessions(), previousCanonical.sessions(), SESSIONS);
        }
        List<OutingLog> logs = list(plan.logs(), previous.logs(), previousCanonical.logs(), LOGS);
        List<Trip> trips = list(plan.trips(), previous.trips(), previousCanonical.trips(), TRIPS);
        List<Wellness> wellness = list(plan.wellness(), previous.wellness(), previousCanonical.wellness(), WELLNESS);
        if (sessions == plan.sessions() && logs == plan.logs() && trips == plan.trips() && wellness == plan.wellness()) {
            return plan;
        }
        // one new plan (its constructor checks every id once), not one per list
        return new Plan(plan.name(), plan.athlete(), sessions, trips, logs, wellness, plan.phases(), plan.goals(),
                plan.rules());
    }

    /**
     * The usual edit, one session replaced by one of the same id (longer, moved, retitled): the ordered sessions of
     * before with it moved to its place, made by the model from the ordered plan ({@link Plan#withSessionReplaced}),
     * so the new plan does not check every id again; the edited list itself when it is still in order. Null for any
     * other edit.
     */
    private static List<Session> oneReplaced(List<Session> now, List<Session> before, Plan previousCanonical) {
        if (now == before || now.size() != before.size()) {
            return null;
        }
        int start = 0;
        int end = now.size();
        while (start < end && now.get(start) == before.get(start)) {
            start++;
        }
        while (end > start && now.get(end - 1) == before.get(end - 1)) {
            end--;
        }
        if (end - start != 1 || !now.get(start).id().equals(before.get(start).id())) {
            return null;
        }
        Session s = now.get(start);
        if (before == previousCanonical.sessions() && (start == 0 || SESSIONS.compare(now.get(start - 1), s) <= 0)
                && (start + 1 == now.size() || SESSIONS.compare(s, now.get(start + 1)) <= 0)) {
            return now; // in order before, and the replacement is in order with its neighbours
        }
        return previousCanonical.withSessionReplaced(before.get(start), s, SESSIONS).sessions();
    }

    private static <T> List<T> list(List<T> now, List<T> before, List<T> beforeOrdered, Comparator<T> order) {
        if (now == before) {
            return beforeOrdered;
        }
        int start = 0;
        int endBefore = before.size();
        int endNow = now.size();
        while (start < endBefore && start < endNow && before.get(start) == now.get(start)) {
            start++;
        }
        while (endBefore > start && endNow > start && before.get(endBefore - 1) == now.get(endNow - 1)) {
            endBefore--;
            endNow--;
        }
        if (before == beforeOrdered) {
            // the common head and tail were in order; check the rest and where it meets them
            if (sorted(now, order, Math.max(1, start), Math.min(now.size(), endNow + 1))) {
                return now;
            }
        } else if (endBefore - start + endNow - start <= 64) {
            // out of order before too (several sessions a day, ids not in order): move the few changed
            // records in the ordered list of before instead of sorting everything again. The order is
            // total (ids are unique), so this is the list a sort would give.
            return moved(beforeOrdered, before.subList(start, endBefore), now.subList(start, endNow), order);
        }
        return now.stream().sorted(order).toList();
    }

    private static <T> List<T> moved(List<T> ordered, List<T> gone, List<T> come, Comparator<T> order) {
        var removed = new java.util.IdentityHashMap<T, Boolean>();
        gone.forEach(t -> removed.put(t, Boolean.TRUE));
        var added = new java.util.ArrayList<T>();
        for (T t : come) {
            if (removed.remove(t) == null) {
                added.add(t);
            }
        }
        var out = new java.util.ArrayList<T>(ordered.size() + added.size());
        for (T t : ordered) {
            if (!removed.containsKey(t)) {
                out.add(t);
            }
        }
        for (T t : added) {
            int lo = 0;
            int hi = out.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (order.compare(out.get(mid), t) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            out.add(lo, t);
        }
        return List.copyOf(out);
    }

    /** Whether each element from {@code from} to {@code to} (exclusive) follows the one before it. */
    private static <T> boolean sorted(List<T> list, Comparator<T> order, int from, int to) {
        for (int i = from; i < to; i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    // The order checks of a full analysis, one per kind of record, written out: through the generic sorted(..)
    // the four comparators share one call site, which the JIT cannot inline (every session, log and check-in).

    /** The epoch day of each session when the list is in {@link #SESSIONS} order, else null. */
    private static int[] sessionDaysIfSorted(List<Session> list) {
        int n = list.size();
        int[] days = new int[n];
        var epochs = new EpochDays();
        for (int i = 0; i < n; i++) {
            Session s = list.get(i);
            int d = (int) epochs.of(s.date());
            days[i] = d;
            // epoch days order as the dates do (a plan's dates lie in 1900-2199: Check.date; they fit an int)
            if (i > 0 && (days[i - 1] > d || days[i - 1] == d
                    && list.get(i - 1).id().value().compareTo(s.id().value()) > 0)) {
                return null;
            }
        }
        return days;
    }

    /** The epoch day of each log when the list is in {@link #LOGS} order, else null. */
    private static int[] logDaysIfSorted(List<OutingLog> list) {
        int n = list.size();
        int[] days = new int[n];
        var epochs = new EpochDays();
        for (int i = 0; i < n; i++) {
            OutingLog l = list.get(i);
            int d = (int) epochs.of(l.date());
            days[i] = d;
            if (i > 0 && (days[i - 1] > d || days[i - 1] == d
                    && list.get(i - 1).id().value().compareTo(l.id().value()) > 0)) {
                return null;
            }
        }
        return days;
    }

    private static boolean wellnessSorted(List<Wellness> list) {
        int n = list.size();
        if (n < 2) {
            return true;
        }
        LocalDate prevDate = list.get(0).date();
        for (int i = 1; i < n; i++) {
            LocalDate d = list.get(i).date();
            if (prevDate.compareTo(d) > 0) {
                return false;
            }
            prevDate = d;
        }
        return true;
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
