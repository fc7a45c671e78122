package dev.switchback.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The one way a dialog of the planner is framed: owned by the window, titled, styled with the window's stylesheet
 * (so its forms take the one spacing scale of {@code switchback.css}: {@code .editor-grid} for a form's grid,
 * {@code .editor-sections} for a dialog's parts) and sized for the screen by {@link ScreenFit#fit}.
 */
public final class FormDialogs {
    /** The window's stylesheet: the cards' colours, the forms' spacing, the reasons' style. */
    public static final String STYLESHEET = FormDialogs.class.getResource("/dev/switchback/ui/switchback.css")
            .toExternalForm();

    private FormDialogs() {
    }

    /** Owner, title, stylesheet and size of {@code dialog}; its header, content and buttons are the caller's. */
    public static void prepare(Dialog<?> dialog, Window owner, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(STYLESHEET);
        pane.setMinWidth(420);
        ScreenFit.fit(dialog);
    }
}
