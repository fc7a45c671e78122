package dev.switchback.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Where a form's inputs are: the forms-do-not-jump tests compare it before and after reasons come and go. */
public final class FieldTops {
    private FieldTops() {
    }

    /** The scene y of every visible input of the form (any control but a label) that has an id, by id. */
    public static Map<String, Double> of(Parent form) {
        Map<String, Double> tops = new LinkedHashMap<>();
        collect(form, tops);
        return tops;
    }

    private static void collect(Node n, Map<String, Double> tops) {
        if (n instanceof Control c && !(n instanceof Label) && c.getId() != null && c.isVisible()) {
            Bounds b = c.localToScene(c.getBoundsInLocal());
            tops.put(c.getId(), b.getMinY());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, tops));
        }
    }
}
