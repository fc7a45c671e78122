package dev.switchback.model;

import static dev.switchback.model.Refusal.accepted;
import static dev.switchback.model.Refusal.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionValidationTest {
    static final Session RUN = Session.of(LocalDate.of(2026, 6, 2), SessionKind.TRAIL_RUN, "Run",
            Duration.ofMinutes(60));

    static Stream<Arguments> cases() {
        return Stream.of(
                refused("year 1899", () -> RUN.withDate(LocalDate.of(1899, 12, 31)),
                        "Session date must be between 1900-01-01 and 2199-12-31 (was 1899-12-31)"),
                accepted("1900-01-01", () -> RUN.withDate(LocalDate.of(1900, 1, 1))),
                accepted("2199-12-31", () -> RUN.withDate(LocalDate.of(2199, 12, 31))),
                refused("year 2200", () -> RUN.withDate(LocalDate.of(2200, 1, 1)),
                        "Session date must be between 1900-01-01 and 2199-12-31 (was 2200-01-01)"),
                refused("year 0", () -> RUN.withDate(LocalDate.of(0, 1, 1)),
                        "Session date must be between 1900-01-01 and 2199-12-31 (was 0000-01-01)"),
                refused("title of 121 characters", () -> RUN.withTitle("t".repeat(121)),
                        "Title is too long: at most 120 characters (was 121)"),
                refused("negative duration", () -> RUN.withDuration(Duration.ofMinutes(-1)),
                        "Duration must be between 0 and 24 h (was -1 min)"),
                accepted("24 h", () -> RUN.withDuration(Duration.ofHours(24))),
                refused("24 h and a second", () -> RUN.withDuration(Duration.ofHours(24).plusSeconds(1)),
                        "Duration must be between 0 and 24 h (was 1440 min)"),
                refused("negative distance", () -> RUN.withDistanceM(-1),
                        "Distance must be between 0 and 300 km (was -0.001 km)"),
                accepted("300 km", () -> RUN.withDistanceM(300_000)),
                refused("300 km and a metre", () -> RUN.withDistanceM(300_001),
                        "Distance must be between 0 and 300 km (was 300.001 km)"),
                refused("10^9 km", () -> RUN.withDistanceM(1e12),
                        "Distance must be between 0 and 300 km (was 1000000000 km)"),
                refused("climb over 15000 m", () -> RUN.withClimbM(15_001),
                        "Climb must be between 0 and 15000 m (was 15001 m)"),
                accepted("climb 15000 m", () -> RUN.withClimbM(15_000)),
                refused("negative descent", () -> RUN.withDescentM(-5),
                        "Descent must be between 0 and 15000 m (was -5 m)"),
                refused("negative pack", () -> RUN.withPackKg(-0.5),
                        "Pack mass must be between 0 and 80 kg (was -0.5 kg)"),
                accepted("pack 80 kg", () -> RUN.withPackKg(80)),
                refused("pack 80.5 kg", () -> RUN.withPackKg(80.5),
                        "Pack mass must be between 0 and 80 kg (was 80.5 kg)"),
                refused("NaN pack", () -> RUN.withPackKg(Double.NaN),
                        "Pack mass must be between 0 and 80 kg (was not a number kg)"),
                refused("RPE 10.5", () -> RUN.withTargetRpe(Optional.of(10.5)),
                        "Target effort (RPE) must be between 0 and 10 (was 10.5)"),
                refused("RPE -1", () -> RUN.withTargetRpe(Optional.of(-1.0)),
                        "Target effort (RPE) must be between 0 and 10 (was -1)"),
                refused("HR zone 0", () -> RUN.withTargetHrZone(Optional.of(0)),
                        "Heart-rate zone must be between 1 and 5 (was 0)"),
                refused("HR zone 6", () -> RUN.withTargetHrZone(Optional.of(6)),
                        "Heart-rate zone must be between 1 and 5 (was 6)"),
                accepted("note of 4000 characters", () -> RUN.withNotes("n".repeat(4000))),
                refused("note of 4001 characters", () -> RUN.withNotes("n".repeat(4001)),
                        "Notes is too long: at most 4000 characters (was 4001)"),
                refused("next-day plan of 4001 characters", () -> RUN.withNextDayPlan("n".repeat(4001)),
                        "Plan for the next day is too long: at most 4000 characters (was 4001)"),
                refused("rest day with a duration", () -> Session.rest(RUN.date()).withDuration(Duration.ofMinutes(1)),
                        "A rest day has no duration, distance or pack"),
                refused("rest day with a pack", () -> Session.rest(RUN.date()).withPackKg(1),
                        "A rest day has no duration, distance or pack"),
                refused("empty id", () -> new SessionId(" "), "Session id must not be empty"),
                refused("id of 65 characters", () -> new SessionId("x".repeat(65)),
                        "Session id is too long: at most 64 characters (was 65)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryInvalidValueWithAReadableMessage(String name, ThrowingCallable construction, String message) {
        Refusal.check(construction, message);
    }
}
