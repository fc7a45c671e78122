package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ExportCommandTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    Path planFile;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writePlan() throws Exception {
        planFile = dir.resolve("plan.json");
        PlanStore.save(planFile, SamplePlan.create(TODAY), List.of());
    }

    private int run(String... args) {
        CommandLine cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ExportCommand export = cl.getSubcommands().get("export").getCommand();
        export.clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        return cl.execute(args);
    }

    @Test
    void writesOneWeekAsAOnePagePdf() throws Exception {
        Path pdf = dir.resolve("w48.pdf");
        assertThat(run("export", planFile.toString(), "--format", "pdf", "--week", "2026-W48", "-o", pdf.toString()))
                .isEqualTo(0);
        assertThat(out.toString()).contains("Wrote", "1 week");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            Plan plan = PlanStore.read(planFile);
            String text = new PDFTextStripper().getText(doc);
            plan.sessions().stream()
                    .filter(s -> !s.isRest() && s.date().isAfter(TODAY.minusDays(3)) && s.date().isBefore(TODAY.plusDays(5)))
                    .forEach(s -> assertThat(text).contains(s.displayTitle()));
        }
        if (System.getenv("SWITCHBACK_KEEP_PDF") != null) {
            Files.copy(pdf, Path.of(System.getenv("SWITCHBACK_KEEP_PDF")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aDateRangeGivesAnOverviewPageAndOnePagePerWeekOnLetterPaper() throws Exception {
        Path pdf = dir.resolve("season.pdf");
        assertThat(run("export", planFile.toString(), "--from", "2026-10-12", "--to", "2026-12-31", "--paper",
                "letter", "-o", pdf.toString())).isEqualTo(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(12 + 1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(doc)).contains("SEASON OVERVIEW");
        }
    }

    @Test
    void writesIcsAndCsvChosenByFormatOrExtension() throws Exception {
        Path ics = dir.resolve("plan.ics");
        Path csv = dir.resolve("plan.txt");
        assertThat(run("export", planFile.toString(), "-o", ics.toString())).isEqualTo(0);
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("DTSTAMP:20261125T090000Z");
        assertThat(run("export", planFile.toString(), "--format", "CSV", "-o", csv.toString())).isEqualTo(0);
        assertThat(Files.readString(csv)).startsWith("\uFEFFrecord,date,");
    }

    @Test
    void anUnreadablePlanExitsWith2AndSaysWhy() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        Path target = dir.resolve("out.pdf");
        assertThat(run("export", broken.toString(), "-o", target.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.json");
        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingPlanFileExitsWith2() {
        assertThat(run("export", dir.resolve("nope.json").toString(), "-o", dir.resolve("o.pdf").toString()))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--format|docx|-o|out.pdf",
            "-o|out.xyz",
            "--week|2026-W60|-o|out.pdf",
            "--week|2026-W48|--from|2026-11-01|--to|2026-11-30|-o|out.pdf",
            "--from|2026-11-01|-o|out.pdf",
            "--from|2026-12-01|--to|2026-11-01|-o|out.pdf",
            "--from|2026-13-01|--to|2026-12-01|-o|out.pdf",
            "--paper|a3|-o|out.pdf",
            "--format|pdf"})
    void badArgumentsExitWith64AndWriteNothing(String args) throws Exception {
        var list = new java.util.ArrayList<String>(List.of("export", planFile.toString()));
        for (String a : args.split("\\|")) {
            list.add(a.startsWith("out.") ? dir.resolve(a).toString() : a);
        }
        assertThat(run(list.toArray(String[]::new))).isEqualTo(64);
        assertThat(err.toString()).isNotBlank();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.startsWith("plan.json") || n.equals(".plan.json.lock"));
        }
    }

    @Test
    void anOutputFolderThatDoesNotExistExitsWith73() {
        assertThat(run("export", planFile.toString(), "-o", dir.resolve("missing/out.csv").toString()))
                .isEqualTo(ExportCommand.CANNOT_WRITE);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void csvUnitsFollowTheOptionAndIcsLeavesRestDaysOutUnlessAsked() throws Exception {
        Path csv = dir.resolve("plan.csv");
        assertThat(run("export", planFile.toString(), "--units", "imperial", "-o", csv.toString())).isZero();
        String header = Files.readString(csv).lines().findFirst().orElseThrow();
        assertThat(header).contains("distance_mi", "climb_ft", "pack_lb").doesNotContain("distance_km");
        Path without = dir.resolve("a.ics");
        Path with = dir.resolve("b.ics");
        assertThat(run("export", planFile.toString(), "-o", without.toString())).isZero();
        assertThat(run("export", planFile.toString(), "--include-rest", "-o", with.toString())).isZero();
        assertThat(Files.readString(without)).doesNotContain("SUMMARY:Rest");
        assertThat(Files.readString(with)).contains("SUMMARY:Rest");
        assertThat(Files.readAllLines(with)).allSatisfy(l -> assertThat(l.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void unknownUnitsAreAUsageError() {
        assertThat(run("export", planFile.toString(), "--units", "furlongs", "-o", dir.resolve("x.csv").toString()))
                .isEqualTo(64);
        assertThat(err.toString()).contains("Unknown units 'furlongs': use metric or imperial");
    }
}
