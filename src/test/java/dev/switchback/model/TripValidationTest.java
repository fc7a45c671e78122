package dev.switchback.model;

import static dev.switchback.model.Refusal.accepted;
import static dev.switchback.model.Refusal.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TripValidationTest {
    static final TripStage DAY = TripStage.of(Duration.ofHours(5), 15_000, 1_000, 12);
    static final Trip TRIP = new Trip(new TripId("t"), "Höhenweg", LocalDate.of(2026, 6, 27), List.of(DAY, DAY),
            Terrain.TECHNICAL, true, "");

    static TripStage stage(Duration d, double distance, double climb, double descent, double pack, Double rpe) {
        return new TripStage(d, distance, climb, descent, pack, Optional.ofNullable(rpe));
    }

    static Stream<Arguments> cases() {
        Duration h = Duration.ofHours(5);
        return Stream.of(
                refused("no stages", () -> TRIP.withStages(List.of()),
                        "A trip has between 1 and 60 daily stages (was 0)"),
                accepted("60 stages", () -> TRIP.withStages(Collections.nCopies(60, DAY))),
                refused("61 stages", () -> TRIP.withStages(Collections.nCopies(61, DAY)),
                        "A trip has between 1 and 60 daily stages (was 61)"),
                refused("empty title", () -> TRIP.withTitle(" "), "Trip title must not be empty"),
                refused("start in year 0", () -> TRIP.withStart(LocalDate.of(0, 1, 1)),
                        "Trip start must be between 1900-01-01 and 2199-12-31 (was 0000-01-01)"),
                refused("ends after 2199", () -> TRIP.withStart(LocalDate.of(2199, 12, 31)),
                        "Trip end must be between 1900-01-01 and 2199-12-31 (was 2200-01-01)"),
                refused("notes of 4001 characters", () -> TRIP.withNotes("n".repeat(4001)),
                        "Trip notes is too long: at most 4000 characters (was 4001)"),
                refused("stage over 24 h", () -> stage(Duration.ofHours(25), 0, 0, 0, 0, null),
                        "Stage duration must be between 0 and 24 h (was 1500 min)"),
                refused("negative stage distance", () -> stage(h, -1000, 0, 0, 0, null),
                        "Stage distance must be between 0 and 300 km (was -1 km)"),
                refused("stage climb 15001 m", () -> stage(h, 0, 15_001, 0, 0, null),
                        "Stage climb must be between 0 and 15000 m (was 15001 m)"),
                refused("negative stage descent", () -> stage(h, 0, 0, -1, 0, null),
                        "Stage descent must be between 0 and 15000 m (was -1 m)"),
                refused("stage pack 81 kg", () -> stage(h, 0, 0, 0, 81, null),
                        "Stage pack mass must be between 0 and 80 kg (was 81 kg)"),
                refused("stage RPE 11", () -> stage(h, 0, 0, 0, 0, 11.0),
                        "Stage effort (RPE) must be between 0 and 10 (was 11)"),
                accepted("stage at every upper limit", () -> stage(Duration.ofHours(24), 300_000, 15_000, 15_000, 80,
                        10.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryInvalidValueWithAReadableMessage(String name, ThrowingCallable construction, String message) {
        Refusal.check(construction, message);
    }
}
