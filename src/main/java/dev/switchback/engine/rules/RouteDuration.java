package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.RoutePrediction;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import dev.switchback.model.Plan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A planned duration far from what the attached route predicts (issue 17): WARN when
 * {@code |planned - predicted| / predicted > maxDeviation} (strictly), for days out from today on with a
 * route and a prediction ({@link RoutePrediction}; runs get one only once corrected by logged runs). The
 * load of the day is minutes x effort: a duration far from the route's makes the plan's load wrong.
 */
public final class RouteDuration implements Rule {
    public static final String ID = "route-duration";
    static final Threshold MAX_DEVIATION = new Threshold(ID, "maxDeviation");
    static final Source SOURCE = new Source("Tobler 1993 (hiking function), Pandolf 1977 (pack), corrected by your"
            + " logged outings", Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Planned time against the route";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("maxDeviation", 0.25);
    }

    /** The athlete's calibration, fitted once per plan and shared by every week's check. */
    private record Basis(RoutePrediction.Basis basis) {
    }

    @Override
    public List<Finding> check(WeekContext c) {
        if (!DaysOut.anyAhead(c, DaysOut.Needs.ROUTE)) {
            return List.of(); // a week already lived (most of a long plan), or no route ahead: nothing read
        }
        // only the days with a route are built
        List<DaysOut.DayOut> ahead = DaysOut.ahead(c, (trail, stage, minutes, packKg) -> trail.route().isPresent());
        if (ahead.isEmpty()) {
            return List.of(); // a week already lived (most of a long plan), or no route: no threshold read
        }
        double max = c.threshold(MAX_DEVIATION);
        double body = c.plan().athlete().bodyMassKg();
        var found = new ArrayList<Finding>();
        RoutePrediction.Basis basis = null;
        for (DaysOut.DayOut d : ahead) {
            if (d.trail().route().isEmpty()) {
                continue;
            }
            if (basis == null) {
                basis = c.derived(Basis.class, c.plan(), (Plan p) -> new Basis(RoutePrediction.Basis.of(p.logs(),
                        p.athlete().bodyMassKg()))).basis();
            }
            RoutePrediction.Result r = RoutePrediction.predict(d.trail().route().get(), d.kind(), d.terrain(),
                    d.packKg(), body, basis);
            if (r.time().isEmpty() || r.time().get().isZero()) {
                continue;
            }
            double predicted = r.time().get().getSeconds() / 60.0;
            double planned = d.minutes();
            double deviation = Math.abs(planned - predicted) / predicted;
            if (!Bounds.over(deviation, max)) {
                continue;
            }
            String longer = planned > predicted ? "longer" : "shorter";
            found.add(new Finding(ID, Severity.WARN, c.weekStart(), List.of(d.date()), deviation * 100, max * 100, "%",
                    capital(d.name()) + " is planned at " + Words.duration(planned) + ", but its route ("
                            + Words.distance(r.stats().distanceM()) + ", " + Words.climb(r.stats().climbM())
                            + " up) predicts " + Words.duration(predicted) + ": " + Math.round(deviation * 100)
                            + " % " + longer + " (" + r.basis() + ")",
                    "The day's load is its minutes times its effort: a planned time far from the route's makes the"
                            + " week's load, and every rule that reads it, wrong; on the day it means a late finish"
                            + " or an unplanned turnaround.", SOURCE,
                    new Suggestion.Advice("Plan " + Words.duration(predicted) + " for " + d.name()
                            + ", or choose a route that fits " + Words.duration(planned))));
        }
        return found;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }
}
