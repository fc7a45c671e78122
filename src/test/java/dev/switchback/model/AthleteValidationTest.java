package dev.switchback.model;

import static dev.switchback.model.Refusal.accepted;
import static dev.switchback.model.Refusal.refused;

import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AthleteValidationTest {
    static Athlete athlete(String name, double kg, Optional<Integer> max, Optional<Integer> rest) {
        return new Athlete(name, kg, max, rest, Sex.UNSPECIFIED, Units.METRIC, Experience.EXPERIENCED);
    }

    static Stream<Arguments> cases() {
        var none = Optional.<Integer>empty();
        return Stream.of(
                refused("empty name", () -> athlete("", 68, none, none), "Athlete name must not be empty"),
                refused("blank name", () -> athlete("  ", 68, none, none), "Athlete name must not be empty"),
                accepted("name of 120 characters", () -> athlete("a".repeat(120), 68, none, none)),
                refused("name of 121 characters", () -> athlete("a".repeat(121), 68, none, none),
                        "Athlete name is too long: at most 120 characters (was 121)"),
                refused("mass just under 25 kg", () -> athlete("A", 24.9, none, none),
                        "Body mass must be between 25 and 300 kg (was 24.9 kg)"),
                accepted("mass at 25 kg", () -> athlete("A", 25, none, none)),
                accepted("mass at 300 kg", () -> athlete("A", 300, none, none)),
                refused("mass just over 300 kg", () -> athlete("A", 300.1, none, none),
                        "Body mass must be between 25 and 300 kg (was 300.1 kg)"),
                refused("negative mass", () -> athlete("A", -68, none, none),
                        "Body mass must be between 25 and 300 kg (was -68 kg)"),
                refused("NaN mass", () -> athlete("A", Double.NaN, none, none),
                        "Body mass must be between 25 and 300 kg (was not a number kg)"),
                refused("max HR 99", () -> athlete("A", 68, Optional.of(99), none),
                        "Maximum heart rate must be between 100 and 250 bpm (was 99 bpm)"),
                accepted("max HR 100", () -> athlete("A", 68, Optional.of(100), none)),
                refused("max HR 251", () -> athlete("A", 68, Optional.of(251), none),
                        "Maximum heart rate must be between 100 and 250 bpm (was 251 bpm)"),
                refused("resting HR 24", () -> athlete("A", 68, none, Optional.of(24)),
                        "Resting heart rate must be between 25 and 120 bpm (was 24 bpm)"),
                refused("resting HR 121", () -> athlete("A", 68, none, Optional.of(121)),
                        "Resting heart rate must be between 25 and 120 bpm (was 121 bpm)"),
                refused("resting equal to max", () -> athlete("A", 68, Optional.of(110), Optional.of(110)),
                        "Resting heart rate (110 bpm) must be below maximum heart rate (110 bpm)"),
                accepted("resting just below max", () -> athlete("A", 68, Optional.of(110), Optional.of(109))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryInvalidValueWithAReadableMessage(String name, ThrowingCallable construction, String message) {
        Refusal.check(construction, message);
    }
}
