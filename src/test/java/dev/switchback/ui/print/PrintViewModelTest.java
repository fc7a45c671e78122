package dev.switchback.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.export.ExportFormat;
import dev.switchback.export.Paper;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PrintViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Plan PLAN = SamplePlan.create(TODAY);

    @TempDir
    Path dir;

    /** Answers like a user would and records what was asked. */
    static final class FakeDialogs implements dev.switchback.ui.common.DialogService {
        boolean acceptPdf = true;
        Optional<Path> target = Optional.empty();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean offerPdfInstead(String message) {
            asked.add("offer: " + message);
            return acceptPdf;
        }

        @Override
        public Optional<Path> chooseExportTarget(String title, String suggestedName, String extension) {
            asked.add("choose: " + suggestedName);
            return target;
        }

        @Override
        public void showError(String title, String message) {
            asked.add("error: " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            asked.add("info: " + message);
        }

        // printing asks nothing else
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public UnsavedChoice askUnsavedChanges(String planName) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<String> askOverrideReason(List<String> blocking, List<String> warnings) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public ExternalChangeChoice askExternalChange(Path file) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public boolean askRecover(Path recoveryFile, String savedWhen) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public ReadOnlyChoice askReadOnly(Path file) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<dev.switchback.model.Session> editSession(
                dev.switchback.ui.session.SessionEditorViewModel editor) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<dev.switchback.model.Trip> editTrip(dev.switchback.ui.trip.TripEditorViewModel editor) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<String> askName(String title, String label, String initial,
                java.util.function.Function<String, Optional<String>> problem) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<String> pickTemplate(dev.switchback.ui.templates.TemplatePickerViewModel picker) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public Optional<Integer> choose(String title, String message, List<String> options) {
            throw new AssertionError("not asked when printing");
        }

        @Override
        public void manageTemplates(dev.switchback.ui.templates.TemplateLibraryViewModel library) {
            throw new AssertionError("not asked when printing");
        }
    }

    static final PrinterAccess NO_PRINTER = new PrinterAccess() {
        @Override
        public Optional<PrinterJob> createJob() {
            return Optional.empty();
        }

        @Override
        public Result printAll(PrinterJob job, org.apache.pdfbox.pdmodel.PDDocument document) {
            throw new AssertionError("there is no printer to print on");
        }
    };

    final FakeDialogs dialogs = new FakeDialogs();
    PrintViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private PrintViewModel vm(WeekRange range) {
        vm = new PrintViewModel(PLAN, Optional.empty(), range, Paper.A4, dialogs, NO_PRINTER, dev.switchback.ui.common.BackgroundRunner.inline(),
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));
        return vm;
    }

    @Test
    void oneWeekIsOnePageAndARangeAddsTheOverview() {
        vm(WeekRange.week(TODAY));
        assertThat(vm.pageCountProperty().get()).isEqualTo(1);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Page 1 of 1");
        vm.rangeProperty().set(WeekRange.of(TODAY, TODAY.plusWeeks(3)));
        assertThat(vm.pageCountProperty().get()).isEqualTo(4 + 1);
        assertThat(vm.rangeText()).isEqualTo("2026-W48 to 2026-W51 (4 weeks)");
    }

    @Test
    void pageButtonsStopAtTheFirstAndLastPage() {
        vm(WeekRange.of(TODAY, TODAY.plusWeeks(1)));
        vm.previousPage();
        assertThat(vm.pageIndexProperty().get()).isZero();
        vm.nextPage();
        vm.nextPage();
        vm.nextPage();
        assertThat(vm.pageIndexProperty().get()).isEqualTo(2);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Page 3 of 3");
    }

    @Test
    void thePreviewIsThePageAtTheRequestedResolutionAndFollowsThePaper() {
        vm(WeekRange.week(TODAY));
        Image a4 = vm.preview(72).orElseThrow();
        assertThat(a4.getWidth()).isCloseTo(595, org.assertj.core.data.Offset.offset(1.0));
        vm.paperProperty().set(Paper.LETTER);
        Image letter = vm.preview(72).orElseThrow();
        assertThat(letter.getWidth()).isEqualTo(612);
        assertThat(letter.getHeight()).isEqualTo(792);
    }

    @Test
    void withoutAPrinterItSaysSoAndSavesThePdfWhenTheUserAgrees() throws Exception {
        vm(WeekRange.week(TODAY));
        Path pdf = dir.resolve("week.pdf");
        dialogs.target = Optional.of(pdf);

        assertThat(vm.print()).isEqualTo(PrintViewModel.Outcome.SAVING_PDF);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked.get(0)).contains("No printer is set up");
        assertThat(dialogs.asked.get(1)).isEqualTo("choose: switchback-2026-W48.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(vm.statusProperty().get()).startsWith("Saved");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void withoutAPrinterDecliningThePdfWritesNothing() throws Exception {
        vm(WeekRange.week(TODAY));
        dialogs.acceptPdf = false;
        assertThat(vm.print()).isEqualTo(PrintViewModel.Outcome.NO_PRINTER);
        assertThat(vm.statusProperty().get()).isEqualTo("No printer found.");
        assertThat(dialogs.asked).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedSaveShowsThePeopleMessageAndLeavesNoFile() {
        vm(WeekRange.week(TODAY));
        dialogs.target = Optional.of(dir.resolve("missing-folder/week.pdf"));
        vm.savePdf();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).anyMatch(s -> s.startsWith("error: ") && s.contains("does not exist"));
        assertThat(dir.resolve("missing-folder")).doesNotExist();
    }

    @Test
    void anExportTaskReportsProgressUpToDone() throws Exception {
        var progress = new ArrayList<Double>();
        var task = new ExportTask(PLAN, Optional.empty(), ExportFormat.PDF, WeekRange.of(TODAY, TODAY.plusWeeks(3)),
                Paper.A4, dir.resolve("year.pdf"), Clock.systemUTC());
        task.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        task.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.get()).exists();
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    }
}
