package dev.switchback.engine;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Windows over the daily series that many rules and weeks read, computed once per analysis instead of
 * re-reading up to 42 days for each day of each week: trip days as a prefix count (any trip day in a
 * range in O(1)), and the longest outing of the previous N days for every day, by a monotone deque
 * over blocks of {@value #BLOCK} days built on first use (O(days) for a full check, O(block + N) for
 * the few weeks a re-check reads). Days outside the plan have no load and no trip.
 */
public final class Windows {
    private final long firstEpoch;
    private final int n;
    private final int[] tripsBefore;
    private final double[] longest;
    static final int BLOCK = 256;
    private final ConcurrentHashMap<Long, double[]> longestBefore = new ConcurrentHashMap<>();

    private final double[] load;
    private final boolean[] trip;
    private final ConcurrentHashMap<Long, Double> trainingLoads = new ConcurrentHashMap<>();

    Windows(long firstEpoch, boolean[] tripDay, double[] longestMinutes, double[] load) {
        this.firstEpoch = firstEpoch;
        this.n = tripDay.length;
        this.load = load;
        this.trip = tripDay;
        this.tripsBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            tripsBefore[i + 1] = tripsBefore[i] + (tripDay[i] ? 1 : 0);
        }
        this.longest = longestMinutes;
    }

    /**
     * The load of the 7 days from {@code monday} without its trip days (trips are goals, judged on
     * their own), summed day by day in order; kept per week, as the ramp and recovery rules read the
     * same weeks again for the weeks after them.
     */
    public double trainingLoad(LocalDate monday) {
        long d0 = monday.toEpochDay() - firstEpoch;
        return trainingLoads.computeIfAbsent(d0, d -> {
            double s = 0;
            for (long i = d; i < d + 7; i++) {
                if (i >= 0 && i < n && !trip[(int) i]) {
                    s += load[(int) i];
                }
            }
            return s;
        });
    }

    /** True when a day from {@code from} to {@code to} (inclusive) is part of a trip. */
    public boolean anyTripDay(LocalDate from, LocalDate to) {
        long a = Math.max(0, from.toEpochDay() - firstEpoch);
        long b = Math.min(n - 1L, to.toEpochDay() - firstEpoch);
        return a <= b && tripsBefore[(int) b + 1] - tripsBefore[(int) a] > 0;
    }

    /** The longest single outing, in minutes, of the {@code days} days before {@code date} (0 when none). */
    public double longestBefore(LocalDate date, int days) {
        long d = date.toEpochDay() - firstEpoch;
        if (days <= 0 || n == 0 || d - days >= n || d <= 0) {
            return 0;
        }
        if (d > n) {
            // the window reaches back into the plan from beyond its end
            long from = Math.max(0, d - days);
            double max = 0;
            for (long i = from; i < n; i++) {
                max = Math.max(max, longest[(int) i]);
            }
            return max;
        }
        int block = (int) (d / BLOCK);
        double[] maxima = longestBefore.computeIfAbsent(((long) days << 32) | block, k -> slidingMax(days, block));
        return maxima[(int) (d - (long) block * BLOCK)];
    }

    /**
     * {@code out[j]} = max of {@code longest[i - days .. i - 1]} for i = block x BLOCK + j, by a monotone
     * deque of indices started {@code days} before the block.
     */
    private double[] slidingMax(int days, int block) {
        int from = block * BLOCK;
        int to = Math.min(n, from + BLOCK - 1);
        double[] out = new double[to - from + 1];
        int start = Math.max(1, from - days);
        int[] deque = new int[to - start + 2];
        int head = 0;
        int tail = 0;
        for (int i = start; i <= to; i++) {
            int add = i - 1;
            while (tail > head && longest[deque[tail - 1]] <= longest[add]) {
                tail--;
            }
            deque[tail++] = add;
            while (deque[head] < i - days) {
                head++;
            }
            if (i >= from) {
                out[i - from] = Math.max(0, longest[deque[head]]);
            }
        }
        return out;
    }
}
