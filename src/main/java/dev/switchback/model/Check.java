package dev.switchback.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Validation helpers whose messages a person can read: what, the allowed range, and the value given. */
public final class Check {
    /** Earliest and latest dates a plan may hold; year 0 or 99999 is a typing error, not a plan. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private Check() {
    }

    public static double range(String what, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be between " + fmt(min) + " and " + fmt(max)
                    + unitSuffix(unit) + " (was " + fmt(value) + unitSuffix(unit) + ")");
        }
        return value;
    }

    public static int range(String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max
                    + unitSuffix(unit) + " (was " + value + unitSuffix(unit) + ")");
        }
        return value;
    }

    public static Optional<Integer> range(String what, Optional<Integer> value, int min, int max, String unit) {
        Objects.requireNonNull(value, what);
        value.ifPresent(v -> range(what, v, min, max, unit));
        return value;
    }

    public static Optional<Double> rangeD(String what, Optional<Double> value, double min, double max, String unit) {
        Objects.requireNonNull(value, what);
        value.ifPresent(v -> range(what, v, min, max, unit));
        return value;
    }

    public static Duration duration(String what, Duration value, Duration max) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and " + max.toHours() + " h (was "
                    + value.toMinutes() + " min)");
        }
        return value;
    }

    public static LocalDate date(String what, LocalDate value) {
        Objects.requireNonNull(value, what);
        if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
            throw new IllegalArgumentException(what + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE
                    + " (was " + value + ")");
        }
        return value;
    }

    public static String text(String what, String value, int maxLength) {
        Objects.requireNonNull(value, what);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is too long: at most " + maxLength + " characters (was "
                    + value.length() + ")");
        }
        return value;
    }

    public static String nonBlank(String what, String value, int maxLength) {
        text(what, value, maxLength);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value.strip();
    }

    public static <T> List<T> list(String what, Collection<T> values) {
        Objects.requireNonNull(values, what);
        for (T v : values) {
            Objects.requireNonNull(v, () -> what + " must not contain empty entries");
        }
        return List.copyOf(values);
    }

    public static <T, K> void unique(String what, Collection<T> values, Function<T, K> key) {
        var seen = new HashSet<K>();
        for (T v : values) {
            K k = key.apply(v);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(what + " appears twice: " + k);
            }
        }
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "not a number";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.valueOf(v);
    }
}
