package dev.switchback.engine;

import dev.switchback.model.RoutePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Distances and elevation profiles along points, shared by the recorded tracks of {@code store.gpx}
 * and the planned routes of {@link RouteStats}: one haversine, one hysteresis.
 *
 * <p>Climb and descent use a hysteresis of {@link #ELEVATION_STEP_M}: elevation counts only once it
 * has moved that far from the last counted point, so GPS and barometer noise of a few metres is not
 * summed into hundreds of metres of phantom climb. A long steady climb loses at most one step.
 */
public final class Geo {
    /** Elevation change, in metres, that counts as a real rise or fall. */
    public static final double ELEVATION_STEP_M = 5.0;
    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    /** Great-circle distance between two points, metres. */
    public static double haversineM(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** {climb, descent} with hysteresis {@code step}: see the class comment. */
    public static double[] climbAndDescent(List<Double> elevations, double step) {
        double climb = 0;
        double descent = 0;
        double anchor = elevations.get(0);
        for (double e : elevations) {
            if (e - anchor >= step) {
                climb += e - anchor;
                anchor = e;
            } else if (anchor - e >= step) {
                descent += anchor - e;
                anchor = e;
            }
        }
        return new double[] {climb, descent};
    }

    /**
     * One stretch of a route between two counted elevations (the same hysteresis as
     * {@link #climbAndDescent}), so its grade is the route's, not the noise's.
     *
     * @param distanceM horizontal distance, metres
     * @param riseM elevation change, metres (negative downhill)
     */
    public record Leg(double distanceM, double riseM) {
        /** Rise over run; 0 for a leg without distance. */
        public double slope() {
            return distanceM > 0 ? riseM / distanceM : 0;
        }
    }

    /**
     * The route cut into legs at every counted change of elevation; the stretch after the last counted
     * change is a flat leg. Points without elevation keep the last known one. The legs' rises sum to
     * exactly {@link #climbAndDescent}'s climb and descent.
     */
    public static List<Leg> legs(List<RoutePoint> points) {
        var legs = new ArrayList<Leg>();
        Optional<Double> anchor = Optional.empty();
        double run = 0;
        RoutePoint previous = null;
        for (RoutePoint p : points) {
            if (previous != null) {
                run += haversineM(previous.latitude(), previous.longitude(), p.latitude(), p.longitude());
            }
            previous = p;
            if (p.elevationM().isEmpty()) {
                continue;
            }
            double e = p.elevationM().get();
            if (anchor.isEmpty()) {
                anchor = Optional.of(e);
            } else if (Math.abs(e - anchor.get()) >= ELEVATION_STEP_M) {
                legs.add(new Leg(run, e - anchor.get()));
                anchor = Optional.of(e);
                run = 0;
            }
        }
        if (run > 0) {
            legs.add(new Leg(run, 0));
        }
        return legs;
    }
}
