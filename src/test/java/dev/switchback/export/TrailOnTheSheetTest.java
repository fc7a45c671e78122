package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Units;
import dev.switchback.model.Weather;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Turnaround and bailouts on the printed week sheet and in the calendar description (issue 17). */
class TrailOnTheSheetTest {
    static final TrailPlan KITADAKE = TrailPlan.NONE.withTurnaround(Optional.of(Turnaround.by(LocalTime.of(13, 30))))
            .withBailouts(List.of("Hütte at km 12", "bus from the valley at 16:40"));

    @TempDir
    Path dir;

    static Plan plan() {
        Plan plan = ExportFixtures.plan();
        Session long_ = plan.session(new SessionId("s-kitadake")).orElseThrow();
        return plan.withSession(long_.withTrail(KITADAKE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BY|METRIC|turn around by 13:30",
        "AFTER|METRIC|turn around after 3 h 15",
        "DISTANCE|METRIC|turn around at 14 km",
        "DISTANCE|IMPERIAL|turn around at 8.7 mi"})
    void theTurnaroundInWords(String kind, Units units, String text) {
        Turnaround t = switch (kind) {
            case "BY" -> Turnaround.by(LocalTime.of(13, 30));
            case "AFTER" -> Turnaround.after(Duration.ofMinutes(195));
            default -> Turnaround.atDistance(14_000);
        };
        assertThat(TrailLine.turnaround(t, UnitFormat.of(units))).isEqualTo(text);
    }

    @Test
    void theLineJoinsTurnaroundBailoutsConditionsAndRoute() {
        TrailPlan full = KITADAKE.withConditions(Set.of(Weather.WINDY, Weather.HOT)).withRoute(Optional.of(new Route(
                "Kitadake", List.of(RoutePoint.of(35.6, 138.2, 2000), RoutePoint.of(35.7, 138.2, 3000)))));
        assertThat(TrailLine.of(full, UnitFormat.of(Units.METRIC))).isEqualTo("turn around by 13:30 · bail out: Hütte"
                + " at km 12; bus from the valley at 16:40 · expected hot, windy · route Kitadake");
        assertThat(TrailLine.of(TrailPlan.NONE, UnitFormat.of(Units.METRIC))).isEmpty();
    }

    @Test
    void theDaysRowCarriesTheLineAndOtherRowsNothing() {
        WeekSheet sheet = WeekSheets.build(plan(), Optional.empty(), ExportFixtures.W48);
        var entries = sheet.days().stream().flatMap(d -> d.entries().stream()).toList();
        assertThat(entries).filteredOn(e -> !e.trail().isEmpty()).singleElement().satisfies(e -> assertThat(e.trail())
                .isEqualTo("turn around by 13:30 · bail out: Hütte at km 12; bus from the valley at 16:40"));
    }

    @Test
    void theCalendarDescriptionCarriesTurnaroundAndBailouts() {
        Session s = plan().session(new SessionId("s-kitadake")).orElseThrow();
        assertThat(IcsExport.sessionDescription(s, UnitFormat.of(Units.METRIC)).lines().toList())
                .contains("Turn around by 13:30 · bail out: Hütte at km 12; bus from the valley at 16:40");
        Trip trip = new Trip(new TripId("t"), "Traverse", ExportFixtures.W48, List.of(
                TripStage.of(Duration.ofHours(5), 14_000, 900, 12).withTrail(TrailPlan.NONE.withTurnaround(
                        Optional.of(Turnaround.after(Duration.ofMinutes(150)))).withBailouts(List.of("hut at km 6"))),
                TripStage.of(Duration.ofHours(4), 12_000, 500, 11)), dev.switchback.model.Terrain.TRAIL, false, "");
        assertThat(IcsExport.tripDescription(trip, UnitFormat.of(Units.METRIC)).lines().toList())
                .contains("Day 1 (2026-11-23): 5 h, 14 km, 900 m, 12 kg; turn around after 2 h 30 · bail out: hut at"
                        + " km 6", "Day 2 (2026-11-24): 4 h, 12 km, 500 m, 11 kg");
    }

    @Test
    void thePrintedSheetShowsTheLine() throws Exception {
        Path pdf = dir.resolve("week.pdf");
        PdfExport.write(plan(), Optional.empty(), WeekRange.week(ExportFixtures.W48), Paper.A4, pdf,
                ExportProgress.NONE);
        assertThat(PdfExportTest.text(pdf).replaceAll("\\s+", " ")).contains("turn around by 13:30 · bail out: Hütte"
                + " at km 12");
    }
}
