package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The shared windows equal the plain loops they replace, at block edges and the plan's ends too. */
class WindowsTest {
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    @Property(tries = 200)
    void longestBeforeAndTripDaysEqualTheirLoops(@ForAll @IntRange(min = 0, max = 1200) int n,
            @ForAll @IntRange(min = 1, max = 400) int days, @ForAll long seed) {
        var r = new Random(seed);
        double[] longest = new double[n];
        boolean[] trip = new boolean[n];
        double[] load = new double[n];
        for (int i = 0; i < n; i++) {
            longest[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(300);
            trip[i] = r.nextInt(20) == 0;
            load[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 900;
        }
        var w = new Windows(FIRST.toEpochDay(), trip, longest, load);
        for (int d = -days - 3; d <= n + days + 3; d += 1 + r.nextInt(5)) {
            double expected = 0;
            for (int k = 1; k <= days; k++) {
                int i = d - k;
                expected = Math.max(expected, i >= 0 && i < n ? longest[i] : 0);
            }
            assertThat(w.longestBefore(FIRST.plusDays(d), days)).as("day %d, %d days", d, days).isEqualTo(expected);
            int to = d + r.nextInt(15);
            boolean any = false;
            for (int i = Math.max(0, d); i <= Math.min(n - 1, to); i++) {
                any |= trip[i];
            }
            assertThat(w.anyTripDay(FIRST.plusDays(d), FIRST.plusDays(to))).isEqualTo(any);
            double training = 0;
            for (int i = d; i < d + 7; i++) {
                if (i >= 0 && i < n && !trip[i]) {
                    training += load[i];
                }
            }
            assertThat(w.trainingLoad(FIRST.plusDays(d))).isEqualTo(training);
        }
    }
}
