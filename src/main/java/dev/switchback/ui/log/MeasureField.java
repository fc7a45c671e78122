package dev.switchback.ui.log;

import dev.switchback.format.Measure;
import dev.switchback.model.Limits;
import dev.switchback.ui.common.ShownValue;
import dev.switchback.format.UnitFormat;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One number field of the log form in the user's units (km or mi, m or ft, kg or lb), stored as SI.
 *
 * <p>It remembers the SI value it was last filled with and the text shown for it: while the text is
 * unchanged, {@link #metres} / {@link #si} give back that exact SI value. Without this, 12 345 m
 * shown as "7.7" mi would be saved as 12 392 m although the user changed nothing.
 */
final class MeasureField {

    enum Quantity {
        DISTANCE("Distance", Measure.DISTANCE, Limits.MAX_DISTANCE_M),
        CLIMB("Climb", Measure.CLIMB, Limits.MAX_CLIMB_M),
        DESCENT("Descent", Measure.CLIMB, Limits.MAX_CLIMB_M),
        PACK("Pack mass", Measure.MASS, Limits.MAX_PACK_KG);

        private final String label;
        private final Measure measure;
        private final double maxSi;

        Quantity(String label, Measure measure, double maxSi) {
            this.label = label;
            this.measure = measure;
            this.maxSi = maxSi;
        }
    }

    private final Quantity quantity;
    private final UnitFormat format;
    private final StringProperty text;
    private final ShownValue shown = new ShownValue();

    MeasureField(Object bean, String name, Quantity quantity, UnitFormat format) {
        this.quantity = quantity;
        this.format = format;
        this.text = new SimpleStringProperty(bean, name, "");
    }

    StringProperty text() {
        return text;
    }

    /** "km", "ft", "lb"... */
    String unit() {
        return quantity.measure.unit(format.units());
    }

    /** The field's label with its unit: "Distance (mi)". */
    String label() {
        return format.label(quantity.label, quantity.measure);
    }

    /** A value to type, as the prompt and the messages show it. */
    String example() {
        return quantity.measure.example(format.units());
    }

    /** Shows an SI value (metres or kilograms) in the user's units and remembers it. */
    void show(double si) {
        text.set(shown.show(si, si == 0 ? "0" : number(si)));
    }

    /** The SI value of the text: exactly the value shown while the text is unchanged; blank is 0. */
    double si() {
        return shown.read(text.get(), this::parse);
    }

    private double parse(String text) {
        String t = text.strip();
        double typed = format.read(quantity.measure, label(), t).map(si -> quantity.measure.fromSi(format.units(), si))
                .orElse(0.0);
        // The limit is shown rounded ("49213 ft" for 15 000 m); what is shown is accepted, as the limit.
        String largest = number(quantity.maxSi);
        if (!(typed >= 0 && typed <= Double.parseDouble(largest))) {
            throw new IllegalArgumentException(quantity.label + " must be between 0 and " + largest + " " + unit()
                    + " (was " + t + " " + unit() + ")");
        }
        return Math.min(quantity.measure.toSi(format.units(), typed), quantity.maxSi);
    }

    /** The SI value in the user's units, the number only: "7.7" mi, "1969" ft, "17.6" lb, never "8.0". */
    String number(double si) {
        return format.number(quantity.measure, si);
    }
}
