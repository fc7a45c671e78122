package dev.switchback.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Validation helpers whose messages a person can read: what, the allowed range, and the value given. Each
 * takes the record component it checks ({@code field}) and refuses with an {@link InvalidField} naming it.
 */
public final class Check {
    /** Earliest and latest dates a plan may hold; year 0 or 99999 is a typing error, not a plan. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private Check() {
    }

    public static double range(String what, double value, double min, double max, String unit) {
        return range(null, what, value, min, max, unit);
    }

    public static double range(String field, String what, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw refused(field, what + " must be between " + fmt(min) + " and " + fmt(max)
                    + unitSuffix(unit) + " (was " + fmt(value) + unitSuffix(unit) + ")");
        }
        return value;
    }

    public static int range(String what, int value, int min, int max, String unit) {
        return range(null, what, value, min, max, unit);
    }

    public static int range(String field, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw refused(field, what + " must be between " + min + " and " + max
                    + unitSuffix(unit) + " (was " + value + unitSuffix(unit) + ")");
        }
        return value;
    }

    public static Optional<Integer> range(String field, String what, Optional<Integer> value, int min, int max,
            String unit) {
        Objects.requireNonNull(value, what);
        value.ifPresent(v -> range(field, what, v, min, max, unit));
        return value;
    }

    public static Optional<Double> rangeD(String field, String what, Optional<Double> value, double min, double max,
            String unit) {
        Objects.requireNonNull(value, what);
        value.ifPresent(v -> range(field, what, v, min, max, unit));
        return value;
    }

    public static Duration duration(String field, String what, Duration value, Duration max) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.compareTo(max) > 0) {
            throw refused(field, what + " must be between 0 and " + max.toHours() + " h (was "
                    + value.toMinutes() + " min)");
        }
        return value;
    }

    public static LocalDate date(String what, LocalDate value) {
        return date(null, what, value);
    }

    public static LocalDate date(String field, String what, LocalDate value) {
        Objects.requireNonNull(value, what);
        if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
            throw refused(field, what + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE
                    + " (was " + value + ")");
        }
        return value;
    }

    public static String text(String field, String what, String value, int maxLength) {
        Objects.requireNonNull(value, what);
        if (value.length() > maxLength) {
            throw refused(field, what + " is too long: at most " + maxLength + " characters (was "
                    + value.length() + ")");
        }
        return value;
    }

    public static String nonBlank(String field, String what, String value, int maxLength) {
        text(field, what, value, maxLength);
        if (value.isBlank()) {
            throw refused(field, what + " must not be empty");
        }
        return value.strip();
    }

    /** The refusal of {@code field}'s value; without a field (a check across fields) a plain one. */
    static IllegalArgumentException refused(String field, String message) {
        return field == null ? new IllegalArgumentException(message) : new InvalidField(field, message);
    }

    public static <T> List<T> list(String what, Collection<T> values) {
        Objects.requireNonNull(values, what);
        for (T v : values) {
            Objects.requireNonNull(v, () -> what + " must not contain empty entries");
        }
        return List.copyOf(values);
    }

    public static <T, K> void unique(String what, Collection<T> values, Function<T, K> key) {
        var seen = new HashSet<K>(Math.max(16, (int) (values.size() / 0.75f) + 1));
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
