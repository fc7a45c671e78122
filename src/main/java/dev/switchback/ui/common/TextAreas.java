package dev.switchback.ui.common;

import javafx.event.Event;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The forms' multi-line fields (notes, ways off, a reason to save anyway). */
public final class TextAreas {
    private TextAreas() {
    }

    /**
     * A text area for a form: Tab and Shift+Tab move to the next and previous field, as in every other field, instead
     * of typing a tab into the text (which trapped a keyboard-only user in the notes); Ctrl+Tab types nothing either.
     */
    public static TextArea forForm() {
        TextArea area = new TextArea();
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // the text area's own binding for Ctrl+Tab (and Ctrl+Shift+Tab) moves the focus on (back)
                Event.fireEvent(e.getTarget(), new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                        e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(),
                        e.isMetaDown()));
            }
        });
        return area;
    }
}
