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

/**
 * The plan's trips and goals for the trip rules, derived from the plan's lists ({@link WeekContext#derived}):
 * trips in start order (the plan's order among equal starts) with a binary search by start (a trip that
 * ends in a range starts at most {@link Limits#MAX_TRIP_DAYS} days before it), and the goal days, so a week's check looks at the trips near it instead of every trip of the plan.
 */
final class TripIndex {
    private final List<Trip> byStart;
    // the epoch day of each trip's start and end, by position in byStart (a plan's days fit an int: Check.date)
    private final int[] starts;
    private final int[] ends;
    private final NavigableMap<LocalDate, String> goals = new TreeMap<>();

    TripIndex(List<Trip> trips) {
        byStart = trips.stream().sorted(Comparator.comparing(Trip::start)).toList();
        starts = new int[byStart.size()];
        ends = new int[byStart.size()];
        for (int i = 0; i < starts.length; i++) {
            Trip t = byStart.get(i);
            starts[i] = (int) t.start().toEpochDay();
            ends[i] = starts[i] + t.days() - 1;
        }
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
        int lo = ByDate.firstOnOrAfter(byStart, Trip::start, from.minusDays(Limits.MAX_TRIP_DAYS - 1));
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
     * (inclusive), in start order, each once. A trip is at most {@link Limits#MAX_TRIP_DAYS} days long, so one
     * that ends from {@code endFrom} on starts at most that many days minus one before it: the trips between
     * the earliest such start and the later of the two ranges' ends are all there is to look at.
     */
    List<Trip> startingOrEnding(LocalDate startFrom, LocalDate startTo, LocalDate endFrom, LocalDate endTo) {
        long s0 = startFrom.toEpochDay();
        long s1 = startTo.toEpochDay();
        long e0 = endFrom.toEpochDay();
        long e1 = endTo.toEpochDay();
        long last = Math.max(s1, e1);
        List<Trip> out = List.of();
        for (int i = ByDate.lowerBound(starts, 0, (int) Math.min(s0, e0 - (Limits.MAX_TRIP_DAYS - 1))); i < starts.length
                && starts[i] <= last; i++) {
            if (starts[i] >= s0 && starts[i] <= s1 || ends[i] >= e0 && ends[i] <= e1) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(byStart.get(i));
            }
        }
        return out;
    }


}
