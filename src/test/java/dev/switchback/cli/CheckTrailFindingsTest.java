package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Plans;
import dev.switchback.model.Plan;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Terrain;
import dev.switchback.model.Weather;
import dev.switchback.store.PlanStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format json} carries the trail findings of issue 17: exactly these, nothing else of theirs. */
class CheckTrailFindingsTest {
    @TempDir
    Path dir;

    @Test
    void jsonIncludesTurnaroundHeatAndAltitudeFindings() throws Exception {
        LocalDate monday = Plans.MONDAY;
        var hot = Plans.hike(monday.plusDays(2), 4, 240, 12).withTitle("Long day")
                .withTrail(TrailPlan.NONE.withConditions(Set.of(Weather.HOT)));
        var stages = new ArrayList<TripStage>();
        for (double sleep : new double[] {3000, 3600}) {
            stages.add(TripStage.of(Duration.ofHours(5), 12_000, 800, 12).withAltitudes(Optional.of(sleep),
                    Optional.empty()));
        }
        Plan plan = Plans.plan(List.of(hot)).withTrip(new Trip(new TripId("t"), "Traverse", monday.plusDays(4), stages,
                Terrain.TRAIL, false, ""));
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, plan, List.of());
        var out = new StringWriter();
        var cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("check", file.toString(), "--week", "2026-W45", "--format", "json", "--today",
                "2000-01-01");
        assertThat(code).isEqualTo(1);
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("findings");
        var trail = new ArrayList<String>();
        findings.forEach(f -> {
            String id = f.get("ruleId").asText();
            if (List.of("turnaround", "heat-and-wind", "altitude", "route-duration").contains(id)) {
                trail.add(id + " " + f.get("severity").asText() + " " + f.get("dates"));
            }
        });
        assertThat(trail).containsExactlyInAnyOrder(
                "turnaround INFO [\"2026-11-04\"]",
                "heat-and-wind INFO [\"2026-11-04\"]",
                "turnaround INFO [\"2026-11-06\",\"2026-11-07\"]",
                "altitude WARN [\"2026-11-07\"]");
    }
}
