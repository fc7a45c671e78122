package dev.switchback.ui.print;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.export.ExportException;
import dev.switchback.export.ExportFormat;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * What the window's File > Export menu calls: asks where to save, writes the file in the
 * background and shows a progress window (pages laid out, with Cancel) while a long range such
 * as a year is exported.
 */
public final class ExportService {
    private ExportService() {
    }

    /** Exports the weeks in {@code format}; empty when the user cancelled the file choice. */
    public static Optional<ExportTask> export(Window owner, Plan plan, Optional<PlanAnalysis> analysis,
            ExportFormat format, WeekRange weeks) {
        var dialogs = new dev.switchback.ui.app.FxDialogService(() -> owner);
        String range = weeks.isSingleWeek() ? Weeks.label(weeks.firstDay())
                : Weeks.label(weeks.firstDay()) + "-to-" + Weeks.label(weeks.lastDay());
        Optional<Path> target = dialogs.chooseExportTarget("Export " + format.name(),
                "switchback-" + range + "." + format.extension(), format.extension());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        var task = new ExportTask(plan, analysis, format, weeks, PrintService.defaultPaper(), target.get(),
                Clock.systemDefaultZone());
        Stage progress = progressWindow(owner, task);
        task.setOnSucceeded(e -> progress.close());
        task.setOnCancelled(e -> progress.close());
        task.setOnFailed(e -> {
            progress.close();
            dialogs.showError("Export " + format.name(), task.getException() instanceof ExportException ex
                    ? ex.getMessage() : "The export failed; nothing was written.");
        });
        progress.show();
        new dev.switchback.ui.app.FxBackgroundRunner().start(task);
        return Optional.of(task);
    }

    private static Stage progressWindow(Window owner, ExportTask task) {
        var stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Exporting");
        var message = new Label();
        message.textProperty().bind(task.messageProperty());
        var bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        var cancel = new Button("Cancel");
        cancel.setOnAction(e -> task.cancel());
        var box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel());
        return stage;
    }
}
