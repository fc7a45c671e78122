package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the wellness rules look up for every week, by epoch day: the plan's own lookups ({@link Plan#logFor},
 * {@link Plan#session}) scan whole lists, and a search by {@code LocalDate} per week and session was most of
 * what these rules cost. The plan of a {@link WeekContext} is in date order, so the logs and the logs with a
 * pack of one day are a run of their lists: an array of where each day's run starts gives any range of days in
 * O(1) ({@link #logs}, {@link #packLogs}). Soreness is an array by day of how many days in a row each body area
 * has been sore. The arrays are derived once per list of logs ({@link WeekContext#derived}) and kept while that
 * list is the same object, also across re-analyses of edited versions, so an edit of a session rebuilds none of
 * them; the sessions of a range are one binary search ({@link #sessions}). Ranges keep the plan's order among
 * equal dates.
 */
final class PlanIndex {
    private final WeekContext week;
    private final List<Session> sessions;
    private final Logs logs;

    private PlanIndex(WeekContext week) {
        this.week = week;
        Plan plan = week.plan();
        this.sessions = plan.sessions();
        this.logs = week.derived(Logs.class, plan.logs(), Logs::new);
    }

    static PlanIndex of(WeekContext week) {
        return new PlanIndex(week);
    }

    /** Where each day's run of a date-ordered list starts, for the days from its first to its last date. */
    static final class Days {
        final long firstEpoch;
        final int size;
        // start[i]: the index of the first element dated on or after day firstEpoch + i; start[days] = size
        private final int[] start;

        /** @param epochs the epoch days of a date-ordered list, in its order */
        Days(long[] epochs) {
            this.size = epochs.length;
            if (size == 0) {
                firstEpoch = 0;
                start = new int[] {0};
                return;
            }
            firstEpoch = epochs[0];
            int days = (int) (epochs[size - 1] - firstEpoch + 1);
            start = new int[days + 1];
            int next = 0;
            for (int j = 0; j < size; j++) {
                int day = (int) (epochs[j] - firstEpoch);
                while (next <= day) {
                    start[next++] = j;
                }
            }
            while (next <= days) {
                start[next++] = size;
            }
        }

        /** The number of days from the first date to the last. */
        int days() {
            return start.length - 1;
        }

        /** The index of the first element dated on or after {@code epochDay} ({@link #size} when none is). */
        int at(long epochDay) {
            long i = epochDay - firstEpoch;
            if (i <= 0) {
                return 0;
            }
            return i >= start.length - 1 ? size : start[(int) i];
        }
    }

    /** The logs by day, the logs with a pack by day, the log of each planned session and the runs of soreness. */
    static final class Logs {
        final List<OutingLog> list;
        final Days days;
        final List<OutingLog> packLogs;
        final Days packDays;
        private final Map<SessionId, OutingLog> logBySession;
        // by BodyArea ordinal, by day of `days`: the days in a row up to that day with soreness logged in the
        // area (0 on a day without); null for an area never logged sore
        private final int[][] soreRun = new int[BodyArea.values().length][];
        // by day of `days`: the longest of the areas' runs on that day (null when no log names soreness), so a
        // week without a run long enough is one pass over its days
        private final int[] longestSoreRun;

        Logs(List<OutingLog> logs) {
            this.list = logs;
            int size = logs.size();
            // each log's epoch day, read once per date (a day's logs share it): the day arrays of all logs and of the
            // logs with a pack and the soreness runs are made from them
            long[] epochs = new long[size];
            int packs = 0;
            LocalDate previous = null;
            long epoch = 0;
            for (int j = 0; j < size; j++) {
                OutingLog l = logs.get(j);
                LocalDate d = l.date();
                if (!d.equals(previous)) {
                    previous = d;
                    epoch = d.toEpochDay();
                }
                epochs[j] = epoch;
                if (l.packKg() > 0) {
                    packs++;
                }
            }
            this.days = new Days(epochs);
            this.logBySession = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
            var pack = new OutingLog[packs];
            long[] packEpochs = new long[packs];
            int p = 0;
            for (int j = 0; j < size; j++) {
                OutingLog l = logs.get(j);
                if (l.plannedSession().isPresent()) {
                    logBySession.putIfAbsent(l.plannedSession().get(), l);
                }
                if (l.packKg() > 0) {
                    pack[p] = l;
                    packEpochs[p++] = epochs[j];
                }
                for (BodyArea area : l.sorenessAreas()) {
                    if (soreRun[area.ordinal()] == null) {
                        soreRun[area.ordinal()] = new int[days.days()];
                    }
                    soreRun[area.ordinal()][(int) (epochs[j] - days.firstEpoch)] = 1;
                }
            }
            this.packLogs = List.of(pack);
            this.packDays = new Days(packEpochs);
            int[] longest = null;
            for (int[] run : soreRun) {
                if (run != null) {
                    for (int i = 1; i < run.length; i++) {
                        if (run[i] != 0) {
                            run[i] = run[i - 1] + 1;
                        }
                    }
                    if (longest == null) {
                        longest = new int[run.length];
                    }
                    for (int i = 0; i < run.length; i++) {
                        longest[i] = Math.max(longest[i], run[i]);
                    }
                }
            }
            this.longestSoreRun = longest;
        }
    }

    Optional<Session> session(SessionId id) {
        return week.session(id);
    }

    /**
     * The planned session a log names ({@link #session}), looked for first among the sessions of the log's own
     * day (where a log usually is: a search of the sorted sessions instead of a map of every session by id,
     * which a full check would build for this alone); ids are unique, so the answer is the same.
     */
    Optional<Session> plannedSessionOf(OutingLog log) {
        if (log.plannedSession().isEmpty()) {
            return Optional.empty();
        }
        SessionId id = log.plannedSession().get();
        LocalDate day = log.date();
        for (int i = firstOnOrAfter(sessions, day); i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (!s.date().equals(day)) {
                break;
            }
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return session(id);
    }

    /**
     * {@link #plannedSessionOf(OutingLog)} looked for first among {@code near} (the sessions of the days a rule
     * checks, found by one search for all its logs), null when the log names none or no such session exists; ids
     * are unique, so the answer is the same.
     */
    Session plannedSessionOf(OutingLog log, List<Session> near) {
        if (log.plannedSession().isEmpty()) {
            return null;
        }
        SessionId id = log.plannedSession().get();
        // the ids' hashes first (kept in their strings): a session of the week that is not the one costs no read of
        // its id's characters
        int hash = id.hashCode();
        for (int i = 0, n = near.size(); i < n; i++) {
            SessionId other = near.get(i).id();
            if (other == id || other.hashCode() == hash && other.equals(id)) {
                return near.get(i);
            }
        }
        return plannedSessionOf(log).orElse(null);
    }

    Optional<OutingLog> logFor(SessionId id) {
        return Optional.ofNullable(logs.logBySession.get(id));
    }

    /** True when an outing was logged for the planned session. */
    boolean logged(SessionId id) {
        return logs.logBySession.containsKey(id);
    }

    /**
     * Sessions dated epoch day {@code from} (inclusive) to {@code to} (exclusive), by date: a view, no copy. A
     * binary search for the first, not an array by day: the sessions change with nearly every edit, and an
     * array of where each day's sessions start cost more to build for each version (a pass over every session,
     * 3 ms at 100 years) than the searches of the weeks a re-check reads.
     */
    List<Session> sessions(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        // dates compared as dates: LocalDate.toEpochDay of every probed session cost more than the comparisons
        LocalDate first = LocalDate.ofEpochDay(from);
        LocalDate end = LocalDate.ofEpochDay(to);
        int a = firstOnOrAfter(sessions, first);
        int b = a;
        while (b < sessions.size() && sessions.get(b).date().isBefore(end)) {
            b++;
        }
        return a == b ? List.of() : sessions.subList(a, b);
    }

    private static int firstOnOrAfter(List<Session> sorted, LocalDate date) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).date().isBefore(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Logs dated epoch day {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<OutingLog> logs(long from, long to) {
        return range(logs.list, logs.days, from, to);
    }

    /** Logs with a pack (above 0 kg) dated epoch day {@code from} (inclusive) to {@code to} (exclusive), by date. */
    List<OutingLog> packLogs(long from, long to) {
        return range(logs.packLogs, logs.packDays, from, to);
    }

    /** {@link #sessions(long, long)} by date. */
    List<Session> sessionsBetween(LocalDate from, LocalDate to) {
        return sessions(from.toEpochDay(), to.toEpochDay());
    }

    /** {@link #logs(long, long)} by date. */
    List<OutingLog> logsBetween(LocalDate from, LocalDate to) {
        return logs(from.toEpochDay(), to.toEpochDay());
    }

    /** {@link #packLogs(long, long)} by date. */
    List<OutingLog> packLogsBetween(LocalDate from, LocalDate to) {
        return packLogs(from.toEpochDay(), to.toEpochDay());
    }

    /**
     * How many days in a row, up to and including epoch day {@code day}, an outing logged soreness in the area
     * (any outing of the day naming it counts): 0 when none did that day.
     */
    int soreDaysUpTo(BodyArea area, long day) {
        int[] run = logs.soreRun[area.ordinal()];
        long i = day - logs.days.firstEpoch;
        return run == null || i < 0 || i >= run.length ? 0 : run[(int) i];
    }

    /**
     * The longest run of days in a row with soreness in one area ({@link #soreDaysUpTo}) that reaches epoch day
     * {@code from} to {@code to} (inclusive), counted up to each of those days: 0 when no log of those days names
     * soreness.
     */
    int longestSoreRun(long from, long to) {
        int[] longest = logs.longestSoreRun;
        if (longest == null) {
            return 0;
        }
        long a = Math.max(0, from - logs.days.firstEpoch);
        long b = Math.min(longest.length - 1L, to - logs.days.firstEpoch);
        int most = 0;
        for (long i = a; i <= b; i++) {
            most = Math.max(most, longest[(int) i]);
        }
        return most;
    }

    private static <T> List<T> range(List<T> sorted, Days days, long from, long to) {
        if (from >= to) {
            return List.of();
        }
        int a = days.at(from);
        int b = days.at(to);
        return a == b ? List.of() : sorted.subList(a, b);
    }
}
