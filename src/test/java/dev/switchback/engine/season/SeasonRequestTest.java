package dev.switchback.engine.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a season can be asked for, refused in the words the dialog and the command line show. */
class SeasonRequestTest {
    private static final LocalDate FROM = LocalDate.of(2026, 12, 3);
    private static final SeasonGoal GOAL = new SeasonGoal("Traverse", FROM.plusWeeks(8), Duration.ofHours(5), 16_000,
            1_200, 1_200, 12, 2, Optional.empty());
    private static final EnumSet<DayOfWeek> DAYS = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);

    private static SeasonRequest request(EnumSet<DayOfWeek> days, DayOfWeek longDay, Duration budget, LocalDate from) {
        return new SeasonRequest(GOAL, from, days, longDay, budget, false);
    }

    @Test
    void theWeekdayBudgetIsFifteenMinutesToFourHours() {
        assertThat(request(DAYS, DayOfWeek.SATURDAY, Duration.ofMinutes(15), FROM).weekdayBudget())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(request(DAYS, DayOfWeek.SATURDAY, Duration.ofHours(4), FROM).weekdayBudget())
                .isEqualTo(Duration.ofHours(4));
        assertThatThrownBy(() -> request(DAYS, DayOfWeek.SATURDAY, Duration.ofMinutes(14), FROM))
                .hasMessage("The weekday time budget must be 15 min to 4 h (was 14 min).");
        assertThatThrownBy(() -> request(DAYS, DayOfWeek.SATURDAY, Duration.ofMinutes(241), FROM))
                .hasMessage("The weekday time budget must be 15 min to 4 h (was 4 h 01).");
    }

    @Test
    void twoTrainingDaysAtLeastAndTheLongDayAmongThem() {
        assertThat(request(DAYS, DayOfWeek.TUESDAY, Duration.ofMinutes(50), FROM).days()).isEqualTo(DAYS);
        assertThatThrownBy(() -> request(EnumSet.of(DayOfWeek.SATURDAY), DayOfWeek.SATURDAY, Duration.ofMinutes(50),
                FROM)).hasMessage("A season needs at least two training days a week (was 1).");
        assertThatThrownBy(() -> request(DAYS, DayOfWeek.SUNDAY, Duration.ofMinutes(50), FROM))
                .hasMessage("The long day (Sunday) must be one of the days you can train on (Tuesday, Saturday).");
    }

    @Test
    void theSeasonStartsBeforeItsGoal() {
        assertThat(request(DAYS, DayOfWeek.SATURDAY, Duration.ofMinutes(50), GOAL.date().minusDays(1)).from())
                .isEqualTo(GOAL.date().minusDays(1));
        assertThatThrownBy(() -> request(DAYS, DayOfWeek.SATURDAY, Duration.ofMinutes(50), GOAL.date()))
                .hasMessage("The season starts (28 Jan 2027) on or after its goal (28 Jan 2027).");
    }
}
