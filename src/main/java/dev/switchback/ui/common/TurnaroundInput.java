package dev.switchback.ui.common;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Units;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turnaround as typed in the session and trip editors, one text for the three kinds: "13:30" (turn
 * around by that time of day), "after 3:30" or "+3:30" (after that long), "14 km" or "8.5 mi" (at that
 * distance); blank for none. {@link #show} writes what {@link #parse} reads.
 */
public final class TurnaroundInput {
    private static final Pattern CLOCK = Pattern.compile("(?:by\\s*)?([01]?\\d|2[0-3])[:.h]([0-5]\\d)");
    private static final Pattern AFTER = Pattern.compile("(?:after|\\+)\\s*(.+)");
    private static final Pattern DISTANCE = Pattern.compile("(?:at\\s*)?([0-9]+(?:[.,][0-9]+)?)\\s*(km|mi)");

    private TurnaroundInput() {
    }

    public static Optional<Turnaround> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return Optional.of(Turnaround.by(LocalTime.of(Integer.parseInt(clock.group(1)),
                    Integer.parseInt(clock.group(2)))));
        }
        Matcher after = AFTER.matcher(t);
        if (after.matches()) {
            return Optional.of(Turnaround.after(UnitFormat.requireDuration("Turnaround after", after.group(1))));
        }
        Matcher distance = DISTANCE.matcher(t);
        if (distance.matches()) {
            double v = Double.parseDouble(distance.group(1).replace(',', '.'));
            double metres = distance.group(2).equals("mi") ? v * Units.METRES_PER_MILE : v * 1000;
            return Optional.of(Turnaround.atDistance(metres));
        }
        throw new IllegalArgumentException("Turnaround is a time of day (13:30), an elapsed time (after 3:30) or a"
                + " distance (14 km), or blank for none (was \"" + text.strip() + "\")");
    }

    public static String show(Optional<Turnaround> turnaround, UnitFormat units) {
        if (turnaround.isEmpty()) {
            return "";
        }
        Turnaround t = turnaround.get();
        if (t.by().isPresent()) {
            return Dates.time(t.by().get());
        }
        if (t.after().isPresent()) {
            return "after " + UnitFormat.durationInput(t.after().get());
        }
        return units.distanceNumber(t.atDistanceM().orElseThrow()) + " " + units.distanceUnit();
    }
}
