package dev.switchback.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.ui.session.SessionEditorViewModel.Field;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The editor's optional start time: typed the ways people write times, refused with a reason otherwise. */
class SessionStartTimeTest {
    private static final Athlete ALEX = Athlete.of("Alex", 70);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource({"07:30, 07:30", "7:30, 07:30", "7.30, 07:30", "7h30, 07:30", "00:00, 00:00", "23:59, 23:59"})
    void acceptsTimesOfDay(String typed, String stored) {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.startTimeProperty().set(typed);
        assertThat(vm.errorProperty(Field.START_TIME).get()).isEmpty();
        assertThat(vm.result().orElseThrow().startTime()).contains(LocalTime.parse(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "7:60", "730", "morning", "7:3"})
    void refusesWhatIsNotATimeNextToTheField(String typed) {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.startTimeProperty().set(typed);
        assertThat(vm.errorProperty(Field.START_TIME).get()).isEqualTo("Start time must be a time of day such as"
                + " 07:30 or 18:15, 24-hour clock, or blank for any time that day (was \"" + typed + "\")");
        assertThat(vm.result()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsAnyTimeThatDay(String typed) {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.startTimeProperty().set("07:00");
        vm.startTimeProperty().set(typed);
        assertThat(vm.result().orElseThrow().startTime()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anExistingTimeIsShownAndKept() {
        var s = dev.switchback.model.Session.of(DAY, dev.switchback.model.SessionKind.HIKE, "Ridge",
                java.time.Duration.ofHours(3)).withStartTime(Optional.of(LocalTime.of(6, 5)));
        var vm = SessionEditorViewModel.forEdit(s, ALEX);
        assertThat(vm.startTimeProperty().get()).isEqualTo("06:05");
        assertThat(vm.result().orElseThrow()).isEqualTo(s);
    }
}
