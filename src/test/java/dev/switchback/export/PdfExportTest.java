package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.store.SamplePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {
    static final LocalDate W48 = ExportFixtures.W48;

    @TempDir
    Path dir;

    private Path export(Plan plan, Optional<dev.switchback.engine.PlanAnalysis> analysis, WeekRange range, Paper paper)
            throws ExportException {
        Path out = dir.resolve("sheet-" + System.nanoTime() + ".pdf");
        PdfExport.write(plan, analysis, range, paper, out, ExportProgress.NONE);
        return out;
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    static Set<String> fontNames(Path pdf) throws IOException {
        var names = new HashSet<String>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName());
                }
            }
        }
        return names;
    }

    @Test
    void oneWeekIsOnePageWithEverySessionTitleAndTheNamesInEveryScript() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path out = export(plan, Optional.of(ExportFixtures.analysis(plan)), WeekRange.week(W48), Paper.A4);
        if (System.getenv("SWITCHBACK_KEEP_PDF") != null) {
            Files.copy(out, Path.of(System.getenv("SWITCHBACK_KEEP_PDF")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(pages(out)).isEqualTo(1);
        String text = text(out);
        plan.sessions().stream().filter(s -> WeekRange.week(W48).contains(s.date()))
                .forEach(s -> assertThat(text).contains(s.displayTitle()));
        assertThat(text).contains("Höhenweg", "Łódź", "北岳", "広河原", "Ελληνικά", "кириллица",
                "Zoë Łukasiewicz-Müller", "23 – 29 Nov 2026", "2026-W48", "Build phase",
                "Goal: Haute Route · 11 Dec 2026 · in 2 weeks");
    }

    @Test
    void theSheetShowsFiguresAndFindingsWithSuggestionsWhenAnalysed() throws Exception {
        Plan plan = ExportFixtures.plan();
        String text = text(export(plan, Optional.of(ExportFixtures.analysis(plan)), WeekRange.week(W48), Paper.A4));
        assertThat(text).contains("WEEKLY LOAD (AU, SESSION-RPE)", "ACWR", "1.18", "WARN",
                "This week's load is 21 % above last week's", "Shorten Sunday's hike to 3 h",
                "Nielsen et al. 2014, JOSPT [P]", "RPE 7", "Zone 2", "long easy hike 4 h 16 km 700 m 8 kg ≈RPE 4\n");
    }

    @Test
    void withoutAnalysisTheSheetIsCompleteAndSaysFiguresAreMissing() throws Exception {
        Plan plan = ExportFixtures.plan();
        String text = text(export(plan, Optional.empty(), WeekRange.week(W48), Paper.A4));
        assertThat(text).contains("PLANNED TIME PER WEEK (H)", "Load figures and rule findings are added",
                "Hill repeats on the Höhenweg", "14 h").doesNotContain("WARN");
        // The planned effort is the engine's PlannedEffort, the card's value, with or without an analysis.
        assertThat(text).contains("Core, hips and ankles 45 min ≈RPE 4", "long easy hike 4 h 16 km 700 m 8 kg ≈RPE 4\n");
    }

    @Test
    void aMonthPrintsAsOneOverviewPage() throws Exception {
        Plan plan = ExportFixtures.plan();
        WeekRange month = WeekRange.of(W48.minusWeeks(4), W48.plusWeeks(1));
        try (var doc = PdfExport.overviewDocument(plan, Optional.empty(), month, Paper.A4, ExportProgress.NONE)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        Path out = dir.resolve("month.pdf");
        PdfExport.writeOverview(plan, Optional.empty(), month, Paper.A4, out, ExportProgress.NONE);
        assertThat(pages(out)).isEqualTo(1);
        // a calendar: every week, each day with its sessions (title and time) and the trips' days
        assertThat(text(out)).contains("MONTH AT A GLANCE", "2026-W44", "2026-W49", "MON", "SUN",
                "Tempo run week", "Long hike week", "Hill repeats", "4 h 10 planned").doesNotContain("Page 2");
    }

    @Test
    void theRealEngineFillsTheChartOfTheSamplePlan() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Plan plan = SamplePlan.create(today);
        String text = text(export(plan, Optional.of(Engine.analyse(plan, today)), WeekRange.week(today), Paper.A4));
        assertThat(text).contains("WEEKLY LOAD (AU, SESSION-RPE)", " AU", "ACWR", "Form", "Monotony", "FINDINGS");
    }

    @Test
    void aRangeStartsWithTheSeasonOverviewThenOnePagePerWeek() throws Exception {
        Plan plan = ExportFixtures.plan();
        WeekRange range = WeekRange.of(W48.minusWeeks(5), W48.plusWeeks(3));
        Path out = export(plan, Optional.empty(), range, Paper.A4);
        assertThat(pages(out)).isEqualTo(range.weekCount() + 1);
        String text = text(out);
        assertThat(text).contains("SEASON OVERVIEW", "2026-W43", "2026-W51", "Haute Route Chamonix–Zermatt",
                "Page 1 of 10", "Page 10 of 10");
    }

    @Test
    void letterPaperGivesLetterPages() throws Exception {
        Path out = export(ExportFixtures.plan(), Optional.empty(), WeekRange.week(W48), Paper.LETTER);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void imperialAthletesGetMilesFeetAndPounds() throws Exception {
        String text = text(export(ExportFixtures.plan(Units.IMPERIAL), Optional.empty(), WeekRange.week(W48),
                Paper.LETTER));
        assertThat(text).contains("9 mi", "4757 ft", "26.5 lb").doesNotContain("14.5 km");
    }

    /** The findings' sentences on the sheet follow the athlete's units like the table beside them. */
    @Test
    void anImperialSheetSaysItsFindingsInPounds() throws Exception {
        LocalDate w6 = dev.switchback.engine.Plans.MONDAY.plusWeeks(6);
        var sessions = new ArrayList<>(dev.switchback.engine.Plans.steadyWeeks(6));
        sessions.add(dev.switchback.engine.Plans.hike(w6.plusDays(5), 4, 150, 24).withTitle("Long pack hike"));
        Plan metric = dev.switchback.engine.Plans.plan(sessions);
        Plan imperial = metric.withAthlete(metric.athlete().withUnits(Units.IMPERIAL));
        LocalDate today = dev.switchback.engine.Plans.LONG_AGO;

        String text = text(export(imperial, Optional.of(Engine.analyse(imperial, today)), WeekRange.week(w6),
                Paper.LETTER));
        assertThat(text).contains("FINDINGS", "52.9 lb", "30 lb").doesNotContain("kg").doesNotContain(" km")
                .doesNotContain("\uE000").doesNotContain("\uE001");
        String metricText = text(export(metric, Optional.of(Engine.analyse(metric, today)), WeekRange.week(w6),
                Paper.A4));
        assertThat(metricText).contains("24 kg", "13.6 kg").doesNotContain(" lb");
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheCjkFallbackOnlyWhenNeeded() throws Exception {
        Plan plan = ExportFixtures.plan();
        Set<String> withCjk = fontNames(export(plan, Optional.empty(), WeekRange.week(W48), Paper.A4));
        assertThat(withCjk).anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans"))
                .anyMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans-Bold"))
                .anyMatch(n -> n.contains("DroidSansFallback"));
        Set<String> latinOnly = fontNames(export(plan, Optional.empty(), WeekRange.week(W48.plusWeeks(1)), Paper.A4));
        assertThat(latinOnly).noneMatch(n -> n.contains("DroidSansFallback"));
    }

    @Test
    void aCharacterNoFontHasBecomesAVisiblePlaceholder() throws Exception {
        Plan plan = ExportFixtures.plan();
        String text = text(export(plan, Optional.empty(), WeekRange.week(W48), Paper.A4));
        // The fixture's note holds U+1F9C3 (juice box), which neither DejaVu nor Droid has.
        assertThat(text).contains("Bring \uFFFD and the poles").doesNotContain("\uD83E\uDDC3");
    }

    @Test
    void aCrowdedDayStaysOnOnePageAndSaysWhatWasLeftOut() throws Exception {
        Plan plan = ExportFixtures.plan();
        var sessions = new ArrayList<>(plan.sessions());
        String longNote = "Very long note. ".repeat(240);
        for (int i = 0; i < 12; i++) {
            sessions.add(Session.of(W48.plusDays(2), SessionKind.TRAIL_RUN, "Extra run " + i, Duration.ofMinutes(30))
                    .withNotes(longNote).withNextDayPlan(longNote));
        }
        Path out = export(plan.withSessions(sessions), Optional.empty(), WeekRange.week(W48), Paper.LETTER);
        assertThat(pages(out)).isEqualTo(1);
        assertThat(text(out)).contains("more on this day", "Hill repeats on the Höhenweg", "=SUM(A1:A9) long easy hike");
        if (System.getenv("SWITCHBACK_KEEP_CROWDED") != null) {
            Files.copy(out, Path.of(System.getenv("SWITCHBACK_KEEP_CROWDED")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Property(tries = 25)
    void anyTitleRendersWithoutFailing(@ForAll @StringLength(min = 1, max = 120) String title) throws Exception {
        if (title.isBlank()) {
            return;
        }
        Plan plan = ExportFixtures.plan();
        Plan edited = plan.withSession(plan.sessions().get(1).withTitle(title));
        Path tmp = Files.createTempDirectory("pdf-prop");
        Path out = tmp.resolve("p.pdf");
        PdfExport.write(edited, Optional.empty(), WeekRange.week(W48), Paper.A4, out, ExportProgress.NONE);
        try {
            assertThat(pages(out)).isEqualTo(1);
        } finally {
            Files.delete(out);
            Files.delete(tmp);
        }
    }
}
