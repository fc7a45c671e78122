package dev.switchback.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.format.UnitFormat;
import org.junit.jupiter.api.Test;

class ShownValueTest {
    private static final UnitFormat MILES = UnitFormat.of(dev.switchback.model.Units.IMPERIAL);

    @Test
    void theTextLeftAloneGivesBackTheExactValueAndAnyEditIsParsed() {
        var v = new ShownValue();
        String text = v.show(12_345, MILES.distanceNumber(12_345));
        assertThat(text).isEqualTo("7.7");
        assertThat(v.read("7.7", t -> MILES.readOrZero(dev.switchback.format.Measure.DISTANCE, "d", t))).isEqualTo(12_345);
        assertThat(v.read(" 7.7 ", t -> MILES.readOrZero(dev.switchback.format.Measure.DISTANCE, "d", t))).isEqualTo(12_345);
        // the shown number typed another way is still the shown value: with its unit, a trailing zero, a comma
        for (String same : new String[] {"7.7 mi", "7.7mi", "7.70", "7,7"}) {
            assertThat(v.read(same, t -> MILES.readOrZero(dev.switchback.format.Measure.DISTANCE, "d", t)))
                    .as(same).isEqualTo(12_345);
        }
        assertThat(v.read("7.71", t -> MILES.readOrZero(dev.switchback.format.Measure.DISTANCE, "d", t))).isCloseTo(12_408.0, within());
        assertThat(v.read("8", t -> MILES.readOrZero(dev.switchback.format.Measure.DISTANCE, "d", t))).isCloseTo(12_874.8, within());
    }

    @Test
    void aCopyKeepsTheExactValueOfWhatItCopies() {
        var first = new ShownValue();
        first.show(987, "987");
        var copy = new ShownValue();
        copy.copyFrom(first);
        assertThat(copy.read("987", t -> { throw new AssertionError("parsed"); })).isEqualTo(987);
        assertThat(new ShownValue().read("", t -> 0)).isZero();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.1);
    }
}
