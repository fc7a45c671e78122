package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ByDate.lowerBound: the first position at or above a key, from a start, at and around every value. */
class ByDateLowerBoundTest {
    private static final int[] DAYS = {2, 4, 4, 4, 7, 9};

    @Test
    void theFirstPositionAtOrAboveTheKey() {
        for (int key = 0; key <= 10; key++) {
            for (int from = 0; from <= DAYS.length; from++) {
                int expected = from;
                while (expected < DAYS.length && DAYS[expected] < key) {
                    expected++;
                }
                assertThat(ByDate.lowerBound(DAYS, from, key)).as("key %s from %s", key, from).isEqualTo(expected);
            }
        }
        assertThat(ByDate.lowerBound(new int[0], 0, 5)).isZero();
        assertThat(ByDate.lowerBound(DAYS, 0, 4)).isEqualTo(1);
        assertThat(ByDate.lowerBound(DAYS, 0, 5)).isEqualTo(4);
    }
}
