package dev.switchback.ui;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * Where a label's drawn text breaks its lines, read from the text node JavaFX laid out (not from our own
 * measure): a line that ends inside a word ("Schrofenp / ass") is a break between two letters or digits.
 */
public final class LineBreaks {
    private LineBreaks() {
    }

    /** The text node a {@link Labeled} draws (its text, or the elided text with "..."). */
    public static Text drawn(Labeled l) {
        return (Text) l.lookup(".text");
    }

    /**
     * The first break inside a word, as "Schrofenp|ass", or empty when every line ends at a space or after a
     * hyphen, dash or slash.
     */
    public static Optional<String> breakInsideAWord(Text text) {
        String s = text.getText();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.isWhitespace(a) || Character.isWhitespace(b) || a == '-' || a == '/' || a == '\u2013') {
                continue;
            }
            if (top(text, i + 1) > top(text, i) + 0.5) {
                return Optional.of(s.substring(0, i + 1) + "|" + s.substring(i + 1));
            }
        }
        return Optional.empty();
    }

    private static double top(Text text, int index) {
        PathElement[] shape = text.rangeShape(index, index + 1);
        Bounds b = new Path(shape).getBoundsInLocal();
        return b.getMinY();
    }
}
