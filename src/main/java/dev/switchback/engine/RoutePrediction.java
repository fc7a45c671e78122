package dev.switchback.engine;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Route;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a planned route should take (issue 17): Tobler's hiking function leg by leg, slowed by the
 * pack as Pandolf's loaded/unloaded ratio ({@link LoadModel#packFactor}), then corrected by the
 * athlete's own logged outings of the same gait when there are at least {@link #MIN_OUTINGS}.
 *
 * <p><b>Tobler (1993)</b>: {@code v = 6 e^(-3.5 |S + 0.05|)} km/h, S the slope (rise over run), so
 * 5.04 km/h on the flat and the fastest, 6 km/h, at S = -0.05; off trail x 3/5. The pack: at the same
 * effort, speed falls as the metabolic cost rises, so a leg's time is multiplied by Pandolf's ratio at
 * the leg's Tobler speed and grade (uphill grades only: Pandolf has no downhill term) [J].
 *
 * <p><b>Correction</b> [J]: each eligible log (same gait, at least 1 km and 15 min) gives the ratio of
 * its time to the base model's time for its distance, climb, descent and pack (profile from the totals,
 * {@link RouteStats#ofTotals}). The ratios' logarithms are fitted by least squares against the outing's
 * hilliness (climb + descent per metre) and pack share (pack / body mass), with a small ridge on the two
 * slopes so that logs all alike give their mean ratio. The planned route's correction is the fit at its
 * own hilliness and pack share, kept within 0.25..4. Tobler is a walking model: runs get a prediction
 * only once corrected by the athlete's runs.
 */
public final class RoutePrediction {
    /** Logs of the same gait needed before the prediction is corrected (and before runs are predicted). */
    public static final int MIN_OUTINGS = 5;
    /** Tobler's off-path factor: speed x 3/5. */
    public static final double OFF_TRAIL_FACTOR = 3.0 / 5.0;
    static final double MIN_LOG_DISTANCE_M = 1000;
    static final double MIN_LOG_MINUTES = 15;
    static final double RIDGE = 0.05;
    static final double MIN_CORRECTION = 0.25;
    static final double MAX_CORRECTION = 4;

    private RoutePrediction() {
    }

    /**
     * The prediction for a route and what it rests on.
     *
     * @param time the predicted time; empty for a run without enough logged runs to correct Tobler
     * @param toblerTime Tobler with the pack, before the athlete's correction
     * @param correction the factor applied to {@code toblerTime} (1 when uncorrected)
     * @param outings logged outings the correction rests on (0 when uncorrected)
     * @param basis in words, e.g. "Tobler, corrected by 12 of your outings"
     */
    public record Result(RouteStats stats, Optional<Duration> time, Duration toblerTime, double correction,
            int outings, String basis) {
        public Result {
            Objects.requireNonNull(stats, "stats");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(toblerTime, "toblerTime");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /** The gait a kind is predicted with; empty for kinds no route model fits (strength, rest). */
    public static Optional<Boolean> running(SessionKind kind) {
        return switch (kind) {
            case TRAIL_RUN, RUN_WITH_PACK -> Optional.of(true);
            case HIKE, BACKPACKING_DAY, ACTIVE_RECOVERY -> Optional.of(false);
            case STRENGTH_MOBILITY, REST -> Optional.empty();
        };
    }

    /** Tobler's hiking function, km/h, at slope {@code s} (rise over run). */
    public static double toblerKmh(double s) {
        return 6 * Math.exp(-3.5 * Math.abs(s + 0.05));
    }

    /** Tobler with the pack over the legs, seconds. */
    public static double baseSeconds(RouteStats stats, Terrain terrain, double packKg, double bodyKg) {
        double eta = LoadModel.terrainFactor(terrain);
        double off = terrain == Terrain.OFF_TRAIL ? OFF_TRAIL_FACTOR : 1;
        double seconds = 0;
        for (Geo.Leg leg : stats.legs()) {
            double speed = toblerKmh(leg.slope()) * off / 3.6;
            double grade = Math.max(0, leg.slope() * 100);
            double pack = LoadModel.packFactor(bodyKg, packKg, Math.min(speed, LoadModel.MAX_SPEED_MS),
                    Math.min(grade, LoadModel.MAX_GRADE_PCT), eta);
            seconds += leg.distanceM() / speed * pack;
        }
        return seconds;
    }

    /** The athlete's correction for one gait: ln(ratio) = a + b hilliness + c pack share. */
    public record Calibration(int outings, double a, double b, double c) {
        public static final Calibration NONE = new Calibration(0, 0, 0, 0);

        public double factor(double hilliness, double packShare) {
            if (outings == 0) {
                return 1;
            }
            double f = Math.exp(a + b * hilliness + c * packShare);
            return Math.max(MIN_CORRECTION, Math.min(MAX_CORRECTION, f));
        }
    }

    /** Fits the correction from the logs of one gait; {@link Calibration#NONE} with fewer than {@link #MIN_OUTINGS}. */
    public static Calibration calibrate(List<OutingLog> logs, boolean running, double bodyKg) {
        var xs = new ArrayList<double[]>();
        for (OutingLog l : logs) {
            if (running(l.kind()).orElse(!running) != running || l.distanceM() < MIN_LOG_DISTANCE_M
                    || l.duration().getSeconds() < MIN_LOG_MINUTES * 60) {
                continue;
            }
            RouteStats profile = RouteStats.ofTotals(l.distanceM(), l.climbM(), l.descentM());
            double base = baseSeconds(profile, Terrain.TRAIL, l.packKg(), bodyKg);
            if (base <= 0) {
                continue;
            }
            xs.add(new double[] {profile.hilliness(), l.packKg() / bodyKg,
                    Math.log(l.duration().getSeconds() / base)});
        }
        if (xs.size() < MIN_OUTINGS) {
            return Calibration.NONE;
        }
        // centred least squares with a ridge on the slopes: a is then the mean at the mean x
        double n = xs.size();
        double mh = xs.stream().mapToDouble(x -> x[0]).sum() / n;
        double mp = xs.stream().mapToDouble(x -> x[1]).sum() / n;
        double my = xs.stream().mapToDouble(x -> x[2]).sum() / n;
        double shh = 0;
        double spp = 0;
        double shp = 0;
        double shy = 0;
        double spy = 0;
        for (double[] x : xs) {
            double h = x[0] - mh;
            double p = x[1] - mp;
            double y = x[2] - my;
            shh += h * h;
            spp += p * p;
            shp += h * p;
            shy += h * y;
            spy += p * y;
        }
        double rh = RIDGE * RIDGE * n;
        double a11 = shh + rh;
        double a22 = spp + rh;
        double det = a11 * a22 - shp * shp;
        double b = det > 0 ? (shy * a22 - spy * shp) / det : 0;
        double c = det > 0 ? (spy * a11 - shy * shp) / det : 0;
        double a = my - b * mh - c * mp;
        return new Calibration(xs.size(), a, b, c);
    }

    /**
     * What the athlete's logs say, for both gaits: fitted once per plan and shared by every route.
     *
     * @param walkingLogs, runningLogs eligible logs of each gait, also when too few to correct
     */
    public record Basis(Calibration walking, Calibration running, int walkingLogs, int runningLogs) {
        public static Basis of(List<OutingLog> logs, double bodyKg) {
            return new Basis(calibrate(logs, false, bodyKg), calibrate(logs, true, bodyKg), countEligible(logs, false),
                    countEligible(logs, true));
        }
    }

    /** {@link #predict(Route, SessionKind, Terrain, double, double, Basis)} with the basis fitted from {@code logs}. */
    public static Result predict(Route route, SessionKind kind, Terrain terrain, double packKg, double bodyKg,
            List<OutingLog> logs) {
        return predict(route, kind, terrain, packKg, bodyKg, Basis.of(logs, bodyKg));
    }

    /**
     * The prediction for {@code route} walked (or run) as {@code kind} on {@code terrain} with {@code packKg},
     * by an athlete of {@code bodyKg} whose logs gave {@code basis}.
     */
    public static Result predict(Route route, SessionKind kind, Terrain terrain, double packKg, double bodyKg,
            Basis basis) {
        RouteStats stats = RouteStats.of(route);
        Duration tobler = Duration.ofSeconds(Math.round(baseSeconds(stats, terrain, packKg, bodyKg)));
        Optional<Boolean> gait = running(kind);
        if (gait.isEmpty()) {
            return new Result(stats, Optional.empty(), tobler, 1, 0, "no prediction for " + kind.label().toLowerCase(
                    java.util.Locale.ROOT) + ": the route model is for walking and running");
        }
        boolean run = gait.get();
        Calibration cal = run ? basis.running() : basis.walking();
        String outings = run ? "runs" : "hikes";
        if (cal.outings() == 0) {
            int have = run ? basis.runningLogs() : basis.walkingLogs();
            if (run) {
                return new Result(stats, Optional.empty(), tobler, 1, 0, "no prediction yet: Tobler is a walking"
                        + " model; log " + MIN_OUTINGS + " " + outings + " with distance (" + have + " so far) to"
                        + " predict runs from your own pace");
            }
            return new Result(stats, Optional.of(tobler), tobler, 1, 0, "Tobler with the pack, not yet corrected"
                    + " by your pace (" + have + " of " + MIN_OUTINGS + " " + outings + " logged)");
        }
        double f = cal.factor(stats.hilliness(), packKg / bodyKg);
        Duration time = Duration.ofSeconds(Math.round(tobler.getSeconds() * f));
        return new Result(stats, Optional.of(time), tobler, f, cal.outings(),
                "Tobler, corrected by " + cal.outings() + " of your " + outings);
    }

    private static int countEligible(List<OutingLog> logs, boolean running) {
        return (int) logs.stream().filter(l -> running(l.kind()).orElse(!running) == running
                && l.distanceM() >= MIN_LOG_DISTANCE_M && l.duration().getSeconds() >= MIN_LOG_MINUTES * 60).count();
    }
}
