package dev.switchback.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daily series and the windows over them that many rules and weeks read, computed once per analysis
 * and read by day index ({@link #index}: days since the plan's first day; negative before it, {@link
 * #size} and beyond after its last), so a rule's week with nothing to report is a few array reads: no
 * {@code LocalDate} arithmetic, boxing or map lookups. Days outside the plan have no load, no trip, no
 * outing and count as rest (as {@code PlanAnalysis.day} says them).
 *
 * <p>Kept here: trip days as a prefix count (any trip day in a range in O(1)), the load of each week
 * without its trip days (summed day by day in order, once per week), and the longest outing of the
 * previous N days for every day (and the heaviest pack of the previous N days), by blocks of {@value #BLOCK}
 * days built on first use (O(days) for a full check, O(block + N) for the few weeks a re-check reads). The metrics a rule
 * compares (ACWR, form %) come as primitives, {@code NaN} where the analysis says "not enough history".
 */
public final class Windows {
    private final long firstEpoch;
    private final int n;
    private final int[] tripsBefore;
    private final double[] longest;
    static final int BLOCK = 256;
    // the blocks of window lengths other than the first asked for, by length, series and block
    private final ConcurrentHashMap<Long, double[]> longestBefore = new ConcurrentHashMap<>();

    private final double[] load;
    private final boolean[] trip;
    // the training load of each week starting on a Monday, by slot (trainingLoad); computed once (NaN until then)
    private volatile double[] weekLoads;
    private volatile LocalDate[] dates;
    // the widest target-RPE gap of day i (NaN until read)
    private volatile double[] targetGaps;
    // the rest of the series: set once by the rule runner before any rule reads it (use)
    private DailySeries series;
    private int todayIndex;

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

    /** Links the series these windows were made of, for the day-indexed reads; called once, before any rule runs. */
    void use(DailySeries s) {
        if (s.load != load || s.trip != trip) {
            throw new IllegalArgumentException("the windows were made from another series");
        }
        this.series = s;
        this.todayIndex = clamp(s.today.toEpochDay() - firstEpoch);
    }

    private static int clamp(long d) {
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, d));
    }

    /** The day's index: days since the plan's first day (negative before it). */
    public int index(LocalDate date) {
        return clamp(date.toEpochDay() - firstEpoch);
    }

    /** The date of day {@code i}; the plan's days are made once and kept. */
    public LocalDate date(int i) {
        if (i < 0 || i >= n) {
            return LocalDate.ofEpochDay(firstEpoch + i);
        }
        LocalDate[] all = dates;
        if (all == null) {
            all = new LocalDate[n];
            dates = all;
        }
        LocalDate d = all[i];
        if (d == null) {
            d = LocalDate.ofEpochDay(firstEpoch + i);
            all[i] = d;
        }
        return d;
    }

    /** The epoch day of day {@code i} ({@code LocalDate.toEpochDay}), for indexes kept by date. */
    public long epochDay(int i) {
        return firstEpoch + i;
    }

    /** Days in the plan, first to last. */
    public int size() {
        return n;
    }

    /** The index of the analysis' today. */
    public int today() {
        return todayIndex;
    }

    /** Days of plan history up to and including day {@code i}: 0 before the plan's first day (as {@code WeekContext.historyDays}). */
    public int historyDays(int i) {
        return n == 0 || i < 0 ? 0 : i + 1;
    }

    private boolean in(int i) {
        return i >= 0 && i < n;
    }

    /** The day's load (AU). */
    public double load(int i) {
        return in(i) ? load[i] : 0;
    }

    /** No training load that day ({@code DayLoad.rest}). */
    public boolean rest(int i) {
        return !in(i) || load[i] <= 0;
    }

    /** The day is part of a trip. */
    public boolean tripDay(int i) {
        return in(i) && trip[i];
    }

    /** A hard day ({@code DayLoad.hard}: never a trip day). */
    public boolean hard(int i) {
        return in(i) && series.hard[i];
    }

    /** The heaviest pack of the day's counted outings, kg. */
    public double heaviestPack(int i) {
        return in(i) ? series.heaviestPackKg[i] : 0;
    }

    /** The longest single outing of the day, minutes. */
    public double longest(int i) {
        return in(i) ? longest[i] : 0;
    }

    /** Kilometres covered with a pack on the day. */
    public double loadedKm(int i) {
        return in(i) ? series.loadedKm[i] : 0;
    }

    /** The day holds a planned Rest card (a rest session), whatever else it holds. */
    public boolean restCard(int i) {
        return in(i) && series.restCard[i];
    }

    /** How many of the outings that count towards the day's load are not trip stages. */
    public int training(int i) {
        return in(i) ? series.training[i] : 0;
    }

    /** The lightest pack above 0 kg of the day's counted outings, kg (0 when none carries one). */
    public double lightestPack(int i) {
        return in(i) ? series.lightestPackKg[i] : 0;
    }

    /** Metres descended on the day in counted outings with a pack above 0 kg, summed in the outings' order. */
    public double packDescent(int i) {
        return in(i) ? series.loadedDescent[i] : 0;
    }

    /** The biggest descent of one counted outing of the day with a pack above 0 kg, metres (0 when none). */
    public double maxPackDescent(int i) {
        return in(i) ? series.maxPackDescentM[i] : 0;
    }

    /** The longest distance of one counted outing of the day, metres (0 when none). */
    public double maxDistance(int i) {
        return in(i) ? series.maxDistanceM[i] : 0;
    }

    /** The biggest climb of one counted outing of the day, metres (0 when none). */
    public double maxClimb(int i) {
        return in(i) ? series.maxClimbM[i] : 0;
    }

    /**
     * The widest gap between the engine's estimated RPE and the target RPE of a session of day {@code i} that
     * a suggestion may change (counted, planned, not logged, with a target and a duration), {@code -Infinity}
     * when none; for a day from today on. Computed per day on first read and kept, so a week without such a
     * gap builds no outing, {@code Optional} or sentence.
     */
    public double widestTargetGap(int i) {
        if (!in(i)) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] kept = targetGaps;
        if (kept == null) {
            kept = new double[n];
            Arrays.fill(kept, Double.NaN);
            targetGaps = kept;
        }
        double g = kept[i];
        if (Double.isNaN(g)) {
            g = series.widestTargetGap(i);
            kept[i] = g;
        }
        return g;
    }

    /** Whether a log names the planned session with this id (so its outing is not {@linkplain Outing#movable movable}). */
    public boolean logged(dev.switchback.model.SessionId id) {
        return series.logged(id);
    }

    /** The outings that count towards the day's load. */
    public List<Outing> outings(int i) {
        return in(i) ? series.outings(i) : List.of();
    }

    /** The day's loads, outings and totals ({@code PlanAnalysis.day}); only inside the plan. */
    public DayLoad day(int i) {
        return series.day(i);
    }

    /** The acute:chronic ratio of day {@code i} (as {@code DayMetrics.acwr}), {@code NaN} without enough history. */
    public double acwr(int i) {
        if (n == 0 || i < 0 || i + 1 < DailySeries.CHRONIC_DAYS) {
            return Double.NaN;
        }
        double a = at(series.acute, i, 1 - DailySeries.ACUTE_LAMBDA);
        double c = at(series.chronic, i, 1 - DailySeries.CHRONIC_LAMBDA);
        return c > Tolerance.EPS ? a / c : Double.NaN;
    }

    /** Fitness (CTL) of day {@code i} (as {@code DayMetrics.ctl}), {@code NaN} without enough history. */
    public double ctl(int i) {
        if (n == 0 || i < 0 || i + 1 < DailySeries.CHRONIC_DAYS) {
            return Double.NaN;
        }
        return at(series.ctl, i, 1 - 1 / DailySeries.CTL_DAYS);
    }

    /**
     * The week's rise of fitness as % of CTL on the Sunday before ({@code WeekSummary.ctlRampPct}) for the week
     * starting on day {@code monday}, {@code NaN} without enough history or fitness.
     */
    public double ctlRampPct(int monday) {
        double c1 = ctl(monday + 6);
        double c0 = ctl(monday - 1);
        return !Double.isNaN(c1) && !Double.isNaN(c0) && c0 > Tolerance.EPS ? (c1 - c0) / c0 * 100 : Double.NaN;
    }

    /** Form % of day {@code i} (as {@code DayMetrics.formPct}), {@code NaN} without enough history. */
    public double formPct(int i) {
        if (n == 0 || i < 0 || i + 1 < DailySeries.CHRONIC_DAYS) {
            return Double.NaN;
        }
        double fit = at(series.ctl, i, 1 - 1 / DailySeries.CTL_DAYS);
        double fat = at(series.atl, i, 1 - 1 / DailySeries.ATL_DAYS);
        return fit > Tolerance.EPS ? (fit - fat) / fit * 100 : Double.NaN;
    }

    /** As the analysis reads an exponential series: after the plan's end the loads are 0 and it decays. */
    private static double at(double[] values, long d, double keep) {
        int last = values.length - 1;
        if (d <= last) {
            return values[(int) d];
        }
        return values[last] * Math.pow(keep, d - last);
    }

    /**
     * The load of the 7 days from {@code monday} without its trip days (trips are goals, judged on
     * their own), summed day by day in order; kept per week, as the ramp and recovery rules read the
     * same weeks again for the weeks after them.
     */
    public double trainingLoad(LocalDate monday) {
        return trainingLoad(index(monday));
    }

    /** {@link #trainingLoad(LocalDate)} of the week starting on day {@code d0}. */
    public double trainingLoad(int d0) {
        if (d0 + 7 <= 0 || d0 >= n) {
            return 0;
        }
        // kept for the weeks starting on a Monday (the ones the rules read), one slot a week: the first Monday
        // of the plan's first 7 days is slot 1, the Monday before it slot 0
        int firstMonday = (int) Math.floorMod(4 - firstEpoch, 7L); // epoch day 4 was a Monday
        int back = d0 - firstMonday + 7;
        if (back % 7 != 0) {
            return sumTraining(d0);
        }
        double[] kept = weekLoads;
        if (kept == null) {
            kept = new double[n / 7 + 3];
            Arrays.fill(kept, Double.NaN);
            weekLoads = kept;
        }
        int slot = back / 7;
        double s = kept[slot];
        if (Double.isNaN(s)) {
            s = sumTraining(d0);
            kept[slot] = s;
        }
        return s;
    }

    /** The loads of the 7 days from {@code d0} that are not trip days, in order (0 outside the plan). */
    private double sumTraining(int d0) {
        double s = 0;
        for (int i = Math.max(0, d0), end = Math.min(n, d0 + 7); i < end; i++) {
            if (!trip[i]) {
                s += load[i];
            }
        }
        return s;
    }

    /**
     * The position in the plan's (canonical) list of sessions of the first session on or after day {@code i}; the
     * number of sessions when none: a binary search over the series' day of each session, nothing built.
     */
    public int firstSessionFrom(int i) {
        return series.firstSessionFrom(i);
    }

    /** The day index of the plan's session at {@code position}. */
    public int sessionDay(int position) {
        return series.sessionDayIndex(position);
    }

    /** True when a day from {@code from} to {@code to} (inclusive) is part of a trip. */
    public boolean anyTripDay(LocalDate from, LocalDate to) {
        return anyTripDay(index(from), index(to));
    }

    /** True when a day from index {@code from} to {@code to} (inclusive) is part of a trip. */
    public boolean anyTripDay(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(n - 1, to);
        return a <= b && tripsBefore[b + 1] - tripsBefore[a] > 0;
    }

    /** The longest single outing, in minutes, of the {@code days} days before {@code date} (0 when none). */
    public double longestBefore(LocalDate date, int days) {
        return longestBefore(index(date), days);
    }

    /** The longest single outing, in minutes, of the {@code days} days before day {@code d} (0 when none). */
    public double longestBefore(int d, int days) {
        MaxBefore kept = spike;
        if (kept == null) {
            kept = new MaxBefore(longest, 0, days, n);
            spike = kept; // the first length asked for (the spike rule's 30 days); another goes to the map
        }
        return maxBefore(kept, longest, 0, d, days);
    }

    /**
     * The heaviest pack, kg, of the {@code days} days before day {@code d}, trip days included (0 when none):
     * the maximum of {@link #heaviestPack} over {@code d - days .. d - 1}.
     */
    public double heaviestPackBefore(int d, int days) {
        double[] packs = series.heaviestPackKg;
        MaxBefore kept = pack;
        if (kept == null) {
            kept = new MaxBefore(packs, 1, days, n);
            pack = kept;
        }
        return maxBefore(kept, packs, 1, d, days);
    }

    /**
     * The maxima of one series over the N days before each day, for one N, by block of {@value #BLOCK} days built
     * on first read (a re-check reads a few weeks: O(block + N) each, a full check O(days) in all).
     */
    private static final class MaxBefore {
        final double[] values;
        final int source;
        final int days;
        final double[][] blocks;
        // values scanned for reads of each block not yet built (racy between threads: it only decides when a
        // block is built, never what a read returns)
        final long[] scanned;

        MaxBefore(double[] values, int source, int days, int n) {
            this.values = values;
            this.source = source;
            this.days = days;
            this.blocks = new double[n / BLOCK + 1][];
            this.scanned = new long[blocks.length];
        }
    }

    /** A block is built once the scans of its reads have read this many times the values building it reads. */
    static final int SCAN_FACTOR = 4;

    /** max(0, values[d - days .. d - 1]) by a scan, for 0 < d <= n. */
    private static double scanMax(double[] values, int d, int days) {
        double max = 0;
        for (int i = Math.max(0, d - days); i < d; i++) {
            double v = values[i];
            if (v > max) {
                max = v;
            }
        }
        return max;
    }

    private volatile MaxBefore spike;
    private volatile MaxBefore pack;

    /** max(0, values[d - days .. d - 1]), 0 outside the plan; {@code kept} holds the blocks of its own length. */
    private double maxBefore(MaxBefore kept, double[] values, int source, int d, int days) {
        if (days <= 0 || n == 0 || (long) d - days >= n || d <= 0) {
            return 0;
        }
        if (d > n) {
            // the window reaches back into the plan from beyond its end
            return scanMax(values, n, n - Math.max(0, d - days));
        }
        int block = d / BLOCK;
        double[] maxima;
        if (kept.days == days && kept.values == values) {
            maxima = kept.blocks[block];
            if (maxima == null) {
                // a block's first reads scan their window (a re-check reads a few weeks, a rule may read once a
                // week: building the block costs more than they do); once the scans have read SCAN_FACTOR times
                // the values a build reads, the block is built, so a full check stays O(days)
                if (kept.scanned[block] < SCAN_FACTOR * (BLOCK + days)) {
                    kept.scanned[block] += days;
                    return scanMax(values, d, days);
                }
                maxima = slidingMax(values, days, block);
                kept.blocks[block] = maxima;
            }
        } else {
            long key = ((long) days << 32) | ((long) source << 31) | block;
            maxima = longestBefore.computeIfAbsent(key, k -> slidingMax(values, days, block));
        }
        return maxima[d - block * BLOCK];
    }

    /**
     * {@code out[j]} = max(0, {@code values[i - days .. i - 1]}) for i = block x BLOCK + j (indexes from 0), by
     * van Herk / Gil-Werman: the values from {@code days} before the block cut into pieces of {@code days}, each
     * piece's running maximum from its start ({@code up}) and to its end ({@code down}); a window of
     * {@code days} values starts in one piece and ends in that or the next, so its maximum is
     * max(down[start], up[end]), without the branches of a deque. A window cut short by the plan's first day
     * lies in the first piece: up[end].
     */
    private static double[] slidingMax(double[] values, int days, int block) {
        int n = values.length;
        int from = block * BLOCK;
        int to = Math.min(n, from + BLOCK - 1);
        double[] out = new double[to - from + 1];
        int start = Math.max(0, from - days);
        int len = to - start; // values[start .. to - 1]
        if (len <= 0) {
            return out; // day 0 only: nothing before it
        }
        double[] up = new double[len];
        double[] down = new double[len];
        for (int p = 0; p < len; p += days) {
            int e = Math.min(len, p + days);
            double m = values[start + p];
            up[p] = m;
            for (int k = p + 1; k < e; k++) {
                double v = values[start + k];
                m = v > m ? v : m;
                up[k] = m;
            }
            m = values[start + e - 1];
            down[e - 1] = m;
            for (int k = e - 2; k >= p; k--) {
                double v = values[start + k];
                m = v > m ? v : m;
                down[k] = m;
            }
        }
        for (int i = Math.max(from, 1); i <= to; i++) {
            int a = i - days - start; // the window's first value, relative to start
            int b = i - 1 - start;
            double m = up[b];
            if (a > 0 && down[a] > m) {
                m = down[a];
            }
            out[i - from] = m > 0 ? m : 0;
        }
        return out;
    }
}
