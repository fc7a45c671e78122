package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the wellness rules look up for every week, by epoch day: the plan's own lookups ({@link Plan#logFor},
 * {@link Plan#session}) scan whole lists, and a search by {@code LocalDate} per week and session was most of
 * what these rules cost. The plan of a {@link WeekContext} is in date order, so the logs and the logs with a
 * pack of one day are a run of their lists: an array of where each day's run starts gives any range of days in
 * O(1) ({@link #logs}, {@link #packLogs}). Soreness is an array by day of how many days in a row each body area
 * has been sore. The arrays are derived once per list of logs ({@link WeekContext#derived}) and kept while that
 * list is the same object, also across re-analyses of edited versions, so an edit of a session rebuilds none of
 * them. The sessions are found by position: the epoch day of each ({@link Sessions}, derived once per list of
 * sessions) makes the sessions of a range one binary search over an {@code int[]}, and the links between logs
 * and sessions ({@link Links}: the log of each session, the session of each log) are arrays by position, so a
 * rule reads neither a session's date nor its id. Ranges keep the plan's order among equal dates.
 */
final class PlanIndex {
    private final WeekContext week;
    private final Logs logs;
    // looked up when first read: a rule that reads only logs (persistent-soreness) never needs it
    private Sessions sessions;

    private PlanIndex(WeekContext week) {
        this.week = week;
        this.logs = week.derived(Logs.class, week.plan().logs(), Logs::new);
    }

    private Sessions sessions() {
        Sessions s = sessions;
        if (s == null) {
            s = week.derived(Sessions.class, week.plan().sessions(), Sessions::new);
            sessions = s;
        }
        return s;
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

    /** The logs by day, the logs with a pack by day and the runs of soreness. */
    static final class Logs {
        final List<OutingLog> list;
        // the epoch day of each log, by position
        private final long[] epochs;
        final Days days;
        final List<OutingLog> packLogs;
        final Days packDays;
        // by position in packLogs: the position of the log in list
        private final int[] packPositions;
        // by position in list: the RPE, the areas logged sore (bit 1 << BodyArea.ordinal) and the soreness level
        // (NaN when not rated), so a rule judges a log without reading it
        private final double[] rpe;
        private final int[] soreAreas;
        private final double[] soreLevel;
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
            this.rpe = new double[size];
            this.soreAreas = new int[size];
            this.soreLevel = new double[size];
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
            this.epochs = epochs;
            this.days = new Days(epochs);
            var pack = new OutingLog[packs];
            int[] longest = null;
            long[] packEpochs = new long[packs];
            this.packPositions = new int[packs];
            int p = 0;
            for (int j = 0; j < size; j++) {
                OutingLog l = logs.get(j);
                if (l.packKg() > 0) {
                    pack[p] = l;
                    packPositions[p] = j;
                    packEpochs[p++] = epochs[j];
                }
                rpe[j] = l.rpe();
                soreLevel[j] = l.sorenessLevel().isPresent() ? l.sorenessLevel().get() : Double.NaN;
                int i = (int) (epochs[j] - days.firstEpoch);
                int mask = 0;
                for (BodyArea area : l.sorenessAreas()) {
                    mask |= 1 << area.ordinal();
                    int[] run = soreRun[area.ordinal()];
                    if (run == null) {
                        run = new int[days.days()];
                        soreRun[area.ordinal()] = run;
                        if (longest == null) {
                            longest = new int[days.days()];
                        }
                    }
                    // logs by date: the run up to the day before is complete when its first log naming the area
                    // comes (a second log of the day naming it changes nothing)
                    if (run[i] == 0) {
                        run[i] = (i > 0 ? run[i - 1] : 0) + 1;
                        longest[i] = Math.max(longest[i], run[i]);
                    }
                }
                soreAreas[j] = mask;
            }
            this.packLogs = List.of(pack);
            this.packDays = new Days(packEpochs);
            this.longestSoreRun = longest;
        }

        /** The epoch day of the log at {@code position}. */
        long epochOf(int position) {
            return epochs[position];
        }
    }

    /**
     * The epoch day of each session of a date-ordered list, by position; built once per list of sessions (a pass
     * over the sessions reading each date's epoch day once: a day's sessions share it).
     */
    static final class Sessions {
        final List<Session> list;
        // day[p]: the epoch day of session p (an int: the model's dates are years 1-9999), never decreasing
        private final int[] day;
        // rest[p]: session p is a Rest card
        private final boolean[] rest;
        // the links to the logs of the last list of logs asked for (a plan's next version mostly keeps its logs)
        private volatile Links links;

        Sessions(List<Session> sessions) {
            this.list = sessions;
            this.day = new int[sessions.size()];
            this.rest = new boolean[day.length];
            LocalDate previous = null;
            int epoch = 0;
            for (int p = 0; p < day.length; p++) {
                Session s = sessions.get(p);
                rest[p] = s.isRest();
                LocalDate d = s.date();
                if (!d.equals(previous)) {
                    previous = d;
                    epoch = (int) d.toEpochDay();
                }
                day[p] = epoch;
            }
        }

        /** The position of the first session dated on or after {@code epochDay} ({@code size} when none is). */
        int firstOnOrAfter(long epochDay) {
            if (epochDay > Integer.MAX_VALUE) {
                return day.length;
            }
            int key = (int) Math.max(Integer.MIN_VALUE, epochDay);
            int lo = 0;
            int hi = day.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (day[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The position of {@code s} in the list (the same session: the same object or id), -1 when it is not there. */
        int positionOf(Session s) {
            long d = s.date().toEpochDay();
            for (int p = firstOnOrAfter(d); p < day.length && day[p] == d; p++) {
                if (list.get(p) == s || list.get(p).id().equals(s.id())) {
                    return p;
                }
            }
            return -1;
        }

        Links links(Logs logs, WeekContext week) {
            Links l = links;
            if (l == null || l.logs != logs) {
                l = new Links(this, logs, week);
                links = l;
            }
            return l;
        }
    }

    /**
     * Which session each log names and which log (the first, as {@link Plan#logFor}) names each session, by
     * position in the two lists: one walk of both in date order (a log is usually dated on its session's day),
     * the session of a log dated elsewhere looked up by id ({@link WeekContext#session}). Ids are unique, so a
     * session is the one its log names wherever it was found.
     */
    static final class Links {
        final Logs logs;
        // by log position: the position of the session it names, -1 when it names none or no such session exists
        private final int[] sessionOf;
        // by session position: the position of the first log naming it, -1 when none does
        private final int[] logOf;

        Links(Sessions sessions, Logs logs, WeekContext week) {
            this.logs = logs;
            List<OutingLog> list = logs.list;
            List<Session> all = sessions.list;
            int[] day = sessions.day;
            this.sessionOf = new int[list.size()];
            this.logOf = new int[all.size()];
            Arrays.fill(logOf, -1);
            int p = 0; // the first session on or after the current log's day: logs and sessions are both by date
            for (int j = 0; j < sessionOf.length; j++) {
                OutingLog l = list.get(j);
                sessionOf[j] = -1;
                if (l.plannedSession().isEmpty()) {
                    continue;
                }
                SessionId id = l.plannedSession().get();
                long d = logs.epochOf(j);
                while (p < day.length && day[p] < d) {
                    p++;
                }
                int found = -1;
                // the ids' hashes first (kept in their strings): a session of the day that is not the one costs no
                // read of its id's characters
                int hash = id.hashCode();
                for (int q = p; q < day.length && day[q] == d; q++) {
                    SessionId other = all.get(q).id();
                    if (other == id || other.hashCode() == hash && other.equals(id)) {
                        found = q;
                        break;
                    }
                }
                if (found < 0) { // dated away from its session, or naming none of the plan
                    found = week.session(id).map(sessions::positionOf).orElse(-1);
                }
                sessionOf[j] = found;
                if (found >= 0 && logOf[found] < 0) {
                    logOf[found] = j;
                }
            }
        }
    }

    private Links links() {
        return sessions().links(logs, week);
    }

    Optional<Session> session(SessionId id) {
        return week.session(id);
    }

    /** The position in {@link #sessionList} of the first session dated on or after epoch day {@code day}. */
    int firstSession(long day) {
        return sessions().firstOnOrAfter(day);
    }

    /** The plan's sessions in date order, by position. */
    List<Session> sessionList() {
        return sessions().list;
    }

    /** The epoch day of the session at {@code position}. */
    long sessionDay(int position) {
        return sessions().day[position];
    }

    /** True when the session at {@code position} is a Rest card ({@link Session#isRest}). */
    boolean restAt(int position) {
        return sessions().rest[position];
    }

    /** True when an outing was logged for the planned session at {@code position}. */
    boolean loggedAt(int position) {
        return links().logOf[position] >= 0;
    }

    /** The planned session the log at {@code position} of {@link #logList} names, null when none or not found. */
    Session plannedSessionOfLog(int position) {
        int p = links().sessionOf[position];
        return p < 0 ? null : sessions().list.get(p);
    }

    /** The plan's logs in date order, by position. */
    List<OutingLog> logList() {
        return logs.list;
    }

    /** The RPE of the log at {@code position} of {@link #logList}. */
    double rpe(int position) {
        return logs.rpe[position];
    }

    /** The areas the log at {@code position} names sore: bit {@code 1 << BodyArea.ordinal()} for each. */
    int soreAreas(int position) {
        return logs.soreAreas[position];
    }

    /** The soreness level of the log at {@code position}, NaN when it was not rated. */
    double soreLevel(int position) {
        return logs.soreLevel[position];
    }

    /** The position in {@link #logList} of the first log dated on or after epoch day {@code day}. */
    int firstLog(long day) {
        return logs.days.at(day);
    }

    /** The plan's logs with a pack (above 0 kg) in date order, by position. */
    List<OutingLog> packLogList() {
        return logs.packLogs;
    }

    /** The position in {@link #packLogList} of the first log with a pack dated on or after epoch day {@code day}. */
    int firstPackLog(long day) {
        return logs.packDays.at(day);
    }

    /** The position in {@link #logList} of the log at {@code position} of {@link #packLogList}. */
    int packLogPosition(int position) {
        return logs.packPositions[position];
    }

    Optional<OutingLog> logFor(SessionId id) {
        int p = session(id).map(sessions()::positionOf).orElse(-1);
        int j = p < 0 ? -1 : links().logOf[p];
        return j < 0 ? Optional.empty() : Optional.of(logs.list.get(j));
    }

    /** True when an outing was logged for the planned session. */
    boolean logged(SessionId id) {
        return logFor(id).isPresent();
    }

    /** Sessions dated epoch day {@code from} (inclusive) to {@code to} (exclusive), by date: a view, no copy. */
    List<Session> sessions(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        int a = sessions().firstOnOrAfter(from);
        int b = sessions().firstOnOrAfter(to);
        return a == b ? List.of() : sessions().list.subList(a, b);
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
