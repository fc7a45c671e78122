package dev.switchback.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One point of a planned route, as a route planner exports it: position and, usually, elevation;
 * no time (a route is where to go, not when one went).
 *
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 * @param elevationM metres above sea level
 */
public record RoutePoint(double latitude, double longitude, Optional<Double> elevationM) {
    public RoutePoint {
        Check.range("latitude", "Route latitude", latitude, -90, 90, "°");
        Check.range("longitude", "Route longitude", longitude, -180, 180, "°");
        Objects.requireNonNull(elevationM, "elevationM");
        elevationM.ifPresent(e -> Check.range("elevationM", "Route elevation", e, Limits.MIN_ALTITUDE_M, Limits.MAX_ALTITUDE_M, "m"));
    }

    public static RoutePoint of(double latitude, double longitude, double elevationM) {
        return new RoutePoint(latitude, longitude, Optional.of(elevationM));
    }
}
