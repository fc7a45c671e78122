package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheckInsTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    /** The runs above a limit are the days counted back from each day while its check-in is above (the slow way). */
    @Test
    void runsAboveALimitCountBackWhileEachDayIsAbove() {
        for (long seed = 0; seed < 20; seed++) {
            var r = new Random(seed);
            var list = new ArrayList<Wellness>();
            for (int d = 0; d < 60; d++) {
                if (r.nextInt(5) > 0) { // some days without a check-in break a run
                    list.add(new Wellness(START.plusDays(d), 1 + r.nextInt(7), Optional.empty(), 1 + r.nextInt(7),
                            1 + r.nextInt(7), 1 + r.nextInt(7), 4, Optional.empty()));
                }
            }
            var checkIns = new CheckIns(list);
            // at the limit is not above it (5 and 12, whole ratings); just under a whole rating is
            for (double limit : new double[] {-5, 0, 4.9999, 5, 5 - 1e-12, 12, 15.5, 40, Double.NaN}) {
                CheckIns.Runs items = checkIns.itemRuns(limit);
                CheckIns.Runs sums = checkIns.sumRuns(limit);
                for (int d = -3; d < 64; d++) {
                    long e = START.plusDays(d).toEpochDay();
                    assertThat(items.upTo(e)).as("item run to day %d, limit %s, seed %d", d, limit, seed)
                            .isEqualTo(slowRun(checkIns, e, true, limit));
                    assertThat(sums.upTo(e)).as("sum run to day %d, limit %s, seed %d", d, limit, seed)
                            .isEqualTo(slowRun(checkIns, e, false, limit));
                }
            }
            assertThat(checkIns.itemRuns(5)).isSameAs(checkIns.itemRuns(5)); // kept for the next week
        }
    }

    @Test
    void noCheckInsMeansNoRuns() {
        var checkIns = new CheckIns(java.util.List.of());
        assertThat(checkIns.itemRuns(5).upTo(START.toEpochDay())).isZero();
        assertThat(checkIns.sumRuns(12).upTo(START.toEpochDay())).isZero();
    }

    /** The days are read from the list in any order: the first and last dates bound the days only when sorted. */
    @Test
    void aListOutOfDateOrderGivesTheSameDays() {
        var r = new Random(7);
        var sorted = new ArrayList<Wellness>();
        for (int d = 0; d < 40; d++) {
            if (r.nextInt(3) > 0) {
                sorted.add(new Wellness(START.plusDays(d), 1 + r.nextInt(7), Optional.empty(), 1 + r.nextInt(7),
                        1 + r.nextInt(7), 1 + r.nextInt(7), 4,
                        r.nextBoolean() ? Optional.of(40 + r.nextInt(30)) : Optional.empty()));
            }
        }
        var shuffled = new ArrayList<>(sorted);
        java.util.Collections.shuffle(shuffled, r);
        var a = new CheckIns(sorted);
        var b = new CheckIns(shuffled);
        for (int d = -2; d < 42; d++) {
            long e = START.plusDays(d).toEpochDay();
            assertThat(b.sum(e)).isEqualTo(a.sum(e));
            assertThat(b.worstItem(e)).isEqualTo(a.worstItem(e));
            assertThat(b.restingHeartRate(e)).isEqualTo(a.restingHeartRate(e));
            assertThat(b.rating(e, Wellness::stress)).isEqualTo(a.rating(e, Wellness::stress));
            assertThat(b.count(e - 5, e)).isEqualTo(a.count(e - 5, e));
            assertThat(b.heartRates(e - 5, e)).isEqualTo(a.heartRates(e - 5, e));
        }
        // no check-in reads NONE, with or without a resting heart rate
        assertThat(a.sum(START.minusDays(1).toEpochDay())).isEqualTo(CheckIns.NONE);
        assertThat(a.restingHeartRate(START.minusDays(1).toEpochDay())).isEqualTo(CheckIns.NONE);
    }

    private static int slowRun(CheckIns checkIns, long end, boolean item, double limit) {
        int size = 0;
        for (long d = end; ; d--) {
            int v = item ? checkIns.worstItem(d) : checkIns.sum(d);
            if (v == CheckIns.NONE || !(v > limit + Bounds.EPS)) {
                return size;
            }
            size++;
        }
    }
}
