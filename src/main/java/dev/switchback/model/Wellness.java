package dev.switchback.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A daily check-in on the Hooper scales: every item 1 (best) .. 7 (worst); the sum runs 4..28 over
 * sleep quality, stress, fatigue and muscle soreness. Motivation uses the same direction
 * (1 eager .. 7 none) but is not part of the Hooper sum.
 */
public record Wellness(
        LocalDate date,
        int sleepQuality,
        Optional<Double> sleepHours,
        int stress,
        int fatigue,
        int soreness,
        int motivation,
        Optional<Integer> restingHeartRate) {

    public Wellness {
        Check.date("date", "Check-in date", date);
        Check.range("sleepQuality", "Sleep quality", sleepQuality, 1, 7, "");
        Check.rangeD("sleepHours", "Sleep", sleepHours, 0, 24, "h");
        Check.range("stress", "Stress", stress, 1, 7, "");
        Check.range("fatigue", "Fatigue", fatigue, 1, 7, "");
        Check.range("soreness", "Muscle soreness", soreness, 1, 7, "");
        Check.range("motivation", "Motivation", motivation, 1, 7, "");
        Check.range("restingHeartRate", "Resting heart rate", restingHeartRate, 25, 150, "bpm");
    }

    /** Hooper index: sleep + stress + fatigue + soreness, 4 (fresh) .. 28 (exhausted). */
    public int hooperSum() {
        return sleepQuality + stress + fatigue + soreness;
    }
}
