package dev.switchback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.cli.SwitchbackCommand;
import dev.switchback.engine.Engine;
import dev.switchback.export.CsvExport;
import dev.switchback.export.ExportProgress;
import dev.switchback.export.Paper;
import dev.switchback.export.PdfExport;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import dev.switchback.model.Units;
import dev.switchback.model.Weeks;
import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.findings.FindingItem;
import dev.switchback.ui.findings.FindingsViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's proof for an imperial athlete, over the whole sample plan with the real engine: {@code check}'s
 * text, the printed PDF of every week (its text read back with PDFBox) and the window's finding cards (the
 * findings panel's rows, week by week) say no kilogram, kilometre or metre after a number; the metric plan
 * does, so the check can fail. (The sample's own words, such as a bailout "at km 6", are the athlete's text.)
 */
class ImperialEverywhereTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** A metric unit after a number: "24 kg", "12.5 km", "640 m", "(68 kg)"; not "km 6", a place's name. */
    static final Pattern METRIC = Pattern.compile("\\d(?:\\s|\\u00a0)?(?:kg|km)\\b|\\d m\\b|\\d\\u00a0m\\b|kg-km");
    static final Pattern IMPERIAL = Pattern.compile("\\d(?:\\s|\\u00a0)?(?:lb|mi|ft)\\b");

    static Plan metric;
    static Plan imperial;

    @TempDir
    Path dir;

    @BeforeAll
    static void plans() {
        metric = SamplePlan.create(TODAY);
        imperial = metric.withAthlete(metric.athlete().withUnits(Units.IMPERIAL));
    }

    static List<String> metricLines(String text) {
        return text.lines().filter(l -> METRIC.matcher(l).find()).toList();
    }

    String check(Plan plan) throws Exception {
        Path file = dir.resolve(plan.athlete().units() + ".json");
        PlanStore.save(file, plan, List.of());
        StringWriter out = new StringWriter();
        var cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        cl.execute("check", file.toString(), "--today", TODAY.toString(), "--from",
                plan.firstDate().orElseThrow().toString(), "--to", plan.lastDate().orElseThrow().toString());
        return out.toString();
    }

    String pdf(Plan plan) throws Exception {
        Path pdf = dir.resolve(plan.athlete().units() + ".pdf");
        PdfExport.write(plan, Optional.of(Engine.analyse(plan, TODAY)), WeekRange.wholePlan(plan, TODAY),
                Paper.LETTER, pdf, ExportProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Every finding card's words (sentence, why, advice) of every week of the plan, as the panel shows them. */
    static String findingCards(Plan plan) {
        PlanDocument doc = new PlanDocument(plan, Optional.empty(), p -> Engine.analyse(p, TODAY));
        FindingsViewModel vm = new FindingsViewModel(doc, Optional.of(FindingsViewModel.ENGINE_FIXES));
        var words = new ArrayList<String>();
        for (LocalDate m = Weeks.monday(plan.firstDate().orElseThrow()); !m.isAfter(plan.lastDate().orElseThrow());
                m = m.plusWeeks(1)) {
            doc.weekStartProperty().set(m);
            for (FindingItem item : vm.items()) {
                words.add(item.message());
                words.add(item.why());
                words.add(item.fix().text());
                if (item.fix() instanceof FindingItem.Fix.Applicable a) {
                    words.add(a.buttonLabel());
                }
            }
        }
        return String.join("\n", words);
    }

    @Test
    void checksTextSaysNoMetricUnit() throws Exception {
        String text = check(imperial);
        assertThat(IMPERIAL.matcher(text).find()).as("imperial quantities are said").isTrue();
        assertThat(metricLines(text)).isEmpty();
        assertThat(metricLines(check(metric))).isNotEmpty();
    }

    @Test
    void thePrintedPlanSaysNoMetricUnit() throws Exception {
        String text = pdf(imperial);
        assertThat(IMPERIAL.matcher(text).find()).isTrue();
        assertThat(metricLines(text)).isEmpty();
        assertThat(metricLines(pdf(metric))).isNotEmpty();
    }

    @Test
    void theWindowsFindingCardsSayNoMetricUnit() {
        String text = findingCards(imperial);
        assertThat(text).isNotBlank();
        assertThat(metricLines(text)).isEmpty();
        assertThat(metricLines(findingCards(metric))).isNotEmpty();
    }

    @Test
    void theCsvSaysItsUnitsInItsHeader() {
        String header = CsvExport.content(imperial, Optional.empty()).lines().findFirst().orElseThrow();
        assertThat(header).contains("distance_mi", "climb_ft", "pack_lb").doesNotContain("_km", "_kg", "climb_m,");
    }
}
