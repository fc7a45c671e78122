package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Overrides;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleOverride;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 2 to 3: an old override (rule and week) covered every finding of its rule in its week. After the
 * migration it covers exactly the findings present when the plan is first opened, and nothing worse or on
 * other days.
 */
class OverridePerFindingMigrationTest {
    static final LocalDate MON = LocalDate.of(2026, 6, 1);
    static final LocalDate THU = MON.plusDays(3);
    static final LocalDate SAT = MON.plusDays(5);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 30);

    @TempDir
    Path dir;

    private Path copy(String resource) throws Exception {
        Path file = dir.resolve("plan.json");
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private Plan read(String resource) throws Exception {
        Path file = copy(resource);
        byte[] content = Files.readAllBytes(file);
        return new PlanJson(Migrations.standard(), java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                java.time.ZoneOffset.UTC)).read(file, content).plan();
    }

    private static List<Finding> blocking(Plan plan) {
        return Engine.analyse(plan, TODAY).findings(MON).stream()
                .filter(f -> f.severity() == Severity.BLOCK && !Overrides.isOverridden(plan, f)).toList();
    }

    @Test
    void anOldOverrideBecomesOneOverridePerFindingItCoveredWithItsDaysAndValue() throws Exception {
        Plan plan = read("schema-2-overrides.json");
        assertThat(plan.rules().overrides()).containsExactly(
                new RuleOverride("pack-mass", MON, List.of(THU), Optional.of(25 / 68.0 * 100),
                        "Carrying the group tent for the club trip", LocalDate.of(2026, 5, 28)),
                new RuleOverride("pack-mass", MON, List.of(SAT), Optional.of(30 / 68.0 * 100),
                        "Carrying the group tent for the club trip", LocalDate.of(2026, 5, 28)));
        assertThat(blocking(plan)).isEmpty();
    }

    @Test
    void anOldOverrideWhoseRuleFindsNothingInItsWeekAnyMoreIsDropped() throws Exception {
        Plan plan = read("schema-2-overrides.json");
        assertThat(plan.rules().overrides()).noneMatch(o -> o.ruleId().equals("rest-day"));
    }

    @Test
    void aWorsePackAfterTheMigrationAsksAgain() throws Exception {
        Plan plan = read("schema-2-overrides.json");
        Session sat = plan.session(new SessionId("s-3")).orElseThrow();
        Plan worse = plan.withSession(sat.withPackKg(32));
        assertThat(blocking(worse)).singleElement().satisfies(f -> assertThat(f.dates()).containsExactly(SAT));
        Plan lighter = plan.withSession(sat.withPackKg(28));
        assertThat(blocking(lighter)).isEmpty();
    }

    @Test
    void theSamePackOnAnotherDayAsksAgain() throws Exception {
        Plan plan = read("schema-2-overrides.json");
        Session thu = plan.session(new SessionId("s-2")).orElseThrow();
        Plan moved = plan.withSession(thu.withDate(MON.plusDays(2)));
        assertThat(blocking(moved)).singleElement().satisfies(f -> assertThat(f.dates())
                .containsExactly(MON.plusDays(2)));
    }

    @Test
    void theMigratedPlanSavesAsTheCurrentSchemaAndReadsBackEqual() throws Exception {
        Path file = copy("schema-2-overrides.json");
        OpenedPlan opened = PlanStore.openFile(file);
        assertThat(opened.schemaVersion()).isEqualTo(2);
        PlanStore.save(opened, opened.plan(), List.of());
        String saved = Files.readString(file);
        assertThat(saved).contains("\"schemaVersion\": " + PlanJson.SCHEMA_VERSION, "\"dates\": [", "\"measured\": ");
        assertThat(PlanStore.read(file)).isEqualTo(opened.plan());
    }

    @Test
    void aSchema1FileWithoutOverridesReadsUnchanged() throws Exception {
        Plan plan = read("schema-1-plan.json");
        assertThat(plan.rules().overrides()).isEmpty();
        assertThat(plan.sessions()).hasSize(2);
    }

    @Test
    void aSchema1FileWithAnOverrideIsResolvedLikeSchema2() throws Exception {
        Path file = copy("schema-2-overrides.json");
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")
                .replace(", \"startTime\": \"07:30\"", ""));
        Plan plan = new PlanJson(Migrations.standard(), java.time.Clock.fixed(
                TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC))
                .read(file, Files.readAllBytes(file)).plan();
        assertThat(plan.rules().overrides()).extracting(RuleOverride::dates)
                .containsExactly(List.of(THU), List.of(SAT));
    }

    @Test
    void anOverrideGivenInSchema3RoundTripsWithItsDaysAndValue() throws Exception {
        Plan plan = read("schema-2-overrides.json");
        plan = plan.withRules(plan.rules().withOverrides(List.of()));
        for (Finding f : blocking(plan)) {
            plan = SaveGate.withOverride(plan, f, "Club trip", TODAY);
        }
        Path file = dir.resolve("three.json");
        PlanStore.save(file, plan, List.of());
        Plan back = PlanStore.read(file);
        assertThat(back).isEqualTo(plan);
        assertThat(back.rules().overrides()).extracting(RuleOverride::dates).containsExactly(List.of(THU), List.of(SAT));
    }
}
