package dev.switchback.engine.rules.wellness;

import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import dev.switchback.engine.rules.WeekContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups the wellness rules make for every week, built once per analysis and owned by it. The
 * plan's own lookups ({@link Plan#logFor}, {@link Plan#session}, {@link Plan#wellnessOn}) scan whole lists, which made a 10-year check quadratic.
 * Every list keeps the plan's order among equal dates (stable sort), so the rules see items in the
 * same order as when they filtered and sorted the plan's lists themselves.
 */
final class PlanIndex {
    private final List<Session> sessionsByDate;
    private final Map<SessionId, Session> sessionById;
    private final Map<SessionId, OutingLog> logBySession;
    private final List<OutingLog> logsByDate;
    private final List<OutingLog> packLogsByDate;
    private final Map<LocalDate, Wellness> wellnessByDate;
    private final Map<BodyArea, List<List<LocalDate>>> soreRuns = new EnumMap<>(BodyArea.class);

    PlanIndex(Plan plan) {
        var sessions = new ArrayList<>(plan.sessions());
        sessions.sort(Comparator.comparing(Session::date));
        sessionsByDate = List.copyOf(sessions);
        sessionById = new HashMap<>();
        for (Session s : plan.sessions()) {
            sessionById.put(s.id(), s);
        }
        logBySession = new HashMap<>();
        for (OutingLog l : plan.logs()) {
            l.plannedSession().ifPresent(id -> logBySession.putIfAbsent(id, l));
        }
        var logs = new ArrayList<>(plan.logs());
        logs.sort(Comparator.comparing(OutingLog::date));
        logsByDate = List.copyOf(logs);
        packLogsByDate = logsByDate.stream().filter(l -> l.packKg() > 0).toList();
        wellnessByDate = new HashMap<>();
        for (Wellness w : plan.wellness()) {
            wellnessByDate.putIfAbsent(w.date(), w);
        }
        for (BodyArea area : BodyArea.values()) {
            soreRuns.put(area, Signals.runs(plan.logs().stream()
                    .filter(l -> l.sorenessAreas().contains(area))
                    .map(OutingLog::date)
                    .distinct()
                    .toList()));
        }
    }

    /** The index of the week's plan, built once per analysis and kept by it ({@link WeekContext#shared}). */
    static PlanIndex of(WeekContext week) {
        return week.shared(PlanIndex.class, PlanIndex::new);
    }

    Optional<Session> session(SessionId id) {
        return Optional.ofNullable(sessionById.get(id));
    }

    Optional<OutingLog> logFor(SessionId id) {
        return Optional.ofNullable(logBySession.get(id));
    }

    Optional<Wellness> wellnessOn(LocalDate date) {
        return Optional.ofNullable(wellnessByDate.get(date));
    }

    /** Sessions dated {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<Session> sessionsBetween(LocalDate from, LocalDate to) {
        return between(sessionsByDate, Session::date, from, to);
    }

    /** Logs dated {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<OutingLog> logsBetween(LocalDate from, LocalDate to) {
        return between(logsByDate, OutingLog::date, from, to);
    }

    /** Logs with a pack (above 0 kg) dated {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<OutingLog> packLogsBetween(LocalDate from, LocalDate to) {
        return between(packLogsByDate, OutingLog::date, from, to);
    }

    /** Runs of consecutive days with soreness logged in the area, as {@link Signals#runs}. */
    List<List<LocalDate>> soreRuns(BodyArea area) {
        return soreRuns.get(area);
    }

    private static <T> List<T> between(List<T> sorted, java.util.function.Function<T, LocalDate> date,
            LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        return sorted.subList(firstOnOrAfter(sorted, date, from), firstOnOrAfter(sorted, date, to));
    }

    private static <T> int firstOnOrAfter(List<T> sorted, java.util.function.Function<T, LocalDate> date,
            LocalDate day) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (date.apply(sorted.get(mid)).isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
