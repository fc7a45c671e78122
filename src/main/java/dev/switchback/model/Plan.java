package dev.switchback.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whole training plan: who, what is planned, what was done and how it felt, the season and the
 * rule choices. Always valid: ids are unique, logs point at sessions that exist, one wellness
 * check-in a day.
 */
public record Plan(
        String name,
        Athlete athlete,
        List<Session> sessions,
        List<Trip> trips,
        List<OutingLog> logs,
        List<Wellness> wellness,
        List<Phase> phases,
        List<GoalEvent> goals,
        RuleSettings rules) {

    public Plan {
        name = Check.nonBlank("name", "Plan name", name, Limits.MAX_TITLE);
        Objects.requireNonNull(athlete, "athlete");
        // a list this package checked before (PlanList) keeps its proof; any other is checked in full, in this order
        PlanList<Session> checkedSessions = PlanList.of(PlanList.Kind.SESSIONS, sessions);
        Object[] sessionItems = checkedSessions != null ? null : PlanList.items("Sessions", sessions);
        trips = Check.list("Trips", trips);
        PlanList<OutingLog> checkedLogs = PlanList.of(PlanList.Kind.LOGS, logs);
        Object[] logItems = checkedLogs != null ? null : PlanList.items("Outing logs", logs);
        PlanList<Wellness> checkedWellness = PlanList.of(PlanList.Kind.WELLNESS, wellness);
        Object[] wellnessItems = checkedWellness != null ? null : PlanList.items("Wellness check-ins", wellness);
        phases = Check.list("Phases", phases);
        goals = Check.list("Goals", goals);
        Objects.requireNonNull(rules, "rules");
        if (checkedSessions == null) {
            checkedSessions = PlanList.checked(PlanList.Kind.SESSIONS, sessionItems, "Session id", Session::id);
        }
        Check.unique("Trip id", trips, Trip::id);
        if (checkedLogs == null) {
            checkedLogs = PlanList.checked(PlanList.Kind.LOGS, logItems, "Log id", OutingLog::id);
        }
        if (checkedWellness == null) {
            checkedWellness = PlanList.checked(PlanList.Kind.WELLNESS, wellnessItems, "Wellness check-in for",
                    Wellness::date);
        }
        if (!checkedLogs.checkedAgainst(checkedSessions)) {
            Set<SessionId> ids = null;
            for (OutingLog log : checkedLogs) {
                if (log.plannedSession().isEmpty()) {
                    continue;
                }
                if (ids == null) {
                    ids = checkedSessions.keySet(Session::id);
                }
                if (!ids.contains(log.plannedSession().get())) {
                    throw new IllegalArgumentException("Outing log of " + log.date()
                            + " refers to a planned session that is not in the plan (" + log.plannedSession().get()
                            + ")");
                }
            }
            checkedLogs.markCheckedAgainst(checkedSessions);
        }
        sessions = checkedSessions;
        logs = checkedLogs;
        wellness = checkedWellness;
        Set<TripId> tripIds = trips.stream().map(Trip::id).collect(Collectors.toSet());
        for (GoalEvent goal : goals) {
            goal.trip().ifPresent(id -> {
                if (!tripIds.contains(id)) {
                    throw new IllegalArgumentException("Goal " + goal.title()
                            + " refers to a trip that is not in the plan (" + id + ")");
                }
            });
        }
    }

    public static Plan empty(String name, Athlete athlete) {
        return new Plan(name, athlete, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                RuleSettings.defaults());
    }

    public List<Session> sessionsOn(LocalDate date) {
        return sessions.stream().filter(s -> s.date().equals(date)).toList();
    }

    public List<OutingLog> logsOn(LocalDate date) {
        return logs.stream().filter(l -> l.date().equals(date)).toList();
    }

    public List<Trip> tripsOn(LocalDate date) {
        return trips.stream().filter(t -> t.covers(date)).toList();
    }

    public Optional<Wellness> wellnessOn(LocalDate date) {
        return wellness.stream().filter(w -> w.date().equals(date)).findFirst();
    }

    public Optional<Phase> phaseOn(LocalDate date) {
        return phases.stream().filter(p -> p.covers(date)).findFirst();
    }

    public Optional<Session> session(SessionId id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Trip> trip(TripId id) {
        return trips.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<OutingLog> logFor(SessionId id) {
        return logs.stream().filter(l -> l.plannedSession().equals(Optional.of(id))).findFirst();
    }

    /** First day anything happens in the plan, if anything does. */
    public Optional<LocalDate> firstDate() {
        return allDates().min(Comparator.naturalOrder());
    }

    /** Last day anything happens in the plan, if anything does. */
    public Optional<LocalDate> lastDate() {
        return allDates().max(Comparator.naturalOrder());
    }

    private Stream<LocalDate> allDates() {
        return Stream.of(
                sessions.stream().map(Session::date),
                trips.stream().flatMap(t -> Stream.of(t.start(), t.end())),
                logs.stream().map(OutingLog::date),
                wellness.stream().map(Wellness::date))
                .flatMap(s -> s);
    }

    public Plan withName(String v) {
        return new Plan(v, athlete, sessions, trips, logs, wellness, phases, goals, rules);
    }

    public Plan withAthlete(Athlete v) {
        return new Plan(name, v, sessions, trips, logs, wellness, phases, goals, rules);
    }

    public Plan withSessions(List<Session> v) {
        return new Plan(name, athlete, v, trips, logs, wellness, phases, goals, rules);
    }

    public Plan withTrips(List<Trip> v) {
        return new Plan(name, athlete, sessions, v, logs, wellness, phases, goals, rules);
    }

    public Plan withLogs(List<OutingLog> v) {
        return new Plan(name, athlete, sessions, trips, v, wellness, phases, goals, rules);
    }

    public Plan withWellness(List<Wellness> v) {
        return new Plan(name, athlete, sessions, trips, logs, v, phases, goals, rules);
    }

    public Plan withPhases(List<Phase> v) {
        return new Plan(name, athlete, sessions, trips, logs, wellness, v, goals, rules);
    }

    public Plan withGoals(List<GoalEvent> v) {
        return new Plan(name, athlete, sessions, trips, logs, wellness, phases, v, rules);
    }

    public Plan withRules(RuleSettings v) {
        return new Plan(name, athlete, sessions, trips, logs, wellness, phases, goals, v);
    }

    /**
     * Adds a session, or replaces the one with the same id. A replacement keeps the plan's ids, so the new plan does
     * not check them again (each version of a 98-year plan checked 86,000).
     */
    public Plan withSession(Session session) {
        int at = indexOf(session.id());
        if (at >= 0) {
            return withSessions(sessionList().replacing(at, session, at, Session::id));
        }
        var list = new ArrayList<Session>(sessions.size() + 1);
        list.addAll(sessions);
        list.add(session);
        return withSessions(list);
    }

    /**
     * The plan with {@code replacement} in place of its session {@code old} (the same object, and the same id),
     * moved to where {@code order} puts it among the other sessions: the first place after every session that {@code
     * order} does not put after it. When the sessions are in that order, {@code old} is found by a binary search and
     * the result is in order too; the plan is valid either way. The ids stay the plan's own and are not checked
     * again.
     *
     * @throws IllegalArgumentException when {@code old} is not one of the plan's sessions or the ids differ
     */
    public Plan withSessionReplaced(Session old, Session replacement, Comparator<? super Session> order) {
        if (!old.id().equals(replacement.id())) {
            throw new IllegalArgumentException("A replacement must keep the session's id: " + replacement.id()
                    + " is not " + old.id());
        }
        int index = find(old, order);
        if (index < 0) {
            throw new IllegalArgumentException("Session " + old.id() + " of " + old.date() + " is not in the plan");
        }
        // binary search among the sessions without the old one (position j is sessions[j < index ? j : j + 1])
        int lo = 0;
        int hi = sessions.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare(sessions.get(mid < index ? mid : mid + 1), replacement) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return withSessions(sessionList().replacing(index, replacement, lo, Session::id));
    }

    /** The index of {@code s} itself: by binary search when the sessions are in {@code order}, else by a scan. */
    private int find(Session s, Comparator<? super Session> order) {
        int lo = 0;
        int hi = sessions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare(sessions.get(mid), s) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sessions.size() && order.compare(sessions.get(i), s) == 0; i++) {
            if (sessions.get(i) == s) {
                return i;
            }
        }
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i) == s) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(SessionId id) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private PlanList<Session> sessionList() {
        return PlanList.of(PlanList.Kind.SESSIONS, sessions); // always one: the constructor made it
    }

    /**
     * The plan with {@code s} in it (added, or replacing the session of its id); a training session put
     * on a day planned as rest takes the rest session's place, in the same edit: a day cannot be both.
     */
    public Plan placing(Session s) {
        Plan with = withSession(s);
        if (s.isRest()) {
            return with;
        }
        for (Session other : sessionsOn(s.date())) {
            if (other.isRest() && !other.id().equals(s.id())) {
                with = with.withoutSession(other.id());
            }
        }
        return with;
    }

    /** Removes a session; a log of it stays, as an unplanned outing. */
    public Plan withoutSession(SessionId id) {
        var keptLogs = logs.stream()
                .map(l -> l.plannedSession().equals(Optional.of(id)) ? l.withPlannedSession(Optional.empty()) : l)
                .toList();
        return new Plan(name, athlete, sessions.stream().filter(s -> !s.id().equals(id)).toList(), trips, keptLogs,
                wellness, phases, goals, rules);
    }

    /** Adds a trip, or replaces the one with the same id. */
    public Plan withTrip(Trip trip) {
        var list = new ArrayList<>(trips.stream().filter(t -> !t.id().equals(trip.id())).toList());
        list.add(trip);
        list.sort(Comparator.comparing(Trip::start));
        return withTrips(list);
    }

    /** Removes a trip; goals that pointed at it keep their date and title. */
    public Plan withoutTrip(TripId id) {
        var keptGoals = goals.stream()
                .map(g -> g.trip().equals(Optional.of(id)) ? new GoalEvent(g.title(), g.date(), Optional.empty()) : g)
                .toList();
        return new Plan(name, athlete, sessions, trips.stream().filter(t -> !t.id().equals(id)).toList(), logs,
                wellness, phases, keptGoals, rules);
    }

    /** Adds a log, or replaces the one with the same id. */
    public Plan withLog(OutingLog log) {
        var list = new ArrayList<>(logs.stream().filter(l -> !l.id().equals(log.id())).toList());
        list.add(log);
        return withLogs(list);
    }

    public Plan withoutLog(LogId id) {
        return withLogs(logs.stream().filter(l -> !l.id().equals(id)).toList());
    }

    /** Sets the check-in of its day, replacing an earlier one. */
    public Plan withWellnessEntry(Wellness entry) {
        var list = new ArrayList<>(wellness.stream().filter(w -> !w.date().equals(entry.date())).toList());
        list.add(entry);
        list.sort(Comparator.comparing(Wellness::date));
        return withWellness(list);
    }
}
