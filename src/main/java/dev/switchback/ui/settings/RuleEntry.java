package dev.switchback.ui.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One rule of the rule book in the settings: on or off, and its thresholds. */
public final class RuleEntry {
    private final String id;
    private final String title;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final List<ThresholdField> thresholds;

    RuleEntry(String id, String title, List<ThresholdField> thresholds) {
        this.id = id;
        this.title = title;
        this.thresholds = List.copyOf(thresholds);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public List<ThresholdField> thresholds() {
        return thresholds;
    }
}
