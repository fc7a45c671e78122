package dev.switchback.model;

import java.util.List;

/**
 * A planned route attached to a session or a trip stage: its points in walking order, kept inline in
 * the plan so the plan travels with it (decisions/0008). The engine derives distance, climb, descent
 * and a predicted time from the points ({@code engine.RouteStats}, {@code engine.RoutePrediction}).
 *
 * @param name the route's name (from the file, or the file's name)
 * @param points at least 2, at most {@link Limits#MAX_ROUTE_POINTS}
 */
public record Route(String name, List<RoutePoint> points) {
    public Route {
        name = Check.text("name", "Route name", name, Limits.MAX_TITLE).strip();
        points = Check.list("Route points", points);
        if (points.size() < 2 || points.size() > Limits.MAX_ROUTE_POINTS) {
            throw new InvalidField("points", "Route points must be between 2 and " + Limits.MAX_ROUTE_POINTS
                    + " (was " + points.size() + ")");
        }
    }
}
