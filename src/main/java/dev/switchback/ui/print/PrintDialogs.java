package dev.switchback.ui.print;

import java.nio.file.Path;
import java.util.Optional;

/** The questions printing and exporting ask; tests answer with a fake, the window with dialogs. */
public interface PrintDialogs {

    /** Says no printer can be used and asks whether to save a PDF instead. */
    boolean offerPdfInstead(String message);

    Optional<Path> chooseTarget(String title, String suggestedName, String extension);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
