package dev.switchback.ui.settings;

import dev.switchback.format.UnitFormat;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable threshold of one rule. Blank text means "use the preset's value".
 *
 * @see dev.switchback.model.RuleSettings#thresholds()
 */
public final class ThresholdField {
    private final String ruleId;
    private final String name;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyDoubleWrapper presetValue = new ReadOnlyDoubleWrapper(this, "presetValue");

    ThresholdField(String ruleId, String name, double presetValue) {
        this.ruleId = ruleId;
        this.name = name;
        this.presetValue.set(presetValue);
        text.addListener((obs, old, now) -> validate());
    }

    /** The key in {@code RuleSettings.thresholds}: {@code rule-id.name}. */
    public String key() {
        return ruleId + "." + name;
    }

    public String ruleId() {
        return ruleId;
    }

    public String name() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty presetValueProperty() {
        return presetValue.getReadOnlyProperty();
    }

    void setPresetValue(double v) {
        presetValue.set(v);
    }

    /** The user's value, or empty for "the preset's". */
    Optional<Double> value() {
        return UnitFormat.readNumber(label(), text.get(), format(presetValue.get()));
    }

    boolean validate() {
        try {
            value();
            error.set("");
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage() + ", or empty for the preset's value");
            return false;
        }
    }

    private String label() {
        return "Threshold " + name;
    }

    /** A threshold as its field shows it, exactly (0.85 stays 0.85). */
    static String format(double v) {
        return UnitFormat.exact(v);
    }
}
