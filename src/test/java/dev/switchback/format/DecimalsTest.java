package dev.switchback.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Decimals.fixed writes what String.format(Locale.ROOT, "%.Nf") writes. */
class DecimalsTest {
    private static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    @Property(tries = 5000)
    void anyDoubleAsTheFormatterWritesIt(@ForAll double v, @ForAll @IntRange(min = 0, max = 6) int decimals) {
        assertThat(Decimals.fixed(v, decimals)).as("%s with %s", v, decimals).isEqualTo(format(v, decimals));
    }

    @Property(tries = 5000)
    void theEnginesRangeAsTheFormatterWritesIt(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int thousandths,
            @ForAll @IntRange(min = 0, max = 3) int decimals) {
        double v = thousandths / 1000.0; // halves at every digit: 1.005, 0.285, 2.5
        assertThat(Decimals.fixed(v, decimals)).as("%s with %s", v, decimals).isEqualTo(format(v, decimals));
    }

    @Test
    void edgesAsTheFormatterWritesThem() {
        double[] edges = {0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.005, 1.005, 9.995, 99.95, 999.5, 0.001, -0.001, 1e-4, 1e7,
            1.2345678e9, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1 / 3.0, 2 / 3.0};
        var random = new Random(7);
        for (double v : edges) {
            for (int d = 0; d <= 6; d++) {
                assertThat(Decimals.fixed(v, d)).as("%s with %s", v, d).isEqualTo(format(v, d));
            }
        }
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9) - 2);
            int d = random.nextInt(4);
            assertThat(Decimals.fixed(v, d)).as("%s with %s", v, d).isEqualTo(format(v, d));
        }
        assertThat(Decimals.fixed(1.005, 2)).isEqualTo("1.01");
        assertThat(Decimals.fixed(-0.001, 2)).isEqualTo("-0.00");
        assertThat(Decimals.fixed(9.995, 2)).isEqualTo("10.00");
    }

    @Test
    void decimalsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> Decimals.fixed(1, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
