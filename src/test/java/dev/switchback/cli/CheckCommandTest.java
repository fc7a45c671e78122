package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Plans;
import dev.switchback.engine.plan.DayRoom;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.store.PlanStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        var cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

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
                .contains("Saturday's pack (24.0 kg, long pack hike) is 35 % of your body mass")
                .contains("Suggestion: Cap Saturday's pack at 13.6 kg (20 % of 68 kg)");
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
                .contains("\"text\":\"room: up to " + thursday.runFor().toMinutes() + " min at RPE 4")
                .contains("\"binding\":{\"ruleId\":\"recovery-week\",\"rule\":\"Recovery week due\"");
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
