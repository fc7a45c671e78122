package dev.switchback.export;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Weather;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The one line a long day's trail plan becomes on paper and in the calendar (issue 17):
 * "turn around by 13:30 · bail out: Hütte at km 12; bus from the valley at 16:40 · expected hot".
 * The week sheet prints it in the day's row, the ICS description carries it.
 */
public final class TrailLine {
    private TrailLine() {
    }

    /** "turn around by 13:30", "turn around after 3 h 30", "turn around at 14 km". */
    public static String turnaround(Turnaround t, UnitFormat units) {
        if (t.by().isPresent()) {
            return "turn around by " + Dates.time(t.by().get());
        }
        if (t.after().isPresent()) {
            Duration d = t.after().get();
            return "turn around after " + UnitFormat.duration(d);
        }
        return "turn around at " + units.distance(t.atDistanceM().orElseThrow());
    }

    /** The whole line; empty when the day has no turnaround, bailouts or conditions. */
    public static String of(TrailPlan trail, UnitFormat units) {
        var parts = new ArrayList<String>();
        trail.turnaround().ifPresent(t -> parts.add(turnaround(t, units)));
        if (!trail.bailouts().isEmpty()) {
            parts.add("bail out: " + String.join("; ", trail.bailouts()));
        }
        if (!trail.conditions().isEmpty()) {
            parts.add("expected " + String.join(", ", trail.conditions().stream().sorted()
                    .map(w -> w.label().toLowerCase(Locale.ROOT)).toList()));
        }
        trail.route().ifPresent(r -> parts.add("route " + (r.name().isEmpty() ? "attached" : r.name())));
        return String.join(" · ", parts);
    }

    /** {@link #of} with a capital first letter, for a line of its own. */
    public static String sentence(TrailPlan trail, UnitFormat units) {
        String s = of(trail, units);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean hot(TrailPlan trail) {
        return trail.conditions().contains(Weather.HOT);
    }
}
