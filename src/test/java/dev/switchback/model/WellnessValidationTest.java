package dev.switchback.model;

import static dev.switchback.model.Refusal.accepted;
import static dev.switchback.model.Refusal.refused;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WellnessValidationTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 2);

    static Wellness w(int sleep, Double hours, int stress, int fatigue, int soreness, int motivation, Integer hr) {
        return new Wellness(DAY, sleep, Optional.ofNullable(hours), stress, fatigue, soreness, motivation,
                Optional.ofNullable(hr));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                accepted("all 1", () -> w(1, 0.0, 1, 1, 1, 1, 25)),
                accepted("all 7", () -> w(7, 24.0, 7, 7, 7, 7, 150)),
                refused("sleep quality 0", () -> w(0, null, 1, 1, 1, 1, null),
                        "Sleep quality must be between 1 and 7 (was 0)"),
                refused("sleep 24.1 h", () -> w(1, 24.1, 1, 1, 1, 1, null),
                        "Sleep must be between 0 and 24 h (was 24.1 h)"),
                refused("negative sleep", () -> w(1, -1.0, 1, 1, 1, 1, null),
                        "Sleep must be between 0 and 24 h (was -1 h)"),
                refused("stress 8", () -> w(1, null, 8, 1, 1, 1, null), "Stress must be between 1 and 7 (was 8)"),
                refused("fatigue 0", () -> w(1, null, 1, 0, 1, 1, null), "Fatigue must be between 1 and 7 (was 0)"),
                refused("soreness 8", () -> w(1, null, 1, 1, 8, 1, null),
                        "Muscle soreness must be between 1 and 7 (was 8)"),
                refused("motivation 8", () -> w(1, null, 1, 1, 1, 8, null),
                        "Motivation must be between 1 and 7 (was 8)"),
                refused("resting HR 24", () -> w(1, null, 1, 1, 1, 1, 24),
                        "Resting heart rate must be between 25 and 150 bpm (was 24 bpm)"),
                refused("resting HR 151", () -> w(1, null, 1, 1, 1, 1, 151),
                        "Resting heart rate must be between 25 and 150 bpm (was 151 bpm)"),
                refused("year 0", () -> new Wellness(LocalDate.of(0, 1, 1), 1, Optional.empty(), 1, 1, 1, 1,
                        Optional.empty()), "Check-in date must be between 1900-01-01 and 2199-12-31 (was 0000-01-01)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryInvalidValueWithAReadableMessage(String name, ThrowingCallable construction, String message) {
        Refusal.check(construction, message);
    }
}
