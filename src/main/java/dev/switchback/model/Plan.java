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
        sessions = Check.list("Sessions", sessions);
        trips = Check.list("Trips", trips);
        logs = Check.list("Outing logs", logs);
        wellness = Check.list("Wellness check-ins", wellness);
        phases = Check.list("Phases", phases);
        goals = Check.list("Goals", goals);
        Objects.requireNonNull(rules, "rules");
        Check.unique("Session id", sessions, Session::id);
        Check.unique("Trip id", trips, Trip::id);
        Check.unique("Log id", logs, OutingLog::id);
        Check.unique("Wellness check-in for", wellness, Wellness::date);
        Set<SessionId> ids = sessions.stream().map(Session::id).collect(Collectors.toSet());
        for (OutingLog log : logs) {
            log.plannedSession().ifPresent(id -> {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("Outing log of " + log.date()
                            + " refers to a planned session that is not in the plan (" + id + ")");
                }
            });
        }
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

    /** Adds a session, or replaces the one with the same id. */
    public Plan withSession(Session session) {
        var list = new ArrayList<Session>(sessions.size() + 1);
        boolean replaced = false;
        for (Session s : sessions) {
            if (s.id().equals(session.id())) {
                list.add(session);
                replaced = true;
            } else {
                list.add(s);
            }
        }
        if (!replaced) {
            list.add(session);
        }
        return withSessions(list);
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
