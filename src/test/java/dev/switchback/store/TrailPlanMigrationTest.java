package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Plan;
import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Weather;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schema 2 to 3 (issue 17: turnaround, bailouts, conditions, route, stage altitudes): schema-1 and schema-2
 * files read with none of the new fields and stay unchanged on disk; saving writes the current schema; the
 * new fields round-trip and bad values are refused with their field.
 */
class TrailPlanMigrationTest {
    @TempDir
    Path dir;

    private Path file(String resource) throws Exception {
        Path file = dir.resolve("plan.json");
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @ParameterizedTest
    @CsvSource({"schema-1-plan.json, 1", "schema-2-plan.json, 2", "schema-3-plan.json, 3"})
    void anOlderFileIsReadWithoutTrailPlansAndLeftUnchanged(String resource, int version) throws Exception {
        Path file = file(resource);
        byte[] before = Files.readAllBytes(file);
        OpenedPlan opened = PlanStore.openFile(file);
        assertThat(opened.schemaVersion()).isEqualTo(version);
        assertThat(opened.migrated()).isTrue();
        assertThat(opened.plan().sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.trail()).isEqualTo(TrailPlan.NONE));
        assertThat(opened.plan().trips()).allSatisfy(t -> assertThat(t.stages()).allSatisfy(st -> {
            assertThat(st.trail()).isEqualTo(TrailPlan.NONE);
            assertThat(st.sleepingAltitudeM()).isEmpty();
            assertThat(st.highPointM()).isEmpty();
        }));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSchema3FileKeepsItsOverrideAnsweringOneFinding() throws Exception {
        OpenedPlan opened = PlanStore.openFile(file("schema-3-plan.json"));
        assertThat(opened.schemaVersion()).isEqualTo(3);
        assertThat(opened.plan().rules().overrides()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo("pack-mass");
            assertThat(o.dates()).containsExactly(java.time.LocalDate.of(2026, 6, 6));
            assertThat(o.measured()).contains(17.6);
            assertThat(o.reason()).isEqualTo("Carrying the group tent");
        });
    }

    @Test
    void aSchema2FileKeepsWhatSchema2HadAndSavesAsTheCurrentSchema() throws Exception {
        Path file = file("schema-2-plan.json");
        OpenedPlan opened = PlanStore.openFile(file);
        Plan plan = opened.plan();
        assertThat(plan.sessions().get(0).startTime()).contains(LocalTime.of(7, 30));
        assertThat(plan.trips().get(0).stages().get(0).climbM()).isEqualTo(1250);
        assertThat(plan.logs().get(0).weather()).containsExactly(Weather.HOT);
        PlanStore.save(opened, plan, List.of());
        assertThat(Files.readString(file)).contains("\"schemaVersion\": " + PlanJson.SCHEMA_VERSION);
        assertThat(Files.readString(dir.resolve("plan.json.1"))).contains("\"schemaVersion\": 2");
        assertThat(PlanStore.read(file)).isEqualTo(plan);
    }

    static TrailPlan fullTrail() {
        return new TrailPlan(Optional.of(Turnaround.by(LocalTime.of(13, 30))),
                List.of("Hütte at km 12", "bus from the valley at 16:40"), Set.of(Weather.HOT, Weather.WINDY),
                Optional.of(new Route("Kaisertal", List.of(RoutePoint.of(47.5832, 12.171, 505),
                        new RoutePoint(47.59012345678, -12.205, Optional.empty()), RoutePoint.of(-0.5, 179.9, -12.5)))));
    }

    @Test
    void everyNewFieldRoundTrips() throws Exception {
        Path file = file("schema-2-plan.json");
        Plan plan = PlanStore.read(file);
        Session s = plan.session(new SessionId("s-1")).orElseThrow().withTrail(fullTrail());
        Trip t = plan.trips().get(0);
        TripStage stage = t.stages().get(0)
                .withTrail(TrailPlan.NONE.withTurnaround(Optional.of(Turnaround.after(Duration.ofMinutes(195)))))
                .withAltitudes(Optional.of(3450.0), Optional.of(3812.5));
        TripStage second = TripStage.of(Duration.ofHours(5), 12_000, 600, 11)
                .withTrail(TrailPlan.NONE.withTurnaround(Optional.of(Turnaround.atDistance(9000))));
        plan = plan.withSession(s).withTrip(t.withStages(List.of(stage, second)));
        PlanStore.save(file, plan, List.of());
        String json = Files.readString(file);
        assertThat(json).contains("\"turnaround\": {", "\"by\": \"13:30\"", "\"afterMin\": 195",
                "\"atDistanceM\": 9000", "\"sleepingAltitudeM\": 3450", "\"highPointM\": 3812.5",
                "\"conditions\": [", "[47.5832, 12.171, 505]", "[47.59012345678, -12.205]", "[-0.5, 179.9, -12.5]");
        assertThat(PlanStore.read(file)).isEqualTo(plan);
    }

    private Path schema3With(String sessionFields) throws Exception {
        Path file = file("schema-2-plan.json");
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\": 2",
                "\"schemaVersion\": " + PlanJson.SCHEMA_VERSION).replace("\"startTime\": \"07:30\"",
                "\"startTime\": \"07:30\", " + sessionFields));
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"turnaround\": {}|sessions[0].turnaround|Turnaround is one of a time of day, an elapsed time or a distance (was 0 of them)",
        "\"turnaround\": {\"by\": \"13:30\", \"afterMin\": 60}|sessions[0].turnaround|(was 2 of them)",
        "\"turnaround\": {\"by\": \"1:30\"}|sessions[0].turnaround.by|is not a time of day in the form HH:MM",
        "\"turnaround\": {\"atDistanceM\": -5}|sessions[0].turnaround.atDistanceM|Turnaround distance must be between",
        "\"turnaround\": {\"afterMin\": 0}|sessions[0].turnaround.afterMin|must be after more than 0 min",
        "\"bailouts\": [\"  \"]|sessions[0].bailouts|Bailout must not be empty",
        "\"conditions\": [\"STORMY\"]|sessions[0].conditions[0]|is not one of HOT, COLD, WINDY, WET",
        "\"route\": {\"name\": \"x\", \"points\": [[47, 12, 500]]}|sessions[0].route.points|Route points must be between 2 and 20000 (was 1)",
        "\"route\": {\"name\": \"x\", \"points\": [[47, 12], [47]]}|sessions[0].route.points[1]|a route point is [latitude, longitude]",
        "\"route\": {\"name\": \"x\", \"points\": [[47, 12], [95, 12]]}|sessions[0].route.points[1]|Route latitude must be between -90 and 90",
        "\"route\": {\"name\": \"x\"}|sessions[0].route.points|the required field \"points\" is missing"})
    void aBadNewFieldIsRefusedWithItsPlace(String fields, String place, String message) throws Exception {
        Path file = schema3With(fields);
        assertThatThrownBy(() -> PlanStore.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(place).hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"sleepingAltitudeM\": 9500", "\"highPointM\": -600"})
    void anAltitudeOutOfRangeIsRefusedWithItsField(String field) throws Exception {
        Path file = file("schema-2-plan.json");
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\": 2",
                "\"schemaVersion\": " + PlanJson.SCHEMA_VERSION).replace("\"packKg\": 12 }", "\"packKg\": 12, "
                + field + " }"));
        assertThatThrownBy(() -> PlanStore.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("trips[0].stages[0]." + field.substring(1, field.indexOf("\"", 1)));
    }
}
