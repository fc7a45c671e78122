package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.ByDate;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lookups the wellness rules make for every week. The plan's own lookups ({@link Plan#logFor}, {@link
 * Plan#session}, {@link Plan#wellnessOn}) scan whole lists, which made a 10-year check quadratic. The
 * plan of a {@link WeekContext} is in date order, so a range of sessions or logs is a binary search;
 * sessions by id and check-ins by date come from the context; the indexes of the logs ({@link Logs}) are
 * derived from the plan's list of logs and kept while that list is the same object, also across
 * re-analyses of edited versions. Lists keep the plan's order among equal dates.
 */
final class PlanIndex {
    private final WeekContext week;
    private final Plan plan;

    private PlanIndex(WeekContext week) {
        this.week = week;
        this.plan = week.plan();
    }

    static PlanIndex of(WeekContext week) {
        return new PlanIndex(week);
    }

    /** The indexes of one list of logs. */
    static final class Logs {
        private final Map<SessionId, OutingLog> logBySession = new HashMap<>();
        private final List<OutingLog> packLogsByDate;
        private final Map<BodyArea, List<List<LocalDate>>> soreRuns = new EnumMap<>(BodyArea.class);

        Logs(List<OutingLog> logs) {
            for (OutingLog l : logs) {
                l.plannedSession().ifPresent(id -> logBySession.putIfAbsent(id, l));
            }
            packLogsByDate = logs.stream().filter(l -> l.packKg() > 0).toList();
            var sore = new EnumMap<BodyArea, List<LocalDate>>(BodyArea.class);
            for (BodyArea area : BodyArea.values()) {
                sore.put(area, new ArrayList<>());
            }
            for (OutingLog l : logs) {
                for (BodyArea area : l.sorenessAreas()) {
                    sore.get(area).add(l.date());
                }
            }
            sore.forEach((area, dates) -> soreRuns.put(area, SignalDays.runs(dates)));
        }
    }

    private Logs logs() {
        return week.derived(Logs.class, plan.logs(), Logs::new);
    }

    Optional<Session> session(SessionId id) {
        return week.session(id);
    }

    Optional<OutingLog> logFor(SessionId id) {
        return Optional.ofNullable(logs().logBySession.get(id));
    }

    Optional<Wellness> wellnessOn(LocalDate date) {
        return week.wellnessOn(date);
    }

    /** Sessions dated {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<Session> sessionsBetween(LocalDate from, LocalDate to) {
        return between(plan.sessions(), Session::date, from, to);
    }

    /** Logs dated {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<OutingLog> logsBetween(LocalDate from, LocalDate to) {
        return between(plan.logs(), OutingLog::date, from, to);
    }

    /** Logs with a pack (above 0 kg) dated {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<OutingLog> packLogsBetween(LocalDate from, LocalDate to) {
        return between(logs().packLogsByDate, OutingLog::date, from, to);
    }

    /** Runs of consecutive days with soreness logged in the area, as {@link SignalDays#runs}. */
    List<List<LocalDate>> soreRuns(BodyArea area) {
        return logs().soreRuns.get(area);
    }

    /**
     * The runs of {@link #soreRuns} that share a day with {@code from .. to}, in date order: a binary
     * search for the first run ending on or after {@code from}, instead of every run for every week.
     */
    List<List<LocalDate>> soreRunsTouching(BodyArea area, LocalDate from, LocalDate to) {
        List<List<LocalDate>> runs = soreRuns(area);
        // runs are in date order and never overlap, so their last days are in order too
        int lo = ByDate.firstOnOrAfter(runs, run -> run.get(run.size() - 1), from);
        int end = lo;
        while (end < runs.size() && !runs.get(end).get(0).isAfter(to)) {
            end++;
        }
        return runs.subList(lo, end);
    }

    private static <T> List<T> between(List<T> sorted, Function<T, LocalDate> date, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        return sorted.subList(ByDate.firstOnOrAfter(sorted, date, from), ByDate.firstOnOrAfter(sorted, date, to));
    }

}
