package dev.switchback.ui.log;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads and writes the numbers of the log forms; messages say which field and what to type. */
final class Numbers {
    private Numbers() {
    }

    static String plain(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A number, or empty for a blank field. Accepts a comma as decimal mark. */
    static Optional<Double> optional(String what, String text, String example) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number such as " + example + " (was \"" + text.strip()
                    + "\")");
        }
    }

    static double orZero(String what, String text, String example) {
        return optional(what, text, example).orElse(0.0);
    }

    static Optional<Integer> optionalInt(String what, String text, String example) {
        return optional(what, text, example).map(v -> {
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException(what + " must be a whole number such as " + example + " (was \""
                        + text.strip() + "\")");
            }
            return v.intValue();
        });
    }

    /** "1:30" (hours:minutes) or "90" (minutes). */
    static Duration duration(String what, String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.contains(":")) {
                String[] parts = t.split(":");
                if (parts.length != 2 || parts[1].length() != 2) {
                    throw new NumberFormatException();
                }
                long h = Long.parseLong(parts[0]);
                long m = Long.parseLong(parts[1]);
                if (h < 0 || m < 0 || m > 59) {
                    throw new NumberFormatException();
                }
                return Duration.ofHours(h).plusMinutes(m);
            }
            long minutes = Long.parseLong(t);
            if (minutes < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofMinutes(minutes);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be hours:minutes such as 1:30, or minutes such as 90"
                    + " (was \"" + t + "\")");
        }
    }

    /** "1:30" */
    static String duration(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }
}
