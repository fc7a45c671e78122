package dev.switchback.ui.common;

import dev.switchback.engine.RoutePrediction;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Route;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import java.util.List;
import java.util.Optional;

/**
 * The one line an editor shows for an attached route (the session editor and each trip stage):
 * its figures and the engine's predicted moving time with its basis, e.g. "Ridge: 18.2 km, 1,240 m up,
 * 1,180 m down · predicted 5:10 (Tobler, corrected by 12 of your outings)".
 */
public final class RouteSummary {
    public static final String NONE = "No route attached";

    private RouteSummary() {
    }

    public static String of(Optional<Route> route, SessionKind kind, Terrain terrain, double packKg, double bodyKg,
            List<OutingLog> logs, UnitFormat units) {
        return route.map(r -> {
            var p = RoutePrediction.predict(r, kind, terrain, packKg, bodyKg, logs);
            String figures = (r.name().isEmpty() ? "Route" : r.name()) + ": " + units.distance(p.stats().distanceM())
                    + ", " + units.climb(p.stats().climbM()) + " up, " + units.climb(p.stats().descentM()) + " down";
            return figures + p.time().map(t -> " · predicted " + UnitFormat.duration(t)).orElse("") + " ("
                    + p.basis() + ")";
        }).orElse(NONE);
    }
}
