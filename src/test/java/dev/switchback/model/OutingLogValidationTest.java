package dev.switchback.model;

import static dev.switchback.model.Refusal.accepted;
import static dev.switchback.model.Refusal.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutingLogValidationTest {
    static final OutingLog LOG = OutingLog.quick(LocalDate.of(2026, 6, 2), SessionKind.TRAIL_RUN,
            Duration.ofMinutes(60), 5, "");

    static OutingLog measured(double distance, double climb, double descent, double pack, double rpe) {
        return new OutingLog(LOG.id(), LOG.date(), Optional.empty(), LOG.kind(), "", LOG.duration(), distance, climb,
                descent, pack, rpe, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), EnumSet.noneOf(BodyArea.class), Optional.empty(), Optional.empty(),
                Optional.empty(), EnumSet.noneOf(Weather.class), "", "", "");
    }

    static Stream<Arguments> cases() {
        LocalDate d = LOG.date();
        return Stream.of(
                refused("year 99999", () -> OutingLog.quick(LocalDate.of(99999, 1, 1), SessionKind.HIKE,
                        Duration.ZERO, 2, ""), "Outing date must be between 1900-01-01 and 2199-12-31 (was +99999-01-01)"),
                refused("negative duration", () -> OutingLog.quick(d, SessionKind.HIKE, Duration.ofMinutes(-5), 2, ""),
                        "Actual duration must be between 0 and 24 h (was -5 min)"),
                refused("RPE just over 10", () -> OutingLog.quick(d, SessionKind.HIKE, Duration.ZERO, 10.01, ""),
                        "Effort (RPE) must be between 0 and 10 (was 10.01)"),
                accepted("RPE 10", () -> OutingLog.quick(d, SessionKind.HIKE, Duration.ZERO, 10, "")),
                accepted("RPE 0", () -> OutingLog.quick(d, SessionKind.HIKE, Duration.ZERO, 0, "")),
                refused("RPE NaN", () -> OutingLog.quick(d, SessionKind.HIKE, Duration.ZERO, Double.NaN, ""),
                        "Effort (RPE) must be between 0 and 10 (was not a number)"),
                refused("negative distance", () -> measured(-1000, 0, 0, 0, 3),
                        "Actual distance must be between 0 and 300 km (was -1 km)"),
                refused("climb 15001 m", () -> measured(0, 15_001, 0, 0, 3),
                        "Actual climb must be between 0 and 15000 m (was 15001 m)"),
                refused("negative descent", () -> measured(0, 0, -1, 0, 3),
                        "Actual descent must be between 0 and 15000 m (was -1 m)"),
                refused("negative pack", () -> measured(0, 0, 0, -2, 3),
                        "Actual pack mass must be between 0 and 80 kg (was -2 kg)"),
                refused("average HR 24", () -> LOG.withHeartRate(Optional.of(24), Optional.empty()),
                        "Average heart rate must be between 25 and 250 bpm (was 24 bpm)"),
                refused("max HR 251", () -> LOG.withHeartRate(Optional.empty(), Optional.of(251)),
                        "Maximum heart rate must be between 25 and 250 bpm (was 251 bpm)"),
                refused("average above max", () -> LOG.withHeartRate(Optional.of(170), Optional.of(169)),
                        "Average heart rate (170 bpm) cannot be above maximum heart rate (169 bpm)"),
                accepted("average equal to max", () -> LOG.withHeartRate(Optional.of(170), Optional.of(170))),
                refused("soreness 0", () -> LOG.withSoreness(Optional.of(0), EnumSet.noneOf(BodyArea.class)),
                        "Soreness must be between 1 and 7 (was 0)"),
                refused("soreness 8", () -> LOG.withSoreness(Optional.of(8), EnumSet.noneOf(BodyArea.class)),
                        "Soreness must be between 1 and 7 (was 8)"),
                refused("sleep 24.5 h", () -> LOG.withSleepAndMotivation(Optional.of(24.5), Optional.empty(),
                        Optional.empty()), "Sleep must be between 0 and 24 h (was 24.5 h)"),
                refused("sleep quality 8", () -> LOG.withSleepAndMotivation(Optional.empty(), Optional.of(8),
                        Optional.empty()), "Sleep quality must be between 1 and 7 (was 8)"),
                refused("motivation 0", () -> LOG.withSleepAndMotivation(Optional.empty(), Optional.empty(),
                        Optional.of(0)), "Motivation must be between 1 and 7 (was 0)"),
                refused("title of 121 characters", () -> LOG.withTexts("t".repeat(121), "", "", ""),
                        "Title is too long: at most 120 characters (was 121)"),
                refused("meals of 4001 characters", () -> LOG.withTexts("", "m".repeat(4001), "", ""),
                        "Meals and hydration is too long: at most 4000 characters (was 4001)"),
                refused("notes of 4001 characters", () -> LOG.withTexts("", "", "n".repeat(4001), ""),
                        "Notes is too long: at most 4000 characters (was 4001)"),
                refused("next-day plan of 4001 characters", () -> LOG.withTexts("", "", "", "n".repeat(4001)),
                        "Plan for the next day is too long: at most 4000 characters (was 4001)"),
                refused("feel 0", () -> new Feel(0, ""), "Feel must be between 1 and 5 (was 0)"),
                refused("feel 6", () -> new Feel(6, ""), "Feel must be between 1 and 5 (was 6)"),
                accepted("feel 1 and 5", () -> {
                    new Feel(1, "");
                    new Feel(5, "");
                }),
                refused("feel words of 501 characters", () -> new Feel(3, "w".repeat(501)),
                        "Feel words is too long: at most 500 characters (was 501)"),
                refused("empty log id", () -> new LogId(""), "Log id must not be empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryInvalidValueWithAReadableMessage(String name, ThrowingCallable construction, String message) {
        Refusal.check(construction, message);
    }
}
