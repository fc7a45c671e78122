package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The records' refusals name the component they concern, so no caller reads the start of the message. */
class InvalidFieldTest {
    private static final Session RUN = Session.of(LocalDate.of(2026, 6, 2), SessionKind.TRAIL_RUN, "Run",
            Duration.ofMinutes(60));
    private static final Athlete ALEX = Athlete.of("Alex", 68);

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("session pack", (ThrowingCallable) () -> RUN.withPackKg(81), "packKg",
                        "Pack mass must be between 0 and 80 kg (was 81 kg)"),
                Arguments.of("session duration", (ThrowingCallable) () -> RUN.withDuration(Duration.ofHours(25)),
                        "duration", "Duration must be between 0 and 24 h (was 1500 min)"),
                Arguments.of("session date", (ThrowingCallable) () -> RUN.withDate(LocalDate.of(1899, 1, 1)), "date",
                        "Session date must be between 1900-01-01 and 2199-12-31 (was 1899-01-01)"),
                Arguments.of("session heart-rate zone",
                        (ThrowingCallable) () -> RUN.withTargetHrZone(Optional.of(6)), "targetHrZone",
                        "Heart-rate zone must be between 1 and 5 (was 6)"),
                Arguments.of("body mass", (ThrowingCallable) () -> Athlete.of("Alex", 600), "bodyMassKg",
                        "Body mass must be between 25 and 300 kg (was 600 kg)"),
                Arguments.of("resting not below maximum",
                        (ThrowingCallable) () -> new Athlete("Alex", 68, Optional.of(100), Optional.of(110),
                                ALEX.sex(), ALEX.units(), ALEX.experience()),
                        "restingHeartRate", "Resting heart rate (110"),
                Arguments.of("stage altitude",
                        (ThrowingCallable) () -> new TripStage(Duration.ofHours(5), 10_000, 800, 800, 12,
                                Optional.empty(), TrailPlan.NONE, Optional.of(9_500.0), Optional.empty()),
                        "sleepingAltitudeM", "Sleeping altitude must be between -500 and 9000 m (was 9500 m)"),
                Arguments.of("wellness stress", (ThrowingCallable) () -> new Wellness(LocalDate.of(2026, 6, 2), 3,
                        Optional.empty(), 8, 3, 3, 3, Optional.empty()), "stress",
                        "Stress must be between 1 and 7 (was 8)"),
                Arguments.of("turnaround after 0 min",
                        (ThrowingCallable) () -> Turnaround.after(Duration.ZERO), "after",
                        "Turnaround after an elapsed time must be after more than 0 min"),
                Arguments.of("trip without stages", (ThrowingCallable) () -> new Trip(new TripId("t"), "Trip",
                        LocalDate.of(2026, 6, 2), List.of(), Terrain.TRAIL, false, ""), "stages",
                        "A trip has between 1 and"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedValueNamesItsComponent(String name, ThrowingCallable construction, String field, String message) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(InvalidField.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).startsWith(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.switchback.model.InvalidFieldTest#acrossFields")
    void aRefusalAcrossFieldsNamesNone(String name, ThrowingCallable construction) {
        assertThatThrownBy(construction).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> acrossFields() {
        return Stream.of(
                Arguments.of("rest day with a pack", (ThrowingCallable) () -> Session.rest(RUN.date()).withPackKg(1)),
                Arguments.of("turnaround two ways", (ThrowingCallable) () -> new Turnaround(
                        Optional.of(java.time.LocalTime.NOON), Optional.of(Duration.ofHours(2)), Optional.empty())));
    }
}
