package dev.switchback.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.export.Paper;
import dev.switchback.export.WeekRange;
import dev.switchback.ui.FxWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print preview window, headless: the week's page drawn, and with no printer the offer to save
 * a PDF instead. Printers and questions are fakes: a real "No printer" alert or file chooser would
 * wait in showAndWait for a user who is not there.
 */
class PrintPreviewDialogTest {
    @TempDir
    Path dir;
    private final PrintViewModelTest.FakeDialogs dialogs = new PrintViewModelTest.FakeDialogs();
    private PrintViewModel vm;
    private Stage preview;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage owner) {
        owner.setScene(new Scene(new StackPane(new Label("planner")), 300, 200));
        owner.show();
        vm = new PrintViewModel(PrintViewModelTest.PLAN, Optional.empty(), WeekRange.week(PrintViewModelTest.TODAY),
                Paper.A4, dialogs, PrintViewModelTest.NO_PRINTER, new dev.switchback.ui.app.FxBackgroundRunner(),
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));
        preview = PrintPreviewDialog.create(owner, vm);
        preview.show();
    }

    @AfterEach
    void closePreview(FxRobot robot) {
        robot.interact(() -> {
            if (preview.isShowing()) {
                preview.close();
            }
        });
    }

    @Test
    void previewOfTheWeekShowsItsPageAsAnImage(FxRobot robot) {
        assertThat(preview.getTitle()).isEqualTo("Print preview – " + vm.rangeText());
        ImageView page = robot.lookup("#print-page").queryAs(ImageView.class);
        assertThat(page.getImage()).isNotNull();
        // A4 at the preview's 96 dpi: 210 mm = 794 px
        assertThat(page.getImage().getWidth()).isCloseTo(794, org.assertj.core.data.Offset.offset(2.0));
        assertThat(page.getImage().getHeight()).isGreaterThan(page.getImage().getWidth());
        assertThat(robot.lookup("#print-page-label").queryAs(Label.class).getText()).isEqualTo("Page 1 of 1");
    }

    @Test
    void thePaperChoiceRedrawsThePage(FxRobot robot) {
        ImageView page = robot.lookup("#print-page").queryAs(ImageView.class);
        robot.interact(() -> vm.paperProperty().set(Paper.LETTER));
        // Letter at 96 dpi: 8.5 in = 816 px
        assertThat(page.getImage().getWidth()).isCloseTo(816, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void withNoPrinterPrintOffersThePdfAndWritesIt(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("week.pdf");
        dialogs.target = Optional.of(pdf);

        robot.clickOn("#print-print");

        assertThat(dialogs.asked).first().asString().startsWith("offer: ");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#print-status").queryAs(Label.class).getText().startsWith("Saved"));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(robot.lookup("#print-status").queryAs(Label.class).getText()).isEqualTo("Saved " + pdf);
        assertThat(preview.isShowing()).as("the preview stays open: nothing was printed").isTrue();
    }

    @Test
    void withNoPrinterDecliningThePdfWritesNothing(FxRobot robot) throws Exception {
        dialogs.acceptPdf = false;
        dialogs.target = Optional.of(dir.resolve("week.pdf"));

        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked).singleElement().asString().startsWith("offer: ");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
