package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Plans;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.store.PlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchback season PLAN --adjust -o OUT [--option N|NAME] [--today DATE]}. */
class SeasonAdjustCommandTest extends CommandLineTest {
    /** Thursday of the ninth steady week. */
    private static final LocalDate TODAY = Plans.MONDAY.plusWeeks(8).plusDays(3);
    @TempDir
    Path dir;

    /** Ten steady weeks logged up to today, except the sessions on {@code missed}. */
    Path plan(LocalDate... missed) throws Exception {
        Plan p = Plans.plan(Plans.steadyWeeks(10));
        var logs = new ArrayList<OutingLog>();
        for (Session s : p.sessions()) {
            if (s.date().isBefore(TODAY) && !List.of(missed).contains(s.date())) {
                logs.add(OutingLog.fromPlan(s, s.targetRpe().orElse(4.0)));
            }
        }
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, p.withLogs(logs), List.of());
        return file;
    }

    @Test
    void listsTheReasonAndTheCheckedOptionsAndWritesNothingUntilOneIsChosen() throws Exception {
        Path plan = plan(TODAY.minusDays(2));
        Path outFile = dir.resolve("adjusted.json");
        int code = run("season", plan.toString(), "--adjust", "-o", outFile.toString(), "--today", TODAY.toString());
        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("Adjust the coming days (Thu 31 Dec 2026):")
                .contains("Missed: 1 session was not logged: Run on Tue 29 Dec.")
                .contains("1. [shift] Do Run (missed on Tue 29 Dec) on Fri 1 Jan, a free day")
                .contains("Fri 1 Jan: nothing -> Run · 50 min · RPE 3")
                .contains("Checked: no new warning in the weeks it touches")
                .contains("Nothing written yet: choose one with --option N");
        assertThat(outFile).doesNotExist();
    }

    @Test
    void writesTheChosenOptionByNumberOrNameAndLeavesThePlanAlone() throws Exception {
        Path plan = plan(TODAY.minusDays(2));
        Plan before = PlanStore.read(plan);
        Path outFile = dir.resolve("adjusted.json");
        assertThat(run("season", plan.toString(), "--adjust", "-o", outFile.toString(), "--today", TODAY.toString(),
                "--option", "shift")).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("Wrote " + outFile + " with: Do Run (missed on Tue 29 Dec) on Fri 1 Jan");
        Plan written = PlanStore.read(outFile);
        assertThat(written.sessionsOn(TODAY.plusDays(1))).singleElement()
                .satisfies(s -> assertThat(s.id().value()).startsWith("adjust-2027-01-01"));
        assertThat(written.logs()).isEqualTo(before.logs());
        assertThat(PlanStore.read(plan)).isEqualTo(before);
        Files.delete(outFile);
        assertThat(run("season", plan.toString(), "--adjust", "-o", outFile.toString(), "--today", TODAY.toString(),
                "--option", "1")).isEqualTo(0);
        assertThat(PlanStore.read(outFile).sessions()).isEqualTo(written.sessions());
    }

    @Test
    void nothingToAdjustSaysSoAndBadChoicesSayWhatToDo() throws Exception {
        Path clean = plan();
        Path outFile = dir.resolve("adjusted.json");
        assertThat(run("season", clean.toString(), "--adjust", "-o", outFile.toString(), "--today",
                TODAY.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("Nothing to adjust on Thu 31 Dec 2026: no session missed");
        assertThat(outFile).doesNotExist();

        Path missed = plan(TODAY.minusDays(2));
        assertThat(run("season", missed.toString(), "--adjust", "-o", outFile.toString(), "--today",
                TODAY.toString(), "--option", "skip")).isEqualTo(64);
        assertThat(err.toString()).contains("--option skip is not offered. Choose one of: 1 or shift.");
        assertThat(run("season", missed.toString(), "--adjust", "-o", outFile.toString(), "--option", "7",
                "--today", TODAY.toString())).isEqualTo(64);
        assertThat(run("season", missed.toString(), "--adjust", "-o", outFile.toString(), "--replace"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("--adjust changes only the coming days");
        assertThat(run("season", missed.toString(), "-o", outFile.toString(), "--option", "1")).isEqualTo(64);
        assertThat(err.toString()).contains("--option chooses an adjustment: use it with --adjust.");
        assertThat(outFile).doesNotExist();
    }

    @Test
    void aMissedSessionWithNoFreeDayAheadIsLetGoInWords() throws Exception {
        Plan p = PlanStore.read(plan(TODAY.minusDays(2)));
        // Friday and Monday were the only free days of the coming seven
        Path file = dir.resolve("full.json");
        PlanStore.save(file, p.withSession(Plans.run(TODAY.plusDays(1), 3, 30))
                .withSession(Plans.run(TODAY.plusDays(4), 3, 30)), List.of());
        Path outFile = dir.resolve("o.json");
        assertThat(run("season", file.toString(), "--adjust", "-o", outFile.toString(), "--today", TODAY.toString()))
                .isEqualTo(1);
        assertThat(out.toString()).contains("Missed: 1 session was not logged: Run on Tue 29 Dec.")
                .contains("Run (missed on Tue 29 Dec) is let go: no day in 31 Dec 2026 – 6 Jan 2027 is free to take"
                        + " it, and a missed session is not made up by doubling up.")
                .contains("No option to offer.").contains("Nothing written: the coming days stay as planned.")
                .doesNotContain("passes the rules");
        assertThat(outFile).doesNotExist();
    }

    @Test
    void aRefusedOptionSaysWhichRuleObjects() throws Exception {
        // two outings logged much harder than planned: skipping the long day is refused (next week's ramp)
        Plan p = PlanStore.read(plan());
        var logs = p.logs().stream().map(l -> l.date().equals(TODAY.minusDays(2)) ? l.withRpe(6)
                : l.date().equals(TODAY.minusDays(1)) ? l.withRpe(9) : l).toList();
        Path file = dir.resolve("hard.json");
        PlanStore.save(file, p.withLogs(logs), List.of());
        int code = run("season", file.toString(), "--adjust", "-o", dir.resolve("o.json").toString(), "--today",
                TODAY.toString(), "--option", "skip");
        assertThat(code).isEqualTo(64);
        assertThat(out.toString()).contains("Harder than planned: Logged effort was 2 or more points above plan")
                .contains("Tried, not offered:").contains("[skip] Skip Long pack hike on Sat 2 Jan");
        assertThat(err.toString()).contains("--option skip is not offered (Not offered: it would add WARN"
                + " weekly-ramp in the week of 4 Jan: ").contains("Choose one of: 1 or easy, 2 or shorten.");
    }
}
