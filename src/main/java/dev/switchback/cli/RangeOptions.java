package dev.switchback.cli;

import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --week} / {@code --from} / {@code --to} options that {@code check} and {@code export} share, parsed
 * with messages that say what to type. Each command decides what a missing end means.
 */
final class RangeOptions {

    @Option(names = "--week", paramLabel = "WEEK", description = "one ISO week, e.g. 2026-W48")
    String week;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, e.g. 2026-09-01")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, e.g. 2027-06-30")
    String to;

    /** The Monday of {@code --week}, if given. Throws with a readable message for a bad week or both forms. */
    Optional<LocalDate> weekStart() {
        if (week != null && (from != null || to != null)) {
            throw new IllegalArgumentException("Give either --week or --from/--to, not both");
        }
        return week == null ? Optional.empty() : Optional.of(Weeks.parse(week.strip()));
    }

    Optional<LocalDate> from() {
        return date("--from", from);
    }

    Optional<LocalDate> to() {
        return date("--to", to);
    }

    /** Throws when {@code last} is before {@code first}. */
    static void inOrder(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to (" + last + ") is before --from (" + first + ")");
        }
    }

    private static Optional<LocalDate> date(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " needs a date such as 2026-11-23 (was '" + value + "')", e);
        }
    }
}
