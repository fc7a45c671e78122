package dev.switchback.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a long day out holds besides its numbers (issue 17): the turnaround, the bailout options,
 * the expected conditions and the planned route. Sessions and trip stages carry one each;
 * {@link #NONE} is the empty plan every short session has.
 *
 * @param bailouts short lines, e.g. "Hütte at km 12", "bus from the valley at 16:40"
 * @param conditions expected weather of the day (the plan; a log records what it was)
 */
public record TrailPlan(
        Optional<Turnaround> turnaround,
        List<String> bailouts,
        Set<Weather> conditions,
        Optional<Route> route) {

    public static final TrailPlan NONE = new TrailPlan(Optional.empty(), List.of(), Set.of(), Optional.empty());

    public TrailPlan {
        Objects.requireNonNull(turnaround, "turnaround");
        bailouts = Check.list("Bailouts", bailouts).stream().map(String::strip).toList();
        if (bailouts.size() > Limits.MAX_BAILOUTS) {
            throw new InvalidField("bailouts", "Bailouts: at most " + Limits.MAX_BAILOUTS + " lines (was "
                    + bailouts.size() + ")");
        }
        for (String b : bailouts) {
            Check.nonBlank("bailouts", "Bailout", b, Limits.MAX_BAILOUT);
            if (b.contains("\n") || b.contains("\r")) {
                throw new InvalidField("bailouts", "Bailout is one line (was \"" + Printable.excerpt(b) + "\")");
            }
        }
        Objects.requireNonNull(conditions, "conditions");
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
        Objects.requireNonNull(route, "route");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public TrailPlan withTurnaround(Optional<Turnaround> v) {
        return new TrailPlan(v, bailouts, conditions, route);
    }

    public TrailPlan withBailouts(List<String> v) {
        return new TrailPlan(turnaround, v, conditions, route);
    }

    public TrailPlan withConditions(Set<Weather> v) {
        return new TrailPlan(turnaround, bailouts, v, route);
    }

    public TrailPlan withRoute(Optional<Route> v) {
        return new TrailPlan(turnaround, bailouts, conditions, v);
    }
}
