package dev.switchback.engine.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Binary search in lists sorted by a date: the one search the rules' per-analysis indexes share. */
public final class ByDate {
    private ByDate() {
    }

    /**
     * The index of the first element whose date is on or after {@code day} ({@code sorted.size()} when
     * none is); {@code sorted} must be in ascending order of {@code date}.
     */
    public static <T> int firstOnOrAfter(List<T> sorted, Function<T, LocalDate> date, LocalDate day) {
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

    /** The first position from {@code from} of a non-decreasing array whose value is at least {@code key} (its length when none is). */
    public static int lowerBound(int[] sorted, int from, int key) {
        int lo = from;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
