package dev.switchback.ui;

import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.trip.TripEditorViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Answers every question as the test says and records what was asked. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<List<String>> blockingAsked = new ArrayList<>();
    public Optional<String> overrideReason = Optional.empty();
    public UnsavedChoice unsavedChoice = UnsavedChoice.CANCEL;
    public ExternalChangeChoice externalChoice = ExternalChangeChoice.KEEP_MINE;
    public boolean recover;
    public ReadOnlyChoice readOnlyChoice = ReadOnlyChoice.CANCEL;
    public final List<Path> readOnlyAsked = new ArrayList<>();
    public int unsavedAsked;
    public int externalAsked;
    public Optional<Path> saveTarget = Optional.empty();
    public Optional<Path> openTarget = Optional.empty();
    /** Fills the editor as a user would; the editor's result is returned if valid. */
    public Consumer<SessionEditorViewModel> sessionEdits = vm -> { };
    public boolean cancelEditor;
    public Consumer<TripEditorViewModel> tripEdits = vm -> { };

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    /** What {@link #confirm} was asked, and its answer. */
    public final List<String> confirmsAsked = new ArrayList<>();
    public boolean confirmAnswer = true;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmsAsked.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String planName) {
        unsavedAsked++;
        return unsavedChoice;
    }

    @Override
    public Optional<String> askOverrideReason(List<String> blocking, List<String> warnings) {
        blockingAsked.add(blocking);
        return overrideReason;
    }

    @Override
    public ExternalChangeChoice askExternalChange(Path file) {
        externalAsked++;
        return externalChoice;
    }

    @Override
    public ReadOnlyChoice askReadOnly(Path file) {
        readOnlyAsked.add(file);
        return readOnlyChoice;
    }

    @Override
    public boolean askRecover(Path recoveryFile, String savedWhen) {
        return recover;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        return openTarget;
    }

    @Override
    public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
        return saveTarget;
    }

    public boolean acceptPdfInstead = true;
    public Optional<Path> exportTarget = Optional.empty();
    /** What printing and export asked ("offer: ...", "choose: name.pdf"). */
    public final List<String> printAsked = new ArrayList<>();

    @Override
    public boolean offerPdfInstead(String message) {
        printAsked.add("offer: " + message);
        return acceptPdfInstead;
    }

    @Override
    public Optional<Path> chooseExportTarget(String title, String suggestedName, String extension) {
        printAsked.add("choose: " + suggestedName);
        return exportTarget;
    }

    @Override
    public Optional<Session> editSession(SessionEditorViewModel editor) {
        sessionEdits.accept(editor);
        return cancelEditor ? Optional.empty() : editor.result();
    }

    @Override
    public Optional<Trip> editTrip(TripEditorViewModel editor) {
        tripEdits.accept(editor);
        return cancelEditor ? Optional.empty() : editor.result();
    }

    /** The name typed into {@link #askName} (empty: cancelled); a name the dialog refuses is recorded and gives empty. */
    public Optional<String> name = Optional.empty();
    public final List<String> namesOffered = new ArrayList<>();
    public final List<String> nameRefusals = new ArrayList<>();
    /** Types into the template picker as a user would; then Enter takes its choice. */
    public Consumer<dev.switchback.ui.templates.TemplatePickerViewModel> picking = p -> { };
    public boolean cancelPicker;
    public Optional<Integer> choice = Optional.of(0);
    public final List<String> choicesAsked = new ArrayList<>();
    public Consumer<dev.switchback.ui.templates.TemplateLibraryViewModel> managing = l -> { };

    @Override
    public Optional<String> askName(String title, String label, String initial,
            java.util.function.Function<String, Optional<String>> problem) {
        namesOffered.add(initial);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> refused = problem.apply(name.get());
        refused.ifPresent(nameRefusals::add);
        return refused.isPresent() ? Optional.empty() : name.map(String::strip);
    }

    @Override
    public Optional<String> pickTemplate(dev.switchback.ui.templates.TemplatePickerViewModel picker) {
        picking.accept(picker);
        return cancelPicker ? Optional.empty() : picker.choice();
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> options) {
        choicesAsked.add(message + " " + options);
        return choice;
    }

    @Override
    public void manageTemplates(dev.switchback.ui.templates.TemplateLibraryViewModel library) {
        managing.accept(library);
    }
}
