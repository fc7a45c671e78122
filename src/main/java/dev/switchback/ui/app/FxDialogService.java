package dev.switchback.ui.app;

import dev.switchback.model.Printable;
import dev.switchback.store.FileNames;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.common.RoutePicker;
import dev.switchback.ui.common.ScreenFit;
import dev.switchback.ui.session.SessionEditorView;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.trip.TripEditorView;
import dev.switchback.ui.trip.TripEditorViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window and styled like it. */
public final class FxDialogService implements DialogService {
    static final String CSS = dev.switchback.ui.common.FormDialogs.STYLESHEET;
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private void prepare(Dialog<?> d, String title) {
        dev.switchback.ui.common.FormDialogs.prepare(d, owner.get(), title);
    }

    /** Every message may quote a file's name or text: control characters are shown as escapes, never sent. */
    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        String message = Printable.escapeKeepingLines(text);
        Alert a = new Alert(type, message, buttons);
        prepare(a, title);
        a.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        // A pref width, not only a max: otherwise a long message (a file error quotes up to 400
        // characters) is measured as one line, and the dialog is centred as if thousands of pixels wide,
        // which puts it off the screen's left edge.
        content.setPrefWidth(480);
        content.setMaxWidth(480);
        a.getDialogPane().setContent(content);
        return a;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, ButtonType.CANCEL).showAndWait()
                .filter(yes::equals).isPresent();
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String planName) {
        ButtonType save = new ButtonType("Save", ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "\"" + planName + "\" has changes that are not saved. Save them first?", save, discard,
                ButtonType.CANCEL);
        return a.showAndWait().map(b -> b == save ? UnsavedChoice.SAVE : b == discard ? UnsavedChoice.DISCARD
                : UnsavedChoice.CANCEL).orElse(UnsavedChoice.CANCEL);
    }

    @Override
    public Optional<String> askOverrideReason(List<String> blocking, List<String> warnings) {
        Dialog<String> d = new Dialog<>();
        prepare(d, "Blocking findings");
        d.setHeaderText(blocking.size() == 1 ? "One finding blocks this save"
                : blocking.size() + " findings block this save");
        ButtonType override = new ButtonType("Save anyway", ButtonData.OK_DONE);
        ButtonType back = new ButtonType("Back to editing", ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(back, override);
        VBox box = new VBox(6);
        for (String b : blocking) {
            Label l = new Label("• " + b);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (!warnings.isEmpty()) {
            Label w = new Label(warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
                    + " will be saved with the plan:");
            w.getStyleClass().add("field-hint");
            box.getChildren().add(w);
            warnings.forEach(s -> {
                Label l = new Label("• " + s);
                l.setWrapText(true);
                l.getStyleClass().add("field-hint");
                box.getChildren().add(l);
            });
        }
        TextArea reason = dev.switchback.ui.common.TextAreas.forForm();
        reason.setId("override-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText("Why is this right for you this time? (kept with the plan)");
        box.getChildren().addAll(new Label("Reason to save anyway"), reason);
        ScrollPane scroll = ScreenFit.scrolling(box);
        scroll.setPrefViewportHeight(260);
        scroll.setPrefViewportWidth(520);
        d.getDialogPane().setContent(scroll);
        Button ok = (Button) d.getDialogPane().lookupButton(override);
        ok.setId("save-anyway");
        ok.disableProperty().bind(reason.textProperty().isEmpty());
        d.setResultConverter(b -> b == override ? reason.getText() : null);
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    @Override
    public ExternalChangeChoice askExternalChange(Path file) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonData.YES);
        ButtonType keep = new ButtonType("Keep my version", ButtonData.NO);
        return alert(Alert.AlertType.WARNING, "The file changed on disk", file
                + " was changed by another program since it was opened here. Reload it (your unsaved edits here "
                + "are dropped) or keep your version (saving will replace the file)?", reload, keep).showAndWait()
                .filter(reload::equals).map(b -> ExternalChangeChoice.RELOAD_FROM_DISK)
                .orElse(ExternalChangeChoice.KEEP_MINE);
    }

    @Override
    public ReadOnlyChoice askReadOnly(Path file) {
        // Enter saves under another name: making a file writable that someone protected needs a click.
        ButtonType elsewhere = new ButtonType("Save elsewhere…", ButtonData.OK_DONE);
        ButtonType writable = new ButtonType("Make writable and save", ButtonData.OTHER);
        Alert a = alert(Alert.AlertType.WARNING, "The plan file is read-only", file + " is marked read-only"
                + " (someone, perhaps you, protected it against changes), so Switchback does not overwrite it"
                + " unless you say so. Save your plan under another name, or make the file writable and save over"
                + " it?", elsewhere, writable, ButtonType.CANCEL);
        // The bar gives every button the width of the widest otherwise, and cuts the long label.
        Button longLabel = (Button) a.getDialogPane().lookupButton(writable);
        javafx.scene.control.ButtonBar.setButtonUniformSize(longLabel, false);
        longLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a.showAndWait()
                .map(b -> b == elsewhere ? ReadOnlyChoice.SAVE_ELSEWHERE
                        : b == writable ? ReadOnlyChoice.MAKE_WRITABLE_AND_SAVE : ReadOnlyChoice.CANCEL)
                .orElse(ReadOnlyChoice.CANCEL);
    }

    @Override
    public boolean askRecover(Path recoveryFile, String savedWhen) {
        ButtonType recover = new ButtonType("Recover", ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonData.NO);
        return alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work?", "Switchback did not close cleanly last "
                + "time. Work autosaved " + savedWhen + " can be recovered.", recover, discard).showAndWait()
                .filter(recover::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        FileChooser fc = chooser("Open plan", folder);
        return path(fc.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
        FileChooser fc = chooser("Save plan as", folder);
        fc.setInitialFileName(suggestedName);
        return path(fc.showSaveDialog(owner.get()));
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Switchback plans (*.json)", "*.json"));
        folder.filter(Files::isDirectory).ifPresent(f -> fc.setInitialDirectory(f.toFile()));
        return fc;
    }

    @Override
    public boolean offerPdfInstead(String message) {
        var save = new ButtonType("Save as PDF…", ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.INFORMATION, "No printer", message, save, ButtonType.CANCEL);
        alert.setHeaderText("No printer found");
        return alert.showAndWait().filter(save::equals).isPresent();
    }

    /** The folder of the last export, offered again for the next one. */
    private Optional<java.io.File> lastExportFolder = Optional.empty();

    @Override
    public Optional<Path> chooseExportTarget(String title, String suggestedName, String extension) {
        var chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension));
        lastExportFolder.filter(java.io.File::isDirectory).ifPresent(chooser::setInitialDirectory);
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastExportFolder = Optional.ofNullable(file.getParentFile());
        String name = file.getName();
        return Optional.of(name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + "." + extension));
    }

    /** Reads the editors' GPX routes off the FX thread (one thread, made when the first editor opens). */
    private BackgroundRunner routeReader;

    private BackgroundRunner routeReader() {
        if (routeReader == null) {
            routeReader = new FxBackgroundRunner();
        }
        return routeReader;
    }

    @Override
    public Optional<Session> editSession(SessionEditorViewModel editor) {
        Dialog<Session> d = new Dialog<>();
        prepare(d, editor.heading());
        d.setHeaderText(editor.heading());
        ButtonType ok = new ButtonType(editor.isNew() ? "Add" : "Save", ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        d.getDialogPane().setContent(ScreenFit.scrolling(new SessionEditorView(editor, RoutePicker.fileChooser(),
                routeReader())));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("editor-ok");
        okButton.disableProperty().bind(editor.validProperty().not());
        d.setResultConverter(b -> b == ok ? editor.result().orElse(null) : null);
        return d.showAndWait();
    }

    @Override
    public Optional<Trip> editTrip(TripEditorViewModel editor) {
        Dialog<Trip> d = new Dialog<>();
        prepare(d, editor.heading());
        d.setHeaderText(editor.heading());
        ButtonType ok = new ButtonType("Save", ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        d.getDialogPane().setContent(ScreenFit.scrolling(new TripEditorView(editor, RoutePicker.fileChooser(),
                routeReader())));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("trip-ok");
        okButton.disableProperty().bind(editor.validProperty().not());
        d.setResultConverter(b -> b == ok ? editor.result().orElse(null) : null);
        return d.showAndWait();
    }

    @Override
    public Optional<String> askName(String title, String label, String initial,
            java.util.function.Function<String, Optional<String>> problem) {
        Dialog<String> d = new Dialog<>();
        prepare(d, title);
        d.setHeaderText(title);
        ButtonType ok = new ButtonType("OK", ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(initial);
        field.setId("name-field");
        field.setPrefColumnCount(28);
        var reason = javafx.beans.binding.Bindings.createStringBinding(
                () -> problem.apply(field.getText()).orElse(""), field.textProperty());
        VBox box = new VBox(6, new Label(label), field, dev.switchback.ui.common.FieldReason.under("name-reason",
                reason));
        d.getDialogPane().setContent(box);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("name-ok");
        okButton.disableProperty().bind(reason.isNotEmpty());
        // after the dialog's own focus handling, so that typing replaces the name offered
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        }));
        d.setResultConverter(b -> b == ok ? field.getText().strip() : null);
        return d.showAndWait();
    }

    @Override
    public Optional<String> pickTemplate(dev.switchback.ui.templates.TemplatePickerViewModel picker) {
        Dialog<String> d = new Dialog<>();
        prepare(d, picker.heading());
        d.setHeaderText(picker.heading());
        ButtonType ok = new ButtonType("Insert", ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        d.getDialogPane().setContent(new dev.switchback.ui.templates.TemplatePickerView(picker));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("picker-ok");
        okButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> picker.selectedProperty().get().isEmpty(), picker.selectedProperty()));
        d.setResultConverter(b -> b == ok ? picker.choice().orElse(null) : null);
        return d.showAndWait();
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        ButtonType[] buttons = new ButtonType[options.size() + 1];
        for (int i = 0; i < options.size(); i++) {
            buttons[i] = new ButtonType(options.get(i), i == 0 ? ButtonData.OK_DONE : ButtonData.OTHER);
        }
        buttons[options.size()] = ButtonType.CANCEL;
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message, buttons);
        for (int i = 0; i < options.size(); i++) {
            Button b = (Button) a.getDialogPane().lookupButton(buttons[i]);
            b.setId("choice-" + i);
            javafx.scene.control.ButtonBar.setButtonUniformSize(b, false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return a.showAndWait().map(java.util.Arrays.asList(buttons)::indexOf).filter(i -> i < options.size());
    }

    @Override
    public void manageTemplates(dev.switchback.ui.templates.TemplateLibraryViewModel library) {
        Dialog<Void> d = new Dialog<>();
        prepare(d, "Template library");
        d.setHeaderText("Template library");
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.getDialogPane().setContent(new dev.switchback.ui.templates.TemplateLibraryView(library));
        d.showAndWait();
    }

    /** The chosen file as a path, or a sentence when the system's language setting cannot spell its name. */
    private Optional<Path> path(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(chosen.toPath());
        } catch (java.nio.file.InvalidPathException e) {
            showError("Cannot use this file name", FileNames.unusable(chosen.getPath()));
            return Optional.empty();
        }
    }
}
