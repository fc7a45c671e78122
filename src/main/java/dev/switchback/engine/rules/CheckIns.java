package dev.switchback.engine.rules;

import dev.switchback.model.Wellness;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The plan's daily check-ins as arrays by epoch day, derived once from its list ({@link WeekContext#derived}):
 * the Hooper sum, the worst Hooper item and the resting heart rate of the first check-in of each day
 * ({@code WeekContext.wellnessOn}), {@value #NONE} on a day without one. The Hooper rule, the trends and the
 * resting heart rate rule read a week's days from them without a map lookup or a {@code LocalDate}.
 */
public final class CheckIns {
    public static final int NONE = -1;
    private final long firstEpoch;
    private final int[] sum;
    private final int[] worstItem;
    private final Wellness[] first;
    private final int[] restingHr;
    // days with a resting heart rate before day i of the arrays, for a range's count in O(1)
    private final int[] heartRatesBefore;
    // days with a check-in before day i of the arrays; and for each item a trend rule reads (by its rating
    // function's identity, a rule's own field), the sum of its ratings before day i: built when first read
    private final int[] checkInsBefore;
    private volatile Item[] items = new Item[0];
    // the runs above a limit of the Hooper rule (its item and sum limits, the same for every week of a plan's
    // settings): the last asked for of each, built when first read
    private volatile Runs itemRuns;
    private volatile Runs sumRuns;

    CheckIns(List<Wellness> checkIns) {
        int size = checkIns.size();
        // the plan of a week is in date order: its first and last check-ins are the first and last days, and one read
        // of each check-in fills the day arrays. A list in another order (a check-in outside those days) is read
        // again with its own first and last days.
        long lo = size == 0 ? 0 : checkIns.get(0).date().toEpochDay();
        long hi = size == 0 ? -1 : checkIns.get(size - 1).date().toEpochDay();
        Days days = hi >= lo ? fill(checkIns, lo, hi) : null;
        if (days == null && size > 0) {
            lo = Long.MAX_VALUE;
            hi = Long.MIN_VALUE;
            for (Wellness w : checkIns) {
                long e = w.date().toEpochDay();
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
            days = fill(checkIns, lo, hi);
        }
        if (days == null) {
            days = new Days(0);
        }
        this.firstEpoch = size == 0 ? 0 : lo;
        this.sum = days.sum;
        this.worstItem = days.worstItem;
        this.first = days.first;
        this.restingHr = days.restingHr;
        int n = sum.length;
        this.heartRatesBefore = new int[n + 1];
        this.checkInsBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            heartRatesBefore[i + 1] = heartRatesBefore[i] + (restingHr[i] != 0 ? 1 : 0);
            checkInsBefore[i + 1] = checkInsBefore[i] + (sum[i] != 0 ? 1 : 0); // a day with a check-in has a sum
        }
    }

    /**
     * The day arrays from epoch day {@code lo} to {@code hi}. 0 is "no check-in" in them (a Hooper sum is at least
     * 4, an item at least 1, a resting heart rate at least 25 bpm), so a new array needs no fill; the readers give
     * {@link #NONE} for it. Null when a check-in lies outside those days.
     */
    private static Days fill(List<Wellness> checkIns, long lo, long hi) {
        var days = new Days((int) (hi - lo + 1));
        var epochDays = new EpochDays();
        for (int j = 0, size = checkIns.size(); j < size; j++) {
            Wellness w = checkIns.get(j);
            long e = epochDays.of(w.date());
            if (e < lo || e > hi) {
                return null;
            }
            int i = (int) (e - lo);
            if (days.sum[i] == 0) { // the first of the day, as wellnessOn
                days.sum[i] = w.hooperSum();
                days.worstItem[i] = Math.max(Math.max(w.sleepQuality(), w.stress()), Math.max(w.fatigue(), w.soreness()));
                days.first[i] = w;
                Optional<Integer> hr = w.restingHeartRate();
                days.restingHr[i] = hr.isPresent() ? hr.get() : 0;
            }
        }
        return days;
    }

    /** The arrays by day of {@link #fill}. */
    private static final class Days {
        final int[] sum;
        final int[] worstItem;
        final Wellness[] first;
        final int[] restingHr;

        Days(int n) {
            sum = new int[n];
            worstItem = new int[n];
            first = new Wellness[n];
            restingHr = new int[n];
        }
    }

    /** The number of days from {@code fromEpoch} to {@code toEpoch} (inclusive) with a check-in. */
    public int count(long fromEpoch, long toEpoch) {
        long a = Math.max(0, fromEpoch - firstEpoch);
        long b = Math.min(first.length - 1L, toEpoch - firstEpoch);
        return a <= b ? checkInsBefore[(int) b + 1] - checkInsBefore[(int) a] : 0;
    }

    /**
     * The sum of the item {@code rating} over the days' check-ins from {@code fromEpoch} to {@code toEpoch}
     * (inclusive): a difference of two prefix sums, made once per item and list of check-ins (ratings are 1-7,
     * so a day without a check-in adds nothing and {@link #count} counts the days that add).
     */
    public long ratingSum(long fromEpoch, long toEpoch, ToIntFunction<Wellness> rating) {
        long a = Math.max(0, fromEpoch - firstEpoch);
        long b = Math.min(first.length - 1L, toEpoch - firstEpoch);
        if (a > b) {
            return 0;
        }
        int[] before = prefix(rating);
        return before[(int) b + 1] - before[(int) a];
    }

    private int[] prefix(ToIntFunction<Wellness> rating) {
        // a scan of the few items asked for so far, by identity (as a map keyed by the function would find them,
        // without hashing it for every week)
        for (Item kept : items) {
            if (kept.rating() == rating) {
                return kept.before();
            }
        }
        synchronized (this) {
            Item[] now = items;
            for (Item kept : now) {
                if (kept.rating() == rating) {
                    return kept.before();
                }
            }
            int[] p = new int[first.length + 1];
            for (int i = 0; i < first.length; i++) {
                p[i + 1] = p[i] + (first[i] != null ? rating.applyAsInt(first[i]) : 0);
            }
            Item[] more = Arrays.copyOf(now, now.length + 1);
            more[now.length] = new Item(rating, p);
            items = more;
            return p;
        }
    }

    /** An item's prefix sums ({@link #ratingSum}). */
    private record Item(ToIntFunction<Wellness> rating, int[] before) {
    }

    /** The check-ins of the plan of {@code c}, built once per list of check-ins. */
    public static CheckIns of(WeekContext c) {
        return c.derived(CheckIns.class, c.plan().wellness(), CheckIns::new);
    }

    /** The item {@code rating} of the day's check-in, {@link #NONE} without one. */
    public int rating(long epochDay, java.util.function.ToIntFunction<Wellness> rating) {
        long i = epochDay - firstEpoch;
        return i >= 0 && i < first.length && first[(int) i] != null ? rating.applyAsInt(first[(int) i]) : NONE;
    }

    /** The resting heart rate (bpm) of the day's check-in, {@link #NONE} without one or without a rate. */
    public int restingHeartRate(long epochDay) {
        long i = epochDay - firstEpoch;
        return i >= 0 && i < restingHr.length && restingHr[(int) i] != 0 ? restingHr[(int) i] : NONE;
    }

    /** True when a day's check-in from {@code fromEpoch} to {@code toEpoch} (inclusive) has a resting heart rate. */
    public boolean anyHeartRate(long fromEpoch, long toEpoch) {
        return heartRates(fromEpoch, toEpoch) > 0;
    }

    /** The number of days from {@code fromEpoch} to {@code toEpoch} (inclusive) whose check-in has a resting heart rate. */
    public int heartRates(long fromEpoch, long toEpoch) {
        long a = Math.max(0, fromEpoch - firstEpoch);
        long b = Math.min(first.length - 1L, toEpoch - firstEpoch);
        return a <= b ? heartRatesBefore[(int) b + 1] - heartRatesBefore[(int) a] : 0;
    }

    /**
     * The prefix sums of the item {@code rating} ({@link #ratingSum}), for a rule that sums many windows of one
     * week: one look-up of the item for the week instead of one per window.
     */
    public Ratings ratings(ToIntFunction<Wellness> rating) {
        return new Ratings(this, prefix(rating));
    }

    /** The sums of one item over ranges of days ({@link #ratings}). */
    public static final class Ratings {
        private final CheckIns of;
        private final int[] before;

        private Ratings(CheckIns of, int[] before) {
            this.of = of;
            this.before = before;
        }

        /** As {@link CheckIns#ratingSum} of the item. */
        public long sum(long fromEpoch, long toEpoch) {
            long a = Math.max(0, fromEpoch - of.firstEpoch);
            long b = Math.min(of.first.length - 1L, toEpoch - of.firstEpoch);
            return a > b ? 0 : before[(int) b + 1] - before[(int) a];
        }
    }

    /** The Hooper sum of the day's check-in, {@link #NONE} without one. */
    int sum(long epochDay) {
        long i = epochDay - firstEpoch;
        return i >= 0 && i < sum.length && sum[(int) i] != 0 ? sum[(int) i] : NONE;
    }

    /** The worst item of the day's check-in, {@link #NONE} without one. */
    int worstItem(long epochDay) {
        long i = epochDay - firstEpoch;
        return i >= 0 && i < worstItem.length && worstItem[(int) i] != 0 ? worstItem[(int) i] : NONE;
    }

    /**
     * For each day, how many days in a row up to it had a check-in whose worst item is above {@code limit}
     * ({@link Bounds#over}): 0 on a day without a check-in or not above. Built once per list and limit.
     */
    Runs itemRuns(double limit) {
        Runs r = itemRuns;
        if (r == null || Double.compare(r.limit, limit) != 0) {
            r = new Runs(this, worstItem, limit);
            itemRuns = r;
        }
        return r;
    }

    /** As {@link #itemRuns} for the Hooper sum. */
    Runs sumRuns(double limit) {
        Runs r = sumRuns;
        if (r == null || Double.compare(r.limit, limit) != 0) {
            r = new Runs(this, sum, limit);
            sumRuns = r;
        }
        return r;
    }

    /** Days in a row above a limit, by day ({@link #itemRuns}, {@link #sumRuns}). */
    static final class Runs {
        private final CheckIns of;
        final double limit;
        private final int[] run;

        private Runs(CheckIns of, int[] values, double limit) {
            this.of = of;
            this.limit = limit;
            this.run = new int[values.length];
            // Bounds.over(v, limit) for a whole rating v: v > limit + EPS exactly when v > floor(limit + EPS); a
            // cut of at least 0 leaves out the days without a check-in (0 in the arrays; a rating or sum is at least
            // 1, so a lower cut counted the same days), a NaN limit leaves out every day
            double above = limit + Bounds.EPS;
            int cut = above != above ? Integer.MAX_VALUE
                    : (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floor(above)));
            int previous = 0;
            for (int i = 0; i < values.length; i++) {
                previous = values[i] > cut ? previous + 1 : 0;
                run[i] = previous;
            }
        }

        /** The days in a row up to epoch day {@code epochDay} (inclusive) above the limit; 0 when it is not. */
        int upTo(long epochDay) {
            long i = epochDay - of.firstEpoch;
            return i >= 0 && i < run.length ? run[(int) i] : 0;
        }
    }
}
