package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.WeekContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The days a wellness rule looks at: the checked week's end, runs of consecutive days and the part
 * of a run the week can see.
 */
final class SignalDays {
    private SignalDays() {
    }

    static LocalDate weekEnd(WeekContext week) {
        return week.weekStart().plusDays(6);
    }

    static boolean inWeek(WeekContext week, LocalDate date) {
        return !date.isBefore(week.weekStart()) && !date.isAfter(weekEnd(week));
    }

    /** Maximal runs of consecutive calendar days, each ascending, in date order. */
    static List<List<LocalDate>> runs(Collection<LocalDate> dates) {
        var sorted = new TreeSet<>(dates);
        var result = new ArrayList<List<LocalDate>>();
        List<LocalDate> current = new ArrayList<>();
        for (LocalDate d : sorted) {
            if (!current.isEmpty() && !current.get(current.size() - 1).plusDays(1).equals(d)) {
                result.add(List.copyOf(current));
                current = new ArrayList<>();
            }
            current.add(d);
        }
        if (!current.isEmpty()) {
            result.add(List.copyOf(current));
        }
        return result;
    }

    /**
     * The part of a run the checked week can see: from its start up to the week's Sunday, or empty
     * when the run does not reach into the week.
     */
    static List<LocalDate> visiblePart(List<LocalDate> run, WeekContext week) {
        LocalDate end = weekEnd(week);
        var visible = run.stream().filter(d -> !d.isAfter(end)).toList();
        if (visible.isEmpty() || visible.get(visible.size() - 1).isBefore(week.weekStart())) {
            return List.of();
        }
        return visible;
    }
}
