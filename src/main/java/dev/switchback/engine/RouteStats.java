package dev.switchback.engine;

import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import java.util.List;

/**
 * Distance, climb and descent of a planned route, from its points: haversine distance and the
 * hysteresis of {@link Geo}, the same as a recorded track's.
 *
 * @param hasElevation false when no point has an elevation: climb and descent are then unknown (0)
 */
public record RouteStats(double distanceM, double climbM, double descentM, boolean hasElevation,
        List<Geo.Leg> legs) {

    public RouteStats {
        legs = List.copyOf(legs);
    }

    public static RouteStats of(Route route) {
        List<Geo.Leg> legs = Geo.legs(route.points());
        double distance = 0;
        double climb = 0;
        double descent = 0;
        for (Geo.Leg leg : legs) {
            distance += leg.distanceM();
            climb += Math.max(0, leg.riseM());
            descent += Math.max(0, -leg.riseM());
        }
        boolean elevation = route.points().stream().map(RoutePoint::elevationM).anyMatch(java.util.Optional::isPresent);
        return new RouteStats(distance, climb, descent, elevation, legs);
    }

    /**
     * The profile a total of distance, climb and descent allows when no points are known (a logged
     * outing): one uphill leg and one downhill leg at the average grades, sharing the distance in
     * proportion to climb and descent; all flat without either.
     */
    public static RouteStats ofTotals(double distanceM, double climbM, double descentM) {
        double updown = climbM + descentM;
        if (distanceM <= 0) {
            return new RouteStats(0, climbM, descentM, true, List.of());
        }
        if (updown <= 0) {
            return new RouteStats(distanceM, 0, 0, true, List.of(new Geo.Leg(distanceM, 0)));
        }
        double up = distanceM * climbM / updown;
        double down = distanceM - up;
        var legs = new java.util.ArrayList<Geo.Leg>();
        if (up > 0) {
            legs.add(new Geo.Leg(up, climbM));
        }
        if (down > 0) {
            legs.add(new Geo.Leg(down, -descentM));
        }
        return new RouteStats(distanceM, climbM, descentM, true, legs);
    }

    /** Metres of climb and descent per metre of distance: how hilly the route is on average. */
    public double hilliness() {
        return distanceM > 0 ? (climbM + descentM) / distanceM : 0;
    }
}
