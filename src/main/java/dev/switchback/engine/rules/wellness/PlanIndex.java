package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.ByDate;
import dev.switchback.engine.rules.EpochDays;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    // looked up when first read: a rule that reads only logs (persistent-soreness) never needs them
    private Sessions sessions;
    private Links links;

    private PlanIndex(WeekContext week) {
        this.week = week;
        this.logs = week.derived(Logs.class, week.plan().logs(), list -> new Logs(list, week));
    }

    private Sessions sessions() {
        Sessions s = sessions;
        if (s == null) {
            s = week.derived(Sessions.class, week.plan().sessions(), list -> logs.makeSessions(list, week));
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

        /** @param epochs the epoch days of a date-ordered list, in its order: its first {@code size} */
        Days(int[] epochs, int size) {
            this.size = size;
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
        private static final BodyArea[] AREAS = BodyArea.values();
        final List<OutingLog> list;
        // the epoch day of each log, by position (an int: the model's dates are years 1-9999)
        private final int[] epochs;
        final Days days;
        final Days packDays;
        // by position among the logs with a pack (the first packDays.size of each array): the position of the log in
        // list, its pack (kg), distance (m) and kind
        private final int[] packPositions;
        private final double[] packKg;
        private final double[] packDistance;
        private final SessionKind[] packKind;
        // the logs with a pack as a list, made when first asked for (the rules read them by position)
        private volatile List<OutingLog> packLogs;
        // the sessions last indexed with these logs, from which the next version's are made (Sessions)
        volatile Sessions lastSessions;

        /** The index of {@code list}, the plan's sessions in {@code week}, from the last one made for these logs. */
        Sessions makeSessions(List<Session> list, WeekContext week) {
            Sessions made = new Sessions(list, lastSessions, week);
            lastSessions = made;
            return made;
        }
        // by position in list: the RPE, the areas logged sore (bit 1 << BodyArea.ordinal) and the soreness level
        // (NaN when not rated or without an area), so a rule judges a log without reading it
        private final double[] rpe;
        private final int[] soreAreas;
        private final double[] soreLevel;
        // by day of `days`: the areas some log of the day names sore (bits as soreAreas), null when no log names
        // soreness; the days in a row of an area are counted back from a day over these bits (soreDaysUpTo)
        private final int[] soreOn;
        // by day of `days`: the longest of the areas' runs of days in a row up to that day (null when no log names
        // soreness), so a week without a run long enough is one pass over its days
        private final int[] longestSoreRun;

        /** Tests: the epoch days read from the logs. */
        Logs(List<OutingLog> logs) {
            this(logs, null);
        }

        /** @param week a week of the analysis whose plan's logs these are: their epoch days, or null to read them */
        Logs(List<OutingLog> logs, WeekContext week) {
            this.list = logs;
            int size = logs.size();
            // one pass over the logs (in date order): each log's epoch day, its numbers, the logs with a pack and the
            // soreness runs; the day arrays of all logs and of the logs with a pack are made from the epoch days
            int[] epochs = new int[size];
            this.rpe = new double[size];
            this.soreAreas = new int[size];
            this.soreLevel = new double[size];
            int[] packEpochs = new int[size];
            int[] packAt = new int[size];
            this.packKg = new double[size];
            this.packDistance = new double[size];
            this.packKind = new SessionKind[size];
            long firstEpoch = size == 0 ? 0 : week != null ? week.logEpochDay(0) : logs.get(0).date().toEpochDay();
            int span = size == 0 ? 0 : (int) ((week != null ? week.logEpochDay(size - 1)
                    : logs.get(size - 1).date().toEpochDay()) - firstEpoch + 1);
            int[] sore = null;
            int[] longest = null;
            // by area: the last day (of `days`) it was logged sore and its run of days in a row up to that day
            int[] lastSoreDay = null;
            int[] lastRun = null;
            var epochDays = new EpochDays();
            int packs = 0;
            for (int j = 0; j < size; j++) {
                OutingLog l = logs.get(j);
                int epoch = week != null ? (int) week.logEpochDay(j) : (int) epochDays.of(l.date());
                epochs[j] = epoch;
                double kg = l.packKg();
                if (kg > 0) {
                    packAt[packs] = j;
                    packKg[packs] = kg;
                    packDistance[packs] = l.distanceM();
                    packKind[packs] = l.kind();
                    packEpochs[packs++] = epoch;
                }
                rpe[j] = l.rpe();
                Set<BodyArea> areas = l.sorenessAreas();
                if (areas.isEmpty()) {
                    soreLevel[j] = Double.NaN; // not read without an area
                    continue;
                }
                soreLevel[j] = l.sorenessLevel().isPresent() ? l.sorenessLevel().get() : Double.NaN;
                if (sore == null) {
                    sore = new int[span];
                    longest = new int[span];
                    lastSoreDay = new int[AREAS.length];
                    Arrays.fill(lastSoreDay, Integer.MIN_VALUE);
                    lastRun = new int[AREAS.length];
                }
                int i = (int) (epoch - firstEpoch);
                int mask = 0;
                for (BodyArea area : areas) {
                    int a = area.ordinal();
                    mask |= 1 << a;
                    // logs by date: the run up to the day before is complete when its first log naming the area
                    // comes (a second log of the day naming it changes nothing)
                    if (lastSoreDay[a] != i) {
                        lastRun[a] = lastSoreDay[a] == i - 1 ? lastRun[a] + 1 : 1;
                        lastSoreDay[a] = i;
                        longest[i] = Math.max(longest[i], lastRun[a]);
                    }
                }
                soreAreas[j] = mask;
                sore[i] |= mask;
            }
            this.epochs = epochs;
            this.days = new Days(epochs, size);
            this.packPositions = Arrays.copyOf(packAt, packs);
            this.packDays = new Days(packEpochs, packs);
            this.soreOn = sore;
            this.longestSoreRun = longest;
        }

        /** The epoch day of the log at {@code position}. */
        long epochOf(int position) {
            return epochs[position];
        }

        /** The logs with a pack (above 0 kg) in date order. */
        List<OutingLog> packLogs() {
            List<OutingLog> l = packLogs;
            if (l == null) {
                var made = new OutingLog[packPositions.length];
                for (int k = 0; k < made.length; k++) {
                    made[k] = list.get(packPositions[k]);
                }
                l = List.of(made);
                packLogs = l;
            }
            return l;
        }
    }

    /**
     * The epoch day and rest flag of each session of a date-ordered list, by position; derived once per list of
     * sessions. A list that differs from the last one made for the same logs ({@link Logs#lastSessions}: the
     * previous version of an edited plan) by a few sessions is made from it: the common head and tail (the same
     * objects) keep their days and links, only the sessions between are read, so a re-check after an edit reads
     * a few sessions, not all of them. The result is the same as made from scratch.
     */
    static final class Sessions {
        final List<Session> list;
        // day[p]: the epoch day of session p (an int: the model's dates are years 1-9999), never decreasing
        private final int[] day;
        // rest[p]: session p is a Rest card
        private final boolean[] rest;
        // the links to the logs of the last list of logs asked for (a plan's next version mostly keeps its logs)
        private volatile Links links;
        // until the links are made: the previous list's links and where this list differs from that one (the
        // sessions [start, end) here replace [start, endBefore) there)
        private Links previousLinks;
        private final int start;
        private final int end;
        private final int endBefore;

        Sessions(List<Session> sessions) {
            this(sessions, null, null);
        }

        /** @param week a week of the analysis whose plan's sessions these are: their epoch days, or null to read them */
        Sessions(List<Session> sessions, Sessions previous, WeekContext week) {
            this.list = sessions;
            int n = sessions.size();
            this.day = new int[n];
            this.rest = new boolean[n];
            int head = 0;
            int tail = 0;
            if (previous != null) {
                // identity, not equality: an unchanged session is the same object in the next version's list
                List<Session> before = previous.list;
                int common = Math.min(n, before.size());
                while (head < common && sessions.get(head) == before.get(head)) {
                    head++;
                }
                while (tail < common - head && sessions.get(n - 1 - tail) == before.get(before.size() - 1 - tail)) {
                    tail++;
                }
                System.arraycopy(previous.day, 0, day, 0, head);
                System.arraycopy(previous.rest, 0, rest, 0, head);
                System.arraycopy(previous.day, before.size() - tail, day, n - tail, tail);
                System.arraycopy(previous.rest, before.size() - tail, rest, n - tail, tail);
                this.previousLinks = previous.links;
                this.endBefore = before.size() - tail;
            } else {
                this.endBefore = 0;
            }
            this.start = head;
            this.end = n - tail;
            var epochDays = new EpochDays();
            for (int p = start; p < end; p++) {
                Session s = sessions.get(p);
                rest[p] = s.isRest();
                day[p] = week != null ? (int) week.sessionEpochDay(p) : (int) epochDays.of(s.date());
            }
        }

        /** The position of the first session dated on or after {@code epochDay} ({@code size} when none is). */
        int firstOnOrAfter(long epochDay) {
            return firstOnOrAfter(epochDay, 0);
        }

        /**
         * {@link #firstOnOrAfter(long)} for a day on or after the day of the session at {@code from} (or with
         * {@code from} 0): the next few positions first (the end of a week whose start was just found), then a
         * binary search of the rest.
         */
        int firstOnOrAfter(long epochDay, int from) {
            if (epochDay > Integer.MAX_VALUE) {
                return day.length;
            }
            int key = (int) Math.max(Integer.MIN_VALUE, epochDay);
            for (int p = from, near = Math.min(day.length, from + 16); p < near; p++) {
                if (day[p] >= key) {
                    return p;
                }
            }
            return ByDate.lowerBound(day, Math.min(day.length, from + 16), key);
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

        /**
         * The position of the session with this id, looked for first among the sessions from {@code from} on dated
         * {@code epochDay} (where a log usually is), else by id ({@link WeekContext#session}); -1 when none.
         */
        int find(SessionId id, long epochDay, int from, WeekContext week) {
            // the ids' hashes first (kept in their strings): a session of the day that is not the one costs no read
            // of its id's characters
            int hash = id.hashCode();
            for (int q = from; q < day.length && day[q] == epochDay; q++) {
                SessionId other = list.get(q).id();
                if (other == id || other.hashCode() == hash && other.equals(id)) {
                    return q;
                }
            }
            // dated away from its session, or naming none of the plan
            return week.session(id).map(this::positionOf).orElse(-1);
        }

        Links links(Logs logs, WeekContext week) {
            Links l = links;
            if (l == null || l.logs != logs) {
                Links before = previousLinks;
                l = before != null && before.logs == logs ? new Links(this, before, week) : new Links(this, logs, week);
                links = l;
                previousLinks = null; // no chain of versions kept
            }
            return l;
        }
    }

    /**
     * Which session each log names and which log (the first, as {@link Plan#logFor}) names each session, by
     * position in the two lists. Ids are unique, so a session is the one its log names wherever it was found.
     */
    static final class Links {
        private static final int NAMES_NONE = -2;
        final Logs logs;
        // by log position: the position of the session it names, -1 when no such session exists, NAMES_NONE when
        // the log names none
        private final int[] sessionOf;
        // by session position: the position of the first log naming it, -1 when none does
        private final int[] logOf;

        /** From scratch: one walk of both lists in date order (a log is usually dated on its session's day). */
        Links(Sessions sessions, Logs logs, WeekContext week) {
            this.logs = logs;
            List<OutingLog> list = logs.list;
            int[] day = sessions.day;
            this.sessionOf = new int[list.size()];
            int p = 0; // the first session on or after the current log's day: logs and sessions are both by date
            for (int j = 0; j < sessionOf.length; j++) {
                OutingLog l = list.get(j);
                if (l.plannedSession().isEmpty()) {
                    sessionOf[j] = NAMES_NONE;
                    continue;
                }
                long d = logs.epochOf(j);
                while (p < day.length && day[p] < d) {
                    p++;
                }
                sessionOf[j] = sessions.find(l.plannedSession().get(), d, p, week);
            }
            this.logOf = logOf(sessionOf, day.length);
        }

        /**
         * From the links of the list {@code sessions} was made from, for the same logs: a log naming a session of
         * the common head or tail keeps it (moved by the change in length), one naming a session between is found
         * again, as is one whose session was not found.
         */
        Links(Sessions sessions, Links before, WeekContext week) {
            this.logs = before.logs;
            List<OutingLog> list = logs.list;
            int shift = sessions.end - sessions.endBefore;
            this.sessionOf = new int[list.size()];
            for (int j = 0; j < sessionOf.length; j++) {
                int p = before.sessionOf[j];
                if (p == NAMES_NONE || p >= 0 && p < sessions.start) {
                    sessionOf[j] = p;
                } else if (p >= sessions.endBefore) {
                    sessionOf[j] = p + shift;
                } else {
                    long d = logs.epochOf(j);
                    sessionOf[j] = sessions.find(list.get(j).plannedSession().get(), d, sessions.firstOnOrAfter(d),
                            week);
                }
            }
            this.logOf = logOf(sessionOf, sessions.day.length);
        }

        /** The first log naming each session, by the sessions' positions. */
        private static int[] logOf(int[] sessionOf, int sessions) {
            int[] logOf = new int[sessions];
            Arrays.fill(logOf, -1);
            for (int j = 0; j < sessionOf.length; j++) {
                int p = sessionOf[j];
                if (p >= 0 && logOf[p] < 0) {
                    logOf[p] = j;
                }
            }
            return logOf;
        }
    }

    private Links links() {
        Links l = links;
        if (l == null) {
            l = sessions().links(logs, week);
            links = l; // one look-up per rule and week, not one per session
        }
        return l;
    }

    Optional<Session> session(SessionId id) {
        return week.session(id);
    }

    /** The position in {@link #sessionList} of the first session dated on or after epoch day {@code day}. */
    int firstSession(long day) {
        return sessions().firstOnOrAfter(day);
    }

    /**
     * {@link #firstSession(long)} for a day no earlier than that of the session at {@code from} (a week's end
     * after its start): searched from there.
     */
    int firstSession(long day, int from) {
        return sessions().firstOnOrAfter(day, from);
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

    /**
     * The soreness level of the log at {@code position}, NaN when it was not rated or names no sore area (a level
     * without an area is not read: the rules judge soreness where it is).
     */
    double soreLevel(int position) {
        return logs.soreLevel[position];
    }

    /** The position in {@link #logList} of the first log dated on or after epoch day {@code day}. */
    int firstLog(long day) {
        return logs.days.at(day);
    }

    /** The plan's logs with a pack (above 0 kg) in date order, by position. */
    List<OutingLog> packLogList() {
        return logs.packLogs();
    }

    /** The log at {@code position} of {@link #packLogList}. */
    OutingLog packLog(int position) {
        return logs.list.get(logs.packPositions[position]);
    }

    /** The position in {@link #packLogList} of the first log with a pack dated on or after epoch day {@code day}. */
    int firstPackLog(long day) {
        return logs.packDays.at(day);
    }

    /** The pack (kg) of the log at {@code position} of {@link #packLogList}. */
    double packKg(int position) {
        return logs.packKg[position];
    }

    /** The distance (m) of the log at {@code position} of {@link #packLogList}. */
    double packDistance(int position) {
        return logs.packDistance[position];
    }

    /** The kind of the log at {@code position} of {@link #packLogList}. */
    SessionKind packKind(int position) {
        return logs.packKind[position];
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
        return range(logs.packLogs(), logs.packDays, from, to);
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
        int[] sore = logs.soreOn;
        long i = day - logs.days.firstEpoch;
        if (sore == null || i < 0 || i >= sore.length) {
            return 0;
        }
        int bit = 1 << area.ordinal();
        int run = 0;
        for (int d = (int) i; d >= 0 && (sore[d] & bit) != 0; d--) {
            run++;
        }
        return run;
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
