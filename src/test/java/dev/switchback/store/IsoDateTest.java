package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlanMapper#isoDate} is {@code LocalDate.parse}: the same day, or the same refusal. */
class IsoDateTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2024-02-29", "2026-02-29", "2026-02-30", "2026-04-31", "0000-01-01",
            "9999-12-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "+2026-01-01", "-2026-01-01",
            "+10000-01-01", "２０２６-01-01", "2026-01-01 ", " 2026-01-01", "2026/01/01", "2026-01-0a", "2026--1-01",
            "2026-0-101", "", "2026", "20261130", "2026-11-30T00:00"})
    void givesWhatLocalDateParseGives(String text) {
        assertSame(text);
    }

    @Property(tries = 2000)
    void anyTenCharactersOfDigitsAndDashes(@ForAll @StringLength(10) @CharRange(from = '-', to = '9') String text) {
        assertSame(text);
    }

    @Property(tries = 2000)
    void anyDayOfFourDigitYears(@ForAll("days") LocalDate day) {
        assertThat(PlanMapper.isoDate(day.toString())).isEqualTo(day);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<LocalDate> days() {
        return net.jqwik.api.Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static void assertSame(String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> PlanMapper.isoDate(text)).as(text).isInstanceOf(DateTimeParseException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        assertThat(PlanMapper.isoDate(text)).as(text).isEqualTo(expected);
    }
}
