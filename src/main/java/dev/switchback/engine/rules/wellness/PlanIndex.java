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
    private final Plan plan;
    private final List<Session> sessionsByDate;
    private final List<OutingLog> logsByDate;
    // built on first use: a week's check of a re-analysed plan often needs only some of them
    private Map<SessionId, Session> sessionById;
    private Map<SessionId, OutingLog> logBySession;
    private List<OutingLog> packLogsByDate;
    private Map<LocalDate, Wellness> wellnessByDate;
    private Map<BodyArea, List<List<LocalDate>>> soreRuns;

    PlanIndex(Plan plan) {
        this.plan = plan;
        sessionsByDate = byDate(plan.sessions(), Session::date);
        logsByDate = byDate(plan.logs(), OutingLog::date);
    }

    /** The list sorted by date, stably; the analysis's plan is in date order already, so usually itself. */
    private static <T> List<T> byDate(List<T> list, java.util.function.Function<T, LocalDate> date) {
        for (int i = 1; i < list.size(); i++) {
            if (date.apply(list.get(i - 1)).isAfter(date.apply(list.get(i)))) {
                var sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparing(date));
                return List.copyOf(sorted);
            }
        }
        return list;
    }

    private synchronized Map<SessionId, Session> sessionById() {
        if (sessionById == null) {
            sessionById = new HashMap<>();
            for (Session s : plan.sessions()) {
                sessionById.put(s.id(), s);
            }
        }
        return sessionById;
    }

    private synchronized Map<SessionId, OutingLog> logBySession() {
        if (logBySession == null) {
            logBySession = new HashMap<>();
            for (OutingLog l : plan.logs()) {
                l.plannedSession().ifPresent(id -> logBySession.putIfAbsent(id, l));
            }
        }
        return logBySession;
    }

    private synchronized List<OutingLog> packLogsByDate() {
        if (packLogsByDate == null) {
            packLogsByDate = logsByDate.stream().filter(l -> l.packKg() > 0).toList();
        }
        return packLogsByDate;
    }

    private synchronized Map<LocalDate, Wellness> wellnessByDate() {
        if (wellnessByDate == null) {
            wellnessByDate = new HashMap<>();
            for (Wellness w : plan.wellness()) {
                wellnessByDate.putIfAbsent(w.date(), w);
            }
        }
        return wellnessByDate;
    }

    private synchronized Map<BodyArea, List<List<LocalDate>>> soreRuns() {
        if (soreRuns == null) {
            soreRuns = new EnumMap<>(BodyArea.class);
            for (BodyArea area : BodyArea.values()) {
                soreRuns.put(area, Signals.runs(plan.logs().stream()
                        .filter(l -> l.sorenessAreas().contains(area))
                        .map(OutingLog::date)
                        .distinct()
                        .toList()));
            }
        }
        return soreRuns;
    }

    /** The index of the week's plan, built once per analysis and kept by it ({@link WeekContext#shared}). */
    static PlanIndex of(WeekContext week) {
        return week.shared(PlanIndex.class, PlanIndex::new);
    }

    Optional<Session> session(SessionId id) {
        return Optional.ofNullable(sessionById().get(id));
    }

    Optional<OutingLog> logFor(SessionId id) {
        return Optional.ofNullable(logBySession().get(id));
    }

    Optional<Wellness> wellnessOn(LocalDate date) {
        return Optional.ofNullable(wellnessByDate().get(date));
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
        return between(packLogsByDate(), OutingLog::date, from, to);
    }

    /** Runs of consecutive days with soreness logged in the area, as {@link Signals#runs}. */
    List<List<LocalDate>> soreRuns(BodyArea area) {
        return soreRuns().get(area);
    }

    /**
     * The runs of {@link #soreRuns} that share a day with {@code from .. to}, in date order: a binary
     * search for the first run ending on or after {@code from}, instead of every run for every week.
     */
    List<List<LocalDate>> soreRunsTouching(BodyArea area, LocalDate from, LocalDate to) {
        List<List<LocalDate>> runs = soreRuns().get(area);
        int lo = 0;
        int hi = runs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            List<LocalDate> run = runs.get(mid);
            if (run.get(run.size() - 1).isBefore(from)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < runs.size() && !runs.get(end).get(0).isAfter(to)) {
            end++;
        }
        return runs.subList(lo, end);
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
