package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeasonCommandTest extends CommandLineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path dir;

    Path sample() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, SamplePlan.create(TODAY), List.of());
        return file;
    }

    @Test
    void buildsTowardsTheNextGoalTripAndWritesTheSeasonBesideThePlan() throws Exception {
        Path plan = sample();
        Path season = dir.resolve("season.json");
        int code = run("season", plan.toString(), "-o", season.toString(), "--today", TODAY.toString(), "--replace");

        Plan written = PlanStore.read(season);
        Plan original = PlanStore.read(plan);
        assertThat(code).as(out + "" + err).isIn(0, 1);
        assertThat(out.toString()).contains("Season towards Höhenweg traverse on 2026-12-26")
                .contains("Week      Phase    Long day").contains("Tracks by the taper against the goal:")
                .contains("Wrote " + season);
        assertThat(written.trips()).isEqualTo(original.trips());
        assertThat(written.sessions()).anyMatch(s -> s.id().value().startsWith("season-"));
        assertThat(PlanStore.read(plan)).isEqualTo(original);
    }

    @Test
    void tooLittleTimeExitsOneAndSaysHowMuchIsNeededAndWhatToDo() throws Exception {
        int code = run("season", sample().toString(), "-o", dir.resolve("s.json").toString(), "--today",
                TODAY.toString(), "--goal", "2026-12-19", "--hours", "9", "--pack", "18", "--climb", "2000");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Not enough time: 9 h with 18 kg needs about ")
                .contains("weeks from your 4 h 15 with 11 kg; there are 3.")
                .contains("Choose: move the goal to about ").contains("SHORT");
    }

    @Test
    void wrongGoalsDaysAndWritingOverThePlanAreUsageErrorsThatSayWhatToDo() throws Exception {
        Path plan = sample();
        assertThat(run("season", plan.toString(), "-o", dir.resolve("a.json").toString(), "--goal", "Everest"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("--goal Everest is neither a trip of the plan nor a date")
                .contains("sample-trip-hoehenweg (Höhenweg traverse)");
        assertThat(run("season", plan.toString(), "-o", dir.resolve("b.json").toString(), "--goal", "2027-03-01"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("needs the goal day's size: --hours H");
        assertThat(run("season", plan.toString(), "-o", dir.resolve("c.json").toString(), "--days", "mon,xyz"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("\"xyz\" is not a day");
        assertThat(run("season", plan.toString(), "-o", plan.toString())).isEqualTo(64);
        assertThat(err.toString()).contains("-o names the plan itself");
    }
}
