package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Plans;
import dev.switchback.engine.plan.DayRoom;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.store.PlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    Path save(Plan plan) throws Exception {
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, plan, List.of());
        return file;
    }

    static final LocalDate W6 = Plans.MONDAY.plusWeeks(6);

    /** Six steady weeks and a week with three hard days in a row and a pack at 35 % of body mass. */
    static Plan badWeek() {
        var s = new ArrayList<>(Plans.steadyWeeks(6));
        s.add(Plans.run(W6.plusDays(1), 7, 60).withTitle("Intervals"));
        s.add(Plans.run(W6.plusDays(2), 7, 50).withTitle("Hill repeats"));
        s.add(Plans.run(W6.plusDays(3), 7, 60).withTitle("Tempo"));
        s.add(Plans.hike(W6.plusDays(5), 4, 150, 24).withTitle("Long pack hike"));
        return Plans.plan(s);
    }

    @Test
    void threeHardDaysAndAHeavyPackExitThreeAndNameBoth() throws Exception {
        int code = run("check", save(badWeek()).toString(), "--week", "2026-W51", "--today", "2000-01-01");
        assertThat(code).isEqualTo(3);
        assertThat(out.toString())
                .contains("BLOCK  2026-W51  hard-days-back-to-back")
                .contains("Tuesday, Wednesday and Thursday are all hard days")
                .contains("BLOCK  2026-W51  pack-mass")
                .contains("Saturday's pack (24 kg, long pack hike) is 35 % of your body mass")
                .contains("Suggestion: Cap Saturday's pack at 13.6 kg (20 % of 68 kg)");
    }

    /** A pack that jumps by 8 kg in a week: the pack-progression finding measures in kg. */
    static Plan packJump() {
        var s = new ArrayList<>(Plans.steadyWeeks(6));
        s.add(Plans.hike(W6.minusDays(2), 4, 120, 6).withTitle("Light pack hike"));
        s.add(Plans.hike(W6.plusDays(5), 4, 120, 14).withTitle("Heavier pack hike"));
        return Plans.plan(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"imperial; lb; kg", "metric; kg; lb"})
    void theNumbersCheckPrintsItselfFollowTheUnitsAsked(String units, String shown, String absent) throws Exception {
        Path file = save(packJump());
        run("check", file.toString(), "--from", W6.minusWeeks(1).toString(), "--to", W6.plusDays(6).toString(),
                "--today", "2000-01-01", "--units", units);
        List<String> measured = out.toString().lines().filter(l -> l.startsWith("  Measured ")).toList();
        assertThat(measured).isNotEmpty().anySatisfy(l -> assertThat(l).contains(" " + shown));
        assertThat(measured).allSatisfy(l -> assertThat(l).doesNotContain(" " + absent));
    }

    @Test
    void theDefaultUnitsAreTheAthletes() throws Exception {
        Plan plan = packJump();
        Path file = save(plan.withAthlete(plan.athlete().withUnits(dev.switchback.model.Units.IMPERIAL)));
        run("check", file.toString(), "--from", W6.minusWeeks(1).toString(), "--to", W6.plusDays(6).toString(),
                "--today", "2000-01-01");
        assertThat(out.toString().lines().filter(l -> l.startsWith("  Measured ")))
                .anySatisfy(l -> assertThat(l).contains(" lb")).noneSatisfy(l -> assertThat(l).contains(" kg"));
    }

    /** Every sentence of a finding (message, why, suggestion) follows the units, not only the measured line. */
    @Test
    void anImperialPlanIsCheckedWithoutAKilogramOrAKilometre() throws Exception {
        Plan plan = badWeek();
        Path file = save(plan.withAthlete(plan.athlete().withUnits(dev.switchback.model.Units.IMPERIAL)));
        run("check", file.toString(), "--from", Plans.MONDAY.toString(), "--to", W6.plusDays(6).toString(),
                "--today", "2000-01-01");
        String text = out.toString();
        assertThat(text).contains("Saturday's pack (52.9 lb, long pack hike) is 35 % of your body mass")
                .contains("Suggestion: Cap Saturday's pack at 30 lb (20 % of 149.9 lb)")
                .doesNotContain("kg").doesNotContain(" km").doesNotContain("\uE000").doesNotContain("\uE001");
    }

    @Test
    void checkUnitsSaysTheFindingsSentencesInTheUnitsAsked() throws Exception {
        Path file = save(badWeek());
        run("check", file.toString(), "--week", "2026-W51", "--today", "2000-01-01", "--units", "imperial");
        assertThat(out.toString()).contains("Cap Saturday's pack at 30 lb (20 % of 149.9 lb)").doesNotContain("kg");
    }

    @Test
    void theJsonMessagesFollowTheUnitsAndItsNumbersStaySi() throws Exception {
        Path file = save(badWeek());
        run("check", file.toString(), "--week", "2026-W51", "--today", "2000-01-01", "--format", "json",
                "--units", "imperial");
        String json = out.toString();
        assertThat(json).contains("\"text\":\"Cap Saturday's pack at 30 lb (20 % of 149.9 lb)\"")
                .contains("\"measured\":24.0,\"threshold\":13.600000000000001,\"unit\":\"kg\"")
                .contains("\"packKg\":13.5").contains("a 29.8 lb pack for 1 h").doesNotContain(" kg").doesNotContain("\uE000").doesNotContain("\uE001");
    }

    @Test
    void unknownUnitsAreAUsageError() throws Exception {
        assertThat(run("check", save(packJump()).toString(), "--units", "furlongs")).isEqualTo(64);
        assertThat(err.toString()).contains("Unknown units 'furlongs': use metric or imperial");
    }

    @Test
    void steadyWeeksExitZero() throws Exception {
        assertThat(run("check", save(Plans.plan(Plans.steadyWeeks(8))).toString(), "--today", "2000-01-01"))
                .isZero();
        assertThat(out.toString()).contains("0 BLOCK, 0 WARN");
    }

    @Test
    void warningsOnlyExitOne() throws Exception {
        var s = new ArrayList<Session>(Plans.steadyWeeks(6));
        s.add(Plans.hike(W6.plusDays(5), 4, 120, 15));
        assertThat(run("check", save(Plans.plan(s)).toString(), "--from", W6.toString(), "--to",
                W6.plusDays(6).toString(), "--today", "2000-01-01")).isEqualTo(1);
    }

    @Test
    void jsonListsTheFindingsForScripts() throws Exception {
        int code = run("check", save(badWeek()).toString(), "--week", "2026-W51", "--format", "json", "--today",
                "2000-01-01");
        assertThat(code).isEqualTo(3);
        assertThat(out.toString().strip()).startsWith("{\"plan\":\"Test\",\"from\":\"2026-12-14\"")
                .contains("\"ruleId\":\"pack-mass\",\"severity\":\"BLOCK\",\"overridden\":false")
                .contains("\"suggestion\":{\"type\":\"CapPack\",\"text\":\"Cap Saturday's pack at 13.6 kg (20 % of 68"
                        + " kg)\"}")
                .endsWith("]}");
    }

    @Test
    void jsonGivesTheHeadroomOfEachDayFromTodayWithTheRuleThatBinds() throws Exception {
        Plan plan = Plans.plan(Plans.steadyWeeks(9));
        LocalDate today = W6.plusDays(2);
        int code = run("check", save(plan).toString(), "--week", "2026-W51", "--format", "json", "--today",
                today.toString());
        String json = out.toString();
        DayRoom thursday = Headroom.day(plan, Engine.analyse(plan, today), today.plusDays(1), today);

        assertThat(code).isZero();
        assertThat(json).contains("\"headroom\":[{\"date\":\"" + today + "\",\"state\":\"OPEN\"")
                .doesNotContain("\"date\":\"" + today.minusDays(1) + "\",\"state\"")
                .contains("{\"date\":\"" + today.plusDays(1) + "\",\"state\":\"OPEN\",\"runMinutes\":"
                        + thursday.runFor().toMinutes() + ",\"rpe\":4.0")
                .contains("\"text\":\"room: up to " + dev.switchback.format.UnitFormat.duration(thursday.runFor()) + " at RPE 4")
                .contains("\"binding\":{\"ruleId\":\"weekly-ramp\",\"rule\":\"Weekly load ramp\"");
        assertThat(json.split("\"state\":").length - 1).isEqualTo(5);
    }

    @Test
    void jsonHasTheNumbersOfEveryCheckedWeekWithNullWhereHistoryIsMissing() throws Exception {
        Plan bad0 = badWeek();
        Session packHike = bad0.sessions().stream().filter(x -> x.date().equals(W6.plusDays(5))).findFirst()
                .orElseThrow();
        Plan plan = bad0.withSession(packHike.withDescentM(700));
        run("check", save(plan).toString(), "--from", Plans.MONDAY.toString(), "--to", W6.plusDays(6).toString(),
                "--format", "json", "--today", "2000-01-01");
        var weeks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("weeks");
        assertThat(weeks).hasSize(7);
        var firstWeek = weeks.get(0);
        assertThat(firstWeek.get("week").asText()).isEqualTo("2026-W45");
        assertThat(firstWeek.get("weekOverWeek").isNull()).isTrue();
        assertThat(firstWeek.get("acwr").isNull()).isTrue();
        assertThat(firstWeek.get("ctl").isNull()).isTrue();
        assertThat(weeks.get(1).get("monotony").isNumber()).isTrue();

        var analysis = dev.switchback.engine.Engine.analyse(plan, LocalDate.of(2000, 1, 1));
        var bad = weeks.get(6);
        var summary = analysis.week(W6);
        var sunday = analysis.metrics(W6.plusDays(6));
        assertThat(bad.get("weekStart").asText()).isEqualTo(W6.toString());
        assertThat(bad.get("plannedLoadAu").asDouble()).isEqualTo(summary.plannedAu());
        assertThat(bad.get("doneLoadAu").asDouble()).isZero();
        assertThat(bad.get("loadAu").asDouble()).isEqualTo(summary.loadAu());
        assertThat(bad.get("weekOverWeek").asDouble()).isEqualTo(summary.changeVsPrevious().asOptional().orElseThrow());
        assertThat(bad.get("acwr").asDouble()).isEqualTo(sunday.acwr().asOptional().orElseThrow());
        assertThat(bad.get("ctl").asDouble()).isEqualTo(sunday.ctl().asOptional().orElseThrow());
        assertThat(bad.get("atl").asDouble()).isEqualTo(sunday.atl().asOptional().orElseThrow());
        assertThat(bad.get("tsb").asDouble()).isEqualTo(sunday.tsb().asOptional().orElseThrow());
        assertThat(bad.get("formPct").asDouble()).isEqualTo(sunday.formPct().asOptional().orElseThrow());
        assertThat(bad.get("strain").asDouble()).isEqualTo(sunday.strain().asOptional().orElseThrow());
        assertThat(bad.get("heaviestPackKg").asDouble()).isEqualTo(24);
        assertThat(bad.get("longestSessionMinutes").asDouble()).isEqualTo(150);
        assertThat(bad.get("packKgKm").asDouble()).isEqualTo(summary.packKgKm());
        assertThat(bad.get("loadedDescentM").asDouble()).isEqualTo(700);
    }

    @Test
    void aMetricWithoutEnoughHistoryIsNullInJsonAndNeverAMeasuredZero() throws Exception {
        Path file = save(Plans.plan(Plans.steadyWeeks(6)));
        run("check", file.toString(), "--format", "json", "--today", "2000-01-01");
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("findings");
        var notes = new ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        findings.forEach(f -> {
            if (f.get("ruleId").asText().equals("acwr") || f.get("ruleId").asText().equals("form-floor")) {
                notes.add(f);
            }
        });
        // said once for the plan, in its first week, with nothing measured
        assertThat(notes).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("week").asText()).isEqualTo("2026-W45");
            assertThat(f.get("measured").isNull()).isTrue();
            assertThat(f.get("severity").asText()).isEqualTo("INFO");
        });
    }

    @Test
    void theTextSaysNotMeasuredYetInsteadOfMeasuredZero() throws Exception {
        Path file = save(Plans.plan(Plans.steadyWeeks(6)));
        run("check", file.toString(), "--today", "2000-01-01");
        assertThat(out.toString()).doesNotContain("Measured 0 ")
                .contains("Not measured yet (not enough history); threshold 1.50");
        assertThat(out.toString().split("needs 28 days of history", -1)).hasSize(3); // acwr and form, once each
    }

    @Test
    void aWeekWithoutTheFirstWeeksNoteShowsNoNeedsHistoryNote() throws Exception {
        Path file = save(Plans.plan(Plans.steadyWeeks(6)));
        run("check", file.toString(), "--week", "2026-W46", "--today", "2000-01-01");
        assertThat(out.toString()).doesNotContain("needs 28 days");
    }

    @Test
    void anOverriddenFindingIsPrintedAsOverriddenWithItsReasonAndDate() throws Exception {
        Plan plan = badWeek();
        var analysis = dev.switchback.engine.Engine.analyse(plan, LocalDate.of(2000, 1, 1));
        var pack = analysis.findings(W6).stream().filter(f -> f.ruleId().equals("pack-mass")).findFirst().orElseThrow();
        plan = dev.switchback.engine.SaveGate.withOverride(plan, pack, "Club tent, once", LocalDate.of(2026, 12, 1));
        Path file = save(plan);
        run("check", file.toString(), "--week", "2026-W51", "--today", "2000-01-01");
        assertThat(out.toString()).contains("BLOCK (overridden)  2026-W51  pack-mass")
                .contains("Overridden on Tuesday 1 December 2026: Club tent, once")
                .contains("BLOCK  2026-W51  hard-days-back-to-back");
        out.getBuffer().setLength(0);
        run("check", file.toString(), "--week", "2026-W51", "--format", "json", "--today", "2000-01-01");
        assertThat(out.toString()).contains("\"ruleId\":\"pack-mass\",\"severity\":\"BLOCK\",\"overridden\":true,"
                + "\"override\":{\"reason\":\"Club tent, once\",\"recordedOn\":\"2026-12-01\"}")
                .contains("\"ruleId\":\"hard-days-back-to-back\",\"severity\":\"BLOCK\",\"overridden\":false,"
                        + "\"override\":null");
    }

    @Test
    void aHeavierPackAfterTheOverrideBlocksAgain() throws Exception {
        Plan plan = badWeek();
        var analysis = dev.switchback.engine.Engine.analyse(plan, LocalDate.of(2000, 1, 1));
        for (var f : analysis.findings(W6)) {
            if (f.severity() == dev.switchback.engine.Severity.BLOCK) {
                plan = dev.switchback.engine.SaveGate.withOverride(plan, f, "Accepted", LocalDate.of(2026, 12, 1));
            }
        }
        assertThat(run("check", save(plan).toString(), "--week", "2026-W51", "--today", "2000-01-01")).isEqualTo(1);
        Session hike = plan.sessions().stream().filter(x -> x.date().equals(W6.plusDays(5))).findFirst().orElseThrow();
        out.getBuffer().setLength(0);
        assertThat(run("check", save(plan.withSession(hike.withPackKg(26))).toString(), "--week", "2026-W51",
                "--today", "2000-01-01")).isEqualTo(3);
        assertThat(out.toString()).contains("BLOCK  2026-W51  pack-mass");
    }

    @Test
    void theWeekBeforeAGoalShowsTheTaperFinding() throws Exception {
        LocalDate goal = Plans.MONDAY.plusWeeks(10);
        var s = new ArrayList<Session>();
        for (int w = 0; w <= 10; w++) {
            s.add(Plans.run(Plans.MONDAY.plusWeeks(w), 5, 200)); // no taper at all before Saturday's race
        }
        Plan plan = Plans.plan(s).withGoals(List.of(new dev.switchback.model.GoalEvent("Race", goal.plusDays(5),
                java.util.Optional.empty())));
        Path file = save(plan);
        run("check", file.toString(), "--week", dev.switchback.model.Weeks.label(goal.minusWeeks(1)), "--today",
                "2000-01-01");
        assertThat(out.toString()).contains("WARN  " + dev.switchback.model.Weeks.label(goal) + "  taper");
    }

    @Test
    void anUnreadableFileExitsTwoWithAMessage() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ not json");
        assertThat(run("check", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isNotBlank();
    }

    @Test
    void aBadWeekLabelIsAUsageError() throws Exception {
        assertThat(run("check", save(badWeek()).toString(), "--week", "2026-48")).isEqualTo(64);
        assertThat(err.toString()).contains("Not an ISO week such as 2026-W48");
    }

    @Test
    void aBadDateOrARangeBackwardsIsAUsageErrorThatSaysWhatToType() throws Exception {
        Path file = save(badWeek());
        assertThat(run("check", file.toString(), "--from", "2026-13-01")).isEqualTo(64);
        assertThat(err.toString()).contains("--from needs a date such as 2026-11-23 (was '2026-13-01')");
        assertThat(run("check", file.toString(), "--from", "2026-12-10", "--to", "2026-12-09")).isEqualTo(64);
        assertThat(err.toString()).contains("--to (2026-12-09) is before --from (2026-12-10)");
        assertThat(run("check", file.toString(), "--week", "2026-W50", "--to", "2026-12-09")).isEqualTo(64);
        assertThat(err.toString()).contains("either --week or --from/--to");
    }
}
