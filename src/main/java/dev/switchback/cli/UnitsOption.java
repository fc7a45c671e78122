package dev.switchback.cli;

import dev.switchback.model.Units;
import java.util.Locale;
import java.util.Optional;

/** The {@code --units metric|imperial} of {@code check} and {@code export}: absent means the plan athlete's. */
final class UnitsOption {
    private UnitsOption() {
    }

    /** The units named, or empty when the option was not given; a sentence for anything else. */
    static Optional<Units> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "metric" -> Optional.of(Units.METRIC);
            case "imperial" -> Optional.of(Units.IMPERIAL);
            default -> throw new IllegalArgumentException("Unknown units '" + dev.switchback.model.Printable.excerpt(text)
                    + "': use metric or imperial");
        };
    }
}
