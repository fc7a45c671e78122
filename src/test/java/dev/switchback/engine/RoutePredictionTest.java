package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.LogId;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Route statistics against a hand-computed track, Tobler's published formula, and the calibration from logs. */
class RoutePredictionTest {
    /** One thousandth of a degree of longitude on the equator: 2 pi R / 360 / 1000. */
    static final double MILLI_DEGREE_M = 2 * Math.PI * Geo.EARTH_RADIUS_M / 360 / 1000;

    /** Points along the equator, {@code stepMilliDeg} apart, at the given elevations (NaN: none). */
    static Route equator(int stepMilliDeg, double... elevations) {
        var points = new ArrayList<RoutePoint>();
        for (int i = 0; i < elevations.length; i++) {
            double e = elevations[i];
            points.add(new RoutePoint(0, i * stepMilliDeg / 1000.0, Double.isNaN(e) ? Optional.empty() : Optional.of(e)));
        }
        return new Route("test", points);
    }

    @Test
    void statisticsOfAHandComputedTrack() {
        // 6 points 111.195 m apart: up 20, down 3 (noise under the 5 m step), up 13, down 30, up 2 (ignored at the end)
        RouteStats s = RouteStats.of(equator(1, 1000, 1020, 1017, 1030, 1000, 1002));
        assertThat(s.distanceM()).isCloseTo(5 * MILLI_DEGREE_M, within(1e-6));
        assertThat(MILLI_DEGREE_M).isCloseTo(111.195, within(0.001));
        // counted: 1000 -> 1020 (+20), 1020 -> 1030 (+10, the 1017 dip is under the step), 1030 -> 1000 (-30)
        assertThat(s.climbM()).isEqualTo(30);
        assertThat(s.descentM()).isEqualTo(30);
        assertThat(s.legs()).extracting(Geo.Leg::riseM).containsExactly(20.0, 10.0, -30.0, 0.0);
        assertThat(s.legs()).extracting(Geo.Leg::distanceM).map(d -> Math.round(d / MILLI_DEGREE_M))
                .containsExactly(1L, 2L, 1L, 1L);
        // the same hysteresis as a recorded track
        double[] updown = Geo.climbAndDescent(List.of(1000.0, 1020.0, 1017.0, 1030.0, 1000.0, 1002.0),
                Geo.ELEVATION_STEP_M);
        assertThat(updown).containsExactly(30.0, 30.0);
    }

    @Test
    void aRouteWithoutElevationsIsFlatAndSaysSo() {
        RouteStats s = RouteStats.of(equator(10, Double.NaN, Double.NaN, Double.NaN));
        assertThat(s.hasElevation()).isFalse();
        assertThat(s.climbM()).isZero();
        assertThat(s.distanceM()).isCloseTo(20 * MILLI_DEGREE_M, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"0, 5.0367", "-0.05, 6.0", "0.1, 3.5493", "-0.1, 5.0367", "0.3, 1.7625", "-0.3, 2.5012"})
    void toblerIsThePublishedFormula(double slope, double kmh) {
        // 6 e^(-3.5 |S + 0.05|), worked by hand
        assertThat(RoutePrediction.toblerKmh(slope)).isCloseTo(kmh, within(5e-4));
        assertThat(RoutePrediction.toblerKmh(slope)).isEqualTo(6 * Math.exp(-3.5 * Math.abs(slope + 0.05)));
    }

    @Test
    void aFlatRouteWithoutPackTakesDistanceOverTheFlatSpeed() {
        Route r = equator(1000, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500); // 9 x 1.112 km, flat
        RoutePrediction.Result p = RoutePrediction.predict(r, SessionKind.HIKE, Terrain.TRAIL, 0, 70, List.of());
        double hours = 9 * 1000 * MILLI_DEGREE_M / 1000 / (6 * Math.exp(-3.5 * 0.05));
        assertThat(p.time()).contains(Duration.ofSeconds(Math.round(hours * 3600)));
        assertThat(p.correction()).isEqualTo(1);
        assertThat(p.basis()).isEqualTo("Tobler with the pack, not yet corrected by your pace (0 of 5 hikes logged)");
        // off trail: Tobler's 3/5
        RoutePrediction.Result off = RoutePrediction.predict(r, SessionKind.HIKE, Terrain.OFF_TRAIL, 0, 70, List.of());
        assertThat(off.time().orElseThrow().getSeconds()).isCloseTo(Math.round(hours * 3600 * 5 / 3), within(1L));
    }

    @Test
    void aClimbIsSlowerThanTheFlatAndAPackSlowerStill() {
        // 1 km legs rising 100 m each: slope 0.1 (at 1.112 km per step: 0.0899)
        Route up = equator(1000, 500, 600, 700, 800);
        double slope = 100 / (1000 * MILLI_DEGREE_M);
        double kmh = 6 * Math.exp(-3.5 * (slope + 0.05));
        double seconds = 3 * 1000 * MILLI_DEGREE_M / (kmh / 3.6);
        var none = RoutePrediction.predict(up, SessionKind.HIKE, Terrain.TRAIL, 0, 70, List.of());
        assertThat(none.time().orElseThrow().getSeconds()).isCloseTo(Math.round(seconds), within(1L));
        var packed = RoutePrediction.predict(up, SessionKind.BACKPACKING_DAY, Terrain.TRAIL, 14, 70, List.of());
        double factor = LoadModel.packFactor(70, 14, kmh / 3.6, slope * 100, LoadModel.terrainFactor(Terrain.TRAIL));
        assertThat(factor).isGreaterThan(1.1);
        assertThat(packed.time().orElseThrow().getSeconds()).isCloseTo(Math.round(seconds * factor), within(1L));
    }

