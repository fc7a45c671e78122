package dev.switchback.engine.rules;

import dev.switchback.model.GoalEvent;
import dev.switchback.model.Limits;
import dev.switchback.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The plan's trips and goals for the trip rules, derived from the plan's lists ({@link WeekContext#derived}):
 * trips in start order (the plan's order among equal starts) with a binary search by start and by end,
 * and the goal days, so a week's check looks at the trips near it instead of every trip of the plan.
 */
final class TripIndex {
    private final List<Trip> byStart;
    private final List<Integer> byEnd;
    private final NavigableMap<LocalDate, String> goals = new TreeMap<>();

    TripIndex(List<Trip> trips) {
        byStart = trips.stream().sorted(Comparator.comparing(Trip::start)).toList();
        var ends = new ArrayList<Integer>();
        for (int i = 0; i < byStart.size(); i++) {
            ends.add(i);
        }
        ends.sort(Comparator.comparing(i -> byStart.get(i).end()));
        byEnd = List.copyOf(ends);
        for (Trip t : trips) {
            if (t.goal()) {
                goals.putIfAbsent(t.start(), t.title());
            }
        }
        goalEpochs = epochs(goals.keySet());
    }

    /** The goal trips' start days as sorted epoch days, for a week's quick "any goal?" read. */
    private final long[] goalEpochs;

    private static long[] epochs(java.util.Collection<LocalDate> sortedDays) {
        long[] out = new long[sortedDays.size()];
        int i = 0;
        for (LocalDate d : sortedDays) {
            out[i++] = d.toEpochDay();
        }
        return out;
    }

    /** True when a sorted array holds a value in {@code from .. to - 1}. */
    private static boolean anyIn(long[] sorted, long from, long to) {
        int at = java.util.Arrays.binarySearch(sorted, from);
        int i = at >= 0 ? at : -at - 1;
        return i < sorted.length && sorted[i] < to;
    }

    /** True when a goal day ({@link #goals}) lies from {@code from} (inclusive) to {@code to} (exclusive). */
    static boolean anyGoal(WeekContext c, long fromEpoch, long toEpoch) {
        return anyIn(of(c).goalEpochs, fromEpoch, toEpoch)
                || anyIn(c.derived(GoalDays.class, c.plan().goals(), GoalDays::new).epochs, fromEpoch, toEpoch);
    }

    /** The goal events of a plan by day, the first of a day kept. */
    static final class GoalDays {
        private final NavigableMap<LocalDate, String> days = new TreeMap<>();

        private final long[] epochs;

        GoalDays(List<GoalEvent> goals) {
            for (GoalEvent g : goals) {
                days.putIfAbsent(g.date(), g.title());
            }
            epochs = epochs(days.keySet());
        }
    }

    static TripIndex of(WeekContext c) {
        return c.derived(TripIndex.class, c.plan().trips(), TripIndex::new);
    }

    /**
     * Goal days from {@code from} (inclusive) to {@code to} (exclusive): the starts of goal trips, then
     * goal events on other days, each day once with the first title.
     */
    static NavigableMap<LocalDate, String> goals(WeekContext c, LocalDate from, LocalDate to) {
        var all = new TreeMap<>(of(c).goals.subMap(from, true, to, false));
        c.derived(GoalDays.class, c.plan().goals(), GoalDays::new).days.subMap(from, true, to, false)
                .forEach(all::putIfAbsent);
        return all;
    }

    /**
     * The trips of {@code byStart} (sorted by start, as the plan's canonical list: {@link WeekContext#plan}) with a
     * day from {@code from} to {@code to} (inclusive), in that list's order: the same trips, in the same order, as
     * a scan of the whole list for {@code end >= from && start <= to}. A trip is at most {@link
     * Limits#MAX_TRIP_DAYS} days long, so one that reaches {@code from} starts at most that many days minus one
     * before it: a binary search finds the first candidate, and the scan stops at the first start after {@code to}.
     */
    static List<Trip> overlapping(List<Trip> byStart, LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        int lo = 0;
        int hi = byStart.size();
        long earliest = first - (Limits.MAX_TRIP_DAYS - 1);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start().toEpochDay() < earliest) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Trip> out = List.of();
        for (int i = lo; i < byStart.size(); i++) {
            Trip t = byStart.get(i);
            long start = t.start().toEpochDay();
            if (start > last) {
                break;
            }
            if (start + t.days() - 1 >= first) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(t);
            }
        }
        return out;
    }

    /** Trips starting from {@code from} to {@code to}, inclusive, in start order. */
    List<Trip> starting(LocalDate from, LocalDate to) {
        int a = ByDate.firstOnOrAfter(byStart, Trip::start, from);
        int b = ByDate.firstOnOrAfter(byStart, Trip::start, to.plusDays(1));
        return byStart.subList(a, b);
    }

    /**
     * Trips that start from {@code startFrom} to {@code startTo} or end from {@code endFrom} to {@code endTo}
     * (inclusive), in start order, each once.
     */
    List<Trip> startingOrEnding(LocalDate startFrom, LocalDate startTo, LocalDate endFrom, LocalDate endTo) {
        var positions = new TreeSet<Integer>();
        int a = ByDate.firstOnOrAfter(byStart, Trip::start, startFrom);
        int b = ByDate.firstOnOrAfter(byStart, Trip::start, startTo.plusDays(1));
        for (int i = a; i < b; i++) {
            positions.add(i);
        }
        Function<Integer, LocalDate> end = i -> byStart.get(i).end();
        int c = ByDate.firstOnOrAfter(byEnd, end, endFrom);
        int d = ByDate.firstOnOrAfter(byEnd, end, endTo.plusDays(1));
        for (int i = c; i < d; i++) {
            positions.add(byEnd.get(i));
        }
        var out = new ArrayList<Trip>(positions.size());
        positions.forEach(i -> out.add(byStart.get(i)));
        return out;
    }

}
