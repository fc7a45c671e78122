package dev.switchback.engine.rules;

import dev.switchback.model.GoalEvent;
import dev.switchback.model.Plan;
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
 * The plan's trips and goals for the trip rules, built once per analysis ({@link WeekContext#shared}):
 * trips in start order (the plan's order among equal starts) with a binary search by start and by end,
 * and the goal days, so a week's check looks at the trips near it instead of every trip of the plan.
 */
final class TripIndex {
    private final List<Trip> byStart;
    private final List<Integer> byEnd;
    private final NavigableMap<LocalDate, String> goals = new TreeMap<>();

    TripIndex(Plan plan) {
        byStart = plan.trips().stream().sorted(Comparator.comparing(Trip::start)).toList();
        var ends = new ArrayList<Integer>();
        for (int i = 0; i < byStart.size(); i++) {
            ends.add(i);
        }
        ends.sort(Comparator.comparing(i -> byStart.get(i).end()));
        byEnd = List.copyOf(ends);
        for (Trip t : plan.trips()) {
            if (t.goal()) {
                goals.putIfAbsent(t.start(), t.title());
            }
        }
        for (GoalEvent g : plan.goals()) {
            goals.putIfAbsent(g.date(), g.title());
        }
    }

    static TripIndex of(WeekContext c) {
        return c.shared(TripIndex.class, TripIndex::new);
    }

    /** Trips starting from {@code from} to {@code to}, inclusive, in start order. */
    List<Trip> starting(LocalDate from, LocalDate to) {
        int a = first(byStart, Trip::start, from);
        int b = first(byStart, Trip::start, to.plusDays(1));
        return byStart.subList(a, b);
    }

    /**
     * Trips that start from {@code startFrom} to {@code startTo} or end from {@code endFrom} to {@code endTo}
     * (inclusive), in start order, each once.
     */
    List<Trip> startingOrEnding(LocalDate startFrom, LocalDate startTo, LocalDate endFrom, LocalDate endTo) {
        var positions = new TreeSet<Integer>();
        int a = first(byStart, Trip::start, startFrom);
        int b = first(byStart, Trip::start, startTo.plusDays(1));
        for (int i = a; i < b; i++) {
            positions.add(i);
        }
        Function<Integer, LocalDate> end = i -> byStart.get(i).end();
        int c = first(byEnd, end, endFrom);
        int d = first(byEnd, end, endTo.plusDays(1));
        for (int i = c; i < d; i++) {
            positions.add(byEnd.get(i));
        }
        var out = new ArrayList<Trip>(positions.size());
        positions.forEach(i -> out.add(byStart.get(i)));
        return out;
    }

    /** Goal days (goal trips' starts and goal events) from {@code from} (inclusive) to {@code to} (exclusive). */
    NavigableMap<LocalDate, String> goals(LocalDate from, LocalDate to) {
        return goals.subMap(from, true, to, false);
    }

    private static <T> int first(List<T> sorted, Function<T, LocalDate> date, LocalDate day) {
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
