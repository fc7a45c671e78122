package dev.switchback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.cli.SwitchbackCommand;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.export.CsvExport;
import dev.switchback.export.ExportProgress;
import dev.switchback.export.Paper;
import dev.switchback.export.PdfExport;
import dev.switchback.export.WeekRange;
import dev.switchback.export.WeekSheet;
import dev.switchback.export.WeekSheets;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.store.PlanStore;
import dev.switchback.ui.week.WeekModels;
import dev.switchback.ui.week.WeekPresenter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13's proof: one value reads the same on the week card, the printed sheet and the CSV, in the athlete's
 * units, with the one rounding (89 min 40 s is "1 h 30" everywhere, 12 km is never "12.0 km"); and the
 * printed PDF (its text read back with PDFBox) and {@code check}'s text say the same as the card.
 */
class OneVoiceTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TODAY = MONDAY.minusDays(5);

    @TempDir
    Path dir;

    /** A Saturday pack hike of 89 min 40 s, 12 km, 1,230 m up with 13.6 kg, for a 60 kg athlete (23 %). */
    static Plan heavyPlan(Units units) {
        Session s = Session.of(MONDAY.plusDays(5), SessionKind.HIKE, "Pack hike",
                        Duration.ofSeconds(89 * 60 + 40))
                .withId(new SessionId("s-1")).withDistanceM(12_000).withClimbM(1230).withPackKg(13.6);
        return Plan.empty("Voice", Athlete.of("Ada", 60).withUnits(units)).withSession(s);
    }

    static Plan plan(Units units) {
        Session s = Session.of(MONDAY.plusDays(1), SessionKind.HIKE, "Pack hike", Duration.ofSeconds(89 * 60 + 40))
                .withId(new SessionId("s-1")).withDistanceM(12_000).withClimbM(640).withPackKg(12.46);
        return Plan.empty("Voice", Athlete.of("Ada", 68).withUnits(units)).withSession(s);
    }

    @ParameterizedTest
    @EnumSource(Units.class)
    void theCardTheSheetAndTheCsvSayTheSameNumbers(Units units) {
        Plan plan = plan(units);
        UnitFormat f = UnitFormat.of(units);
        String duration = "1 h 30";
        String distance = units == Units.METRIC ? "12 km" : "7.5 mi";
        String climb = units == Units.METRIC ? "640 m" : "2100 ft";
        String pack = units == Units.METRIC ? "12.5 kg" : "27.5 lb";
        assertThat(List.of(UnitFormat.duration(plan.sessions().get(0).duration()), f.distance(12_000), f.climb(640),
                f.mass(12.46))).containsExactly(duration, distance, climb, pack);

        WeekModels.Card card = new WeekPresenter(MONDAY).present(plan, Optional.empty(), MONDAY).days().get(1)
                .cards().get(0);
        assertThat(card.duration()).isEqualTo(duration);
        assertThat(card.details()).contains(distance, climb + " up").anySatisfy(d -> assertThat(d).startsWith(pack));

        WeekSheet.Entry entry = WeekSheets.build(plan, Optional.empty(), MONDAY).days().get(1).entries().get(0);
        assertThat(List.of(entry.duration(), entry.distance(), entry.climb(), entry.pack()))
                .containsExactly(duration, distance, climb, pack);

        String csv = CsvExport.content(plan, Optional.empty());
        String row = csv.lines().filter(l -> l.contains("s-1")).findFirst().orElseThrow();
        assertThat(row).contains("," + UnitFormat.minutes(plan.sessions().get(0).duration()) + ",")
                .contains("," + f.number(Measure.DISTANCE, 12_000) + "," + f.number(Measure.CLIMB, 640) + ",")
                .contains("," + f.number(Measure.MASS, 12.46) + ",");
        assertThat(distance).startsWith(f.number(Measure.DISTANCE, 12_000) + " ");
        assertThat(pack).startsWith(f.number(Measure.MASS, 12.46) + " ");
    }

    @ParameterizedTest
    @EnumSource(Units.class)
    void thePdfAndTheCheckTextSayWhatTheCardSays(Units units) throws Exception {
        Plan plan = heavyPlan(units);
        String duration = "1 h 30";
        String distance = units == Units.METRIC ? "12 km" : "7.5 mi";
        String climb = units == Units.METRIC ? "1230 m" : "4035 ft";
        String pack = units == Units.METRIC ? "13.6 kg" : "30 lb";
        PlanAnalysis analysis = Engine.analyse(plan, TODAY);

        var week = new WeekPresenter(MONDAY).present(plan, Optional.of(analysis), MONDAY);
        WeekModels.Card card = week.days().get(5).cards().get(0);
        assertThat(card.duration()).isEqualTo(duration);
        assertThat(card.details()).contains(distance, climb + " up").anySatisfy(d -> assertThat(d).startsWith(pack));

        // the PDF's text as a reader's tool extracts it: the session's row, the day and the week's dates
        Path pdf = dir.resolve("week.pdf");
        PdfExport.write(plan, Optional.of(analysis), WeekRange.week(MONDAY), Paper.A4, pdf, ExportProgress.NONE);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        // the planned effort is the engine's PlannedEffort on both: "≈RPE 8"
        String effort = card.details().stream().filter(d -> d.contains("RPE")).findFirst().orElseThrow();
        assertThat(effort).startsWith("≈RPE ");
        assertThat(text).contains("Pack hike " + String.join(" ", duration, distance, climb, pack, effort) + "\n")
                .contains("heaviest pack " + pack + " " + duration + " " + distance + " " + climb)
                .contains(week.days().get(5).dateLabel() + "\n")
                .contains(week.title().substring(0, week.title().indexOf("  ·")));
        assertThat(week.title()).startsWith("30 Nov – 6 Dec 2026");
        assertThat(week.days().get(5).dateLabel()).isEqualTo("5 Dec");

        // check's text: the measured pack of the jump finding is the card's pack
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, plan, List.of());
        StringWriter out = new StringWriter();
        var cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        cl.execute("check", file.toString(), "--today", TODAY.toString());
        assertThat(out.toString()).contains("Measured " + pack + " against")
                .contains("Saturday's pack (").contains("2026-W49");
    }

    /**
     * A rule's sentence says a quantity as the card does: the pack, its cap and the body mass read "13.6 kg",
     * "12 kg", "60 kg" (or "30 lb", "26.5 lb", "132.3 lb"), never with a trailing ".0" (issue 13).
     */
    @ParameterizedTest
    @EnumSource(Units.class)
    void aFindingsSentenceSaysAQuantityAsTheCardDoes(Units units) {
        Plan plan = heavyPlan(units);
        UnitFormat f = UnitFormat.of(units);
        List<Finding> findings = Engine.analyse(plan, TODAY).findings(MONDAY, MONDAY.plusDays(6));
        Finding packMass = findings.stream().filter(x -> x.ruleId().equals("pack-mass")).findFirst().orElseThrow();
        assertThat(packMass.messageIn(f)).contains("(" + f.mass(13.6) + ",");
        assertThat(packMass.suggestionText(f)).contains("at " + f.mass(12.0) + " (").contains(f.mass(60) + ")");
    }
}
