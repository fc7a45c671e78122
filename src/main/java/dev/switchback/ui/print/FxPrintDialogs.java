package dev.switchback.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link PrintDialogs} as JavaFX alerts and file choosers over the owner window. */
public final class FxPrintDialogs implements PrintDialogs {
    private final Window owner;
    private Optional<File> lastFolder = Optional.empty();

    public FxPrintDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean offerPdfInstead(String message) {
        var save = new ButtonType("Save as PDF…", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.INFORMATION, message, save, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("No printer");
        alert.setHeaderText("No printer found");
        return alert.showAndWait().filter(save::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseTarget(String title, String suggestedName, String extension) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension));
        lastFolder.filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = Optional.ofNullable(file.getParentFile());
        String name = file.getName();
        return Optional.of(name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + "." + extension));
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        var alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
