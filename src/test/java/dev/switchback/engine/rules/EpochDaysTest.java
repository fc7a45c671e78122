package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpochDaysTest {
    @Test
    void givesEveryDatesEpochDayInOrderAcrossMonthsAndYearsAndOutOfOrder() {
        var days = new EpochDays();
        // every day across leap years and month ends, in order
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2005, 3, 31)); d = d.plusDays(1)) {
            assertThat(days.of(d)).isEqualTo(d.toEpochDay());
        }
        // and in any order: the same month of another year, then back
        var r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate d = LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
            assertThat(days.of(d)).isEqualTo(d.toEpochDay());
        }
        assertThat(days.of(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(days.of(LocalDate.of(2023, 2, 1))).isEqualTo(LocalDate.of(2023, 2, 1).toEpochDay());
    }
}
