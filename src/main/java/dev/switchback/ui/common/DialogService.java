package dev.switchback.ui.common;

import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.trip.TripEditorViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the window asks the user. View-models talk to this interface only, so tests
 * answer with a fake and no screen.
 */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum ExternalChangeChoice { RELOAD_FROM_DISK, KEEP_MINE }

    enum ReadOnlyChoice { SAVE_ELSEWHERE, MAKE_WRITABLE_AND_SAVE, CANCEL }

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    UnsavedChoice askUnsavedChanges(String planName);

    /**
     * Lists blocking findings (and warnings, for information) and asks for a reason to save anyway.
     * Empty means "go back to editing".
     */
    Optional<String> askOverrideReason(List<String> blocking, List<String> warnings);

    ExternalChangeChoice askExternalChange(Path file);

    /** The plan file is marked read-only: save elsewhere, make it writable and save, or do not save. */
    ReadOnlyChoice askReadOnly(Path file);

    /** Offers an autosaved recovery file from an earlier run that did not end cleanly. */
    boolean askRecover(Path recoveryFile, String savedWhen);

    Optional<Path> chooseFileToOpen(Optional<Path> folder);

    Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName);

    /** Printing: says no printer can be used and asks whether to save a PDF instead. */
    boolean offerPdfInstead(String message);

    /** Printing and export: where to write a file of this extension ("pdf", "ics", "csv"). */
    Optional<Path> chooseExportTarget(String title, String suggestedName, String extension);

    Optional<Session> editSession(SessionEditorViewModel editor);

    Optional<Trip> editTrip(TripEditorViewModel editor);

    /**
     * Asks for a name, {@code initial} offered and selected; {@code problem} says why a name is refused
     * (shown under the field, OK disabled while it says something). Empty when cancelled.
     */
    Optional<String> askName(String title, String label, String initial,
            java.util.function.Function<String, Optional<String>> problem);

    /** A field whose text filters the templates; Enter (or OK) takes the selected one. */
    Optional<String> pickTemplate(dev.switchback.ui.templates.TemplatePickerViewModel picker);

    /** One of {@code options} (the first is the default); empty when cancelled. */
    Optional<Integer> choose(String title, String message, List<String> options);

    /** The template library: rename and delete, each saved at once. */
    void manageTemplates(dev.switchback.ui.templates.TemplateLibraryViewModel library);
}
