package dev.switchback.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The person the plan is for.
 *
 * @param bodyMassKg used to judge pack mass (percent of body mass) and the Pandolf estimate
 * @param maxHeartRate beats per minute, for TRIMP and heart-rate zones
 * @param restingHeartRate beats per minute, baseline for the resting-HR wellness signal
 */
public record Athlete(
        String name,
        double bodyMassKg,
        Optional<Integer> maxHeartRate,
        Optional<Integer> restingHeartRate,
        Sex sex,
        Units units,
        Experience experience) {

    public Athlete {
        name = Check.nonBlank("name", "Athlete name", name, 120);
        Check.range("bodyMassKg", "Body mass", bodyMassKg, 25, 300, "kg");
        Check.range("maxHeartRate", "Maximum heart rate", maxHeartRate, 100, 250, "bpm");
        Check.range("restingHeartRate", "Resting heart rate", restingHeartRate, 25, 120, "bpm");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(experience, "experience");
        if (maxHeartRate.isPresent() && restingHeartRate.isPresent()
                && restingHeartRate.get() >= maxHeartRate.get()) {
            throw new InvalidField("restingHeartRate", "Resting heart rate (" + restingHeartRate.get()
                    + " bpm) must be below maximum heart rate (" + maxHeartRate.get() + " bpm)");
        }
    }

    public static Athlete of(String name, double bodyMassKg) {
        return new Athlete(name, bodyMassKg, Optional.empty(), Optional.empty(), Sex.UNSPECIFIED, Units.METRIC,
                Experience.EXPERIENCED);
    }

    /** Pack mass as a fraction of body mass (0.2 = 20 %). */
    public double packFraction(double packKg) {
        return packKg / bodyMassKg;
    }

    public Athlete withName(String value) {
        return new Athlete(value, bodyMassKg, maxHeartRate, restingHeartRate, sex, units, experience);
    }

    public Athlete withBodyMassKg(double value) {
        return new Athlete(name, value, maxHeartRate, restingHeartRate, sex, units, experience);
    }

    public Athlete withHeartRates(Optional<Integer> max, Optional<Integer> resting) {
        return new Athlete(name, bodyMassKg, max, resting, sex, units, experience);
    }

    public Athlete withSex(Sex value) {
        return new Athlete(name, bodyMassKg, maxHeartRate, restingHeartRate, value, units, experience);
    }

    public Athlete withUnits(Units value) {
        return new Athlete(name, bodyMassKg, maxHeartRate, restingHeartRate, sex, value, experience);
    }

    public Athlete withExperience(Experience value) {
        return new Athlete(name, bodyMassKg, maxHeartRate, restingHeartRate, sex, units, value);
    }
}