    @Test
    void aRunIsNotPredictedUntilTheAthleteHasLoggedEnoughRuns() {
        Route r = equator(1000, 500, 500, 500);
        var p = RoutePrediction.predict(r, SessionKind.TRAIL_RUN, Terrain.TRAIL, 0, 70, List.of());
        assertThat(p.time()).isEmpty();
        assertThat(p.basis()).contains("Tobler is a walking model", "log 5 runs with distance (0 so far)");
        var strength = RoutePrediction.predict(r, SessionKind.STRENGTH_MOBILITY, Terrain.TRAIL, 0, 70, List.of());
        assertThat(strength.time()).isEmpty();
    }

    /** Logs of an athlete whose real time is {@code base x scale x (1 + packSlope x share)}, with 2 % noise. */
    static List<OutingLog> generatedLogs(int n, SessionKind kind, double scale, double packSlope, long seed) {
        var random = new Random(seed);
        var logs = new ArrayList<OutingLog>();
        for (int i = 0; i < n; i++) {
            double distance = 5000 + random.nextInt(15000);
            double climb = random.nextInt(1200);
            double pack = kind.isRunning() ? 0 : random.nextInt(15);
            double base = RoutePrediction.baseSeconds(RouteStats.ofTotals(distance, climb, climb), Terrain.TRAIL, pack,
                    70);
            double actual = base * scale * (1 + packSlope * pack / 70) * (1 + 0.02 * (random.nextDouble() * 2 - 1));
            logs.add(OutingLog.quick(LocalDate.of(2026, 5, 1).plusDays(i), kind,
                    Duration.ofSeconds(Math.round(actual)), 4, "").withActuals(Duration.ofSeconds(Math.round(actual)),
                    distance, climb, climb, pack));
        }
        return logs;
    }

    @Test
    void theCorrectionLearnsTheAthletesOwnPaceFromGeneratedLogs() {
        // a hiker 15 % slower than Tobler, and a further 1 % per 5 % of body mass carried (slope 0.2)
        List<OutingLog> logs = generatedLogs(12, SessionKind.HIKE, 1.15, 0.2, 7);
        Route r = equator(1000, 500, 600, 700, 800, 700, 600, 500);
        var p = RoutePrediction.predict(r, SessionKind.HIKE, Terrain.TRAIL, 10.5, 70, logs);
        double expected = 1.15 * (1 + 0.2 * 10.5 / 70);
        assertThat(p.correction()).isCloseTo(expected, within(0.03));
        assertThat(p.outings()).isEqualTo(12);
        assertThat(p.basis()).isEqualTo("Tobler, corrected by 12 of your hikes");
        assertThat(p.time().orElseThrow().getSeconds())
                .isCloseTo(Math.round(p.toblerTime().getSeconds() * p.correction()), within(1L));
    }

    @Test
    void runsArePredictedFromLoggedRunsOnly() {
        List<OutingLog> runs = generatedLogs(6, SessionKind.TRAIL_RUN, 0.6, 0, 3);
        List<OutingLog> hikes = generatedLogs(4, SessionKind.HIKE, 1.3, 0, 4);
        var all = new ArrayList<>(runs);
        all.addAll(hikes);
        Route r = equator(1000, 500, 550, 600);
        var run = RoutePrediction.predict(r, SessionKind.TRAIL_RUN, Terrain.TRAIL, 0, 70, all);
        assertThat(run.correction()).isCloseTo(0.6, within(0.02));
        assertThat(run.basis()).isEqualTo("Tobler, corrected by 6 of your runs");
        var hike = RoutePrediction.predict(r, SessionKind.HIKE, Terrain.TRAIL, 0, 70, all);
        assertThat(hike.correction()).isEqualTo(1);
        assertThat(hike.basis()).contains("4 of 5 hikes logged");
    }

    @ParameterizedTest
    @CsvSource({"4, false", "5, true"})
    void theCorrectionStartsAtFiveOutings(int n, boolean corrected) {
        List<OutingLog> logs = generatedLogs(n, SessionKind.HIKE, 1.5, 0, 11);
        var cal = RoutePrediction.calibrate(logs, false, 70);
        assertThat(cal.outings() > 0).isEqualTo(corrected);
    }

    @Property(tries = 50)
    void identicalLogsGiveTheirOwnRatio(@ForAll @DoubleRange(min = 0.5, max = 2.0) double scale) {
        var logs = new ArrayList<OutingLog>();
        for (int i = 0; i < 5; i++) {
            double base = RoutePrediction.baseSeconds(RouteStats.ofTotals(10_000, 500, 500), Terrain.TRAIL, 0, 70);
            Duration d = Duration.ofSeconds(Math.round(base * scale));
            logs.add(OutingLog.quick(LocalDate.of(2026, 5, 1), SessionKind.HIKE, d, 4, "")
                    .withActuals(d, 10_000, 500, 500, 0));
        }
        var cal = RoutePrediction.calibrate(logs, false, 70);
        assertThat(cal.factor(0.1, 0)).isCloseTo(scale, within(1e-3));
        assertThat(cal.factor(0.3, 0.2)).isCloseTo(scale, within(1e-3));
        assertThat(new LogId("x").value()).isEqualTo("x");
    }
}
