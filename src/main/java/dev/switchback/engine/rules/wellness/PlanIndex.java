package dev.switchback.engine.rules.wellness;

import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups the wellness rules make for every week, built once per plan. The engine checks the weeks
 * of one plan one after the other, and the plan's own lookups ({@link Plan#logFor}, {@link
 * Plan#session}, {@link Plan#wellnessOn}) scan whole lists, which made a 10-year check quadratic.
 * Every list keeps the plan's order among equal dates (stable sort), so the rules see items in the
 * same order as when they filtered and sorted the plan's lists themselves.
 */
final class PlanIndex {
    /** Immutable pair, so one volatile read gives a consistent plan and index. */
    private record Entry(WeakReference<Plan> plan, PlanIndex index) {
    }

    // One entry: the engine checks one plan at a time. Identity, not equals: a record's equals would
    // compare (and hashCode would hash) thousands of sessions. Weak, so a cached plan can be collected.
    private static volatile Entry last = new Entry(new WeakReference<>(null), null);

    private final List<Session> sessionsByDate;
    private final Map<SessionId, Session> sessionById;
    private final Map<SessionId, OutingLog> logBySession;
    private final List<OutingLog> logsByDate;
    private final List<OutingLog> packLogsByDate;
    private final Map<LocalDate, Wellness> wellnessByDate;
    private final Map<BodyArea, List<List<LocalDate>>> soreRuns = new EnumMap<>(BodyArea.class);

    private PlanIndex(Plan plan) {
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

    static PlanIndex of(Plan plan) {
        Entry e = last;
        if (e.plan().get() == plan) {
            return e.index();
        }
        var index = new PlanIndex(plan);
        last = new Entry(new WeakReference<>(plan), index);
        return index;
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
