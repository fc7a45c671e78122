package dev.switchback.engine.rules.wellness;

import dev.switchback.model.Athlete;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Wellness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class Fixtures {
    /** Monday of the week the tests check. */
    static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    static final Athlete ATHLETE = Athlete.of("Ada", 70);

    private Fixtures() {
    }

    static Plan plan() {
        return Plan.empty("Test", ATHLETE);
    }

    static LocalDate day(int offsetFromWeek) {
        return WEEK.plusDays(offsetFromWeek);
    }

    static Wellness wellness(LocalDate date, int sleep, int stress, int fatigue, int soreness, int motivation,
            Optional<Integer> rhr) {
        return new Wellness(date, sleep, Optional.of(7.5), stress, fatigue, soreness, motivation, rhr);
    }

    /** A check-in whose Hooper sum is {@code sum}, spread over the four items. */
    static Wellness hooper(LocalDate date, int sum) {
        int base = sum / 4;
        int rest = sum % 4;
        return wellness(date, base + (rest > 0 ? 1 : 0), base + (rest > 1 ? 1 : 0), base + (rest > 2 ? 1 : 0), base,
                2, Optional.empty());
    }

    static Wellness fine(LocalDate date) {
        return wellness(date, 2, 2, 2, 2, 2, Optional.empty());
    }

    static Session hard(LocalDate date, String title) {
        return Session.of(date, SessionKind.TRAIL_RUN, title, Duration.ofMinutes(60)).withTargetRpe(Optional.of(8.0));
    }

    static Session easy(LocalDate date, String title) {
        return Session.of(date, SessionKind.TRAIL_RUN, title, Duration.ofMinutes(45)).withTargetRpe(Optional.of(3.0));
    }

    static OutingLog sore(LocalDate date, BodyArea... areas) {
        return OutingLog.quick(date, SessionKind.TRAIL_RUN, Duration.ofMinutes(40), 4, "")
                .withSoreness(Optional.of(3), Set.of(areas));
    }

    static Plan withThreshold(Plan plan, String key, double value) {
        return plan.withRules(plan.rules().withThresholds(Map.of(key, value)));
    }
}
