package dev.switchback.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Issue 13: every date picker says a date as the window does ("Thu 3 Dec 2026"), never "12/3/2026". */
class DatePickersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void aDateReadsAsTheWindowSaysItAndEveryAcceptedFormReadsBack() {
        for (var c : java.util.List.of(DatePickers.KEEP_IF_NO_DATE, DatePickers.NULL_IF_NO_DATE)) {
            assertThat(c.toString(DAY)).isEqualTo("Thu 3 Dec 2026");
            assertThat(c.toString(null)).isEmpty();
            assertThat(c.fromString("Thu 3 Dec 2026")).isEqualTo(DAY);
            assertThat(c.fromString("2026-12-03")).isEqualTo(DAY);
            assertThat(c.fromString(" ")).isNull();
        }
    }

    @Test
    void textThatIsNoDateIsRefusedOneOfTwoWays() {
        // the picker keeps its date: DatePicker.commitValue ignores exactly this exception
        assertThatThrownBy(() -> DatePickers.KEEP_IF_NO_DATE.fromString("next week"))
                .isInstanceOf(DateTimeParseException.class);
        // the log forms' view-models refuse a null date with their reason under the field
        assertThat(DatePickers.NULL_IF_NO_DATE.fromString("next week")).isNull();
    }
}
