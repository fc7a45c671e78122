package dev.switchback.ui.settings;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Athlete;
import dev.switchback.model.Sex;
import dev.switchback.model.Units;
import dev.switchback.ui.common.ShownValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * The athlete half of the settings form: name, body mass in the units chosen, heart rates, sex and units, as
 * typed. Each change is checked at once by building the {@link Athlete}, whose refusal is the reason shown
 * beside the field; {@code onEdit} hears every change the user makes (not a reload).
 */
public final class AthleteFormViewModel {
    // the exact kilograms behind the rounded text: 68 kg shown as "149.9" lb saves 68 kg again, not 67.99
    private final ShownValue shownMass = new ShownValue();
    private final Supplier<Athlete> stored;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty bodyMass = new SimpleStringProperty(this, "bodyMass", "");
    private final StringProperty maxHeartRate = new SimpleStringProperty(this, "maxHeartRate", "");
    private final StringProperty restingHeartRate = new SimpleStringProperty(this, "restingHeartRate", "");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex", Sex.UNSPECIFIED);
    private final ObjectProperty<Units> units = new SimpleObjectProperty<>(this, "units", Units.METRIC);

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper bodyMassError = new ReadOnlyStringWrapper(this, "bodyMassError", "");
    private final ReadOnlyStringWrapper maxHeartRateError = new ReadOnlyStringWrapper(this, "maxHeartRateError", "");
    private final ReadOnlyStringWrapper restingHeartRateError =
            new ReadOnlyStringWrapper(this, "restingHeartRateError", "");
    private final ReadOnlyStringWrapper bodyMassUnit = new ReadOnlyStringWrapper(this, "bodyMassUnit", "kg");
    private boolean loading;

    /**
     * @param stored the athlete in the plan now (what a field not in the form keeps, e.g. experience)
     * @param onEdit called after each change the user makes
     */
    public AthleteFormViewModel(Supplier<Athlete> stored, Runnable onEdit) {
        this.stored = Objects.requireNonNull(stored, "stored");
        ChangeListener<Object> edited = (obs, old, now) -> {
            if (!loading) {
                onEdit.run();
            }
        };
        for (javafx.beans.value.ObservableValue<?> p : List.of(name, bodyMass, maxHeartRate, restingHeartRate,
                sex)) {
            p.addListener(edited);
        }
        units.addListener((obs, old, now) -> {
            convertBodyMass(old, now);
            edited.changed(obs, old, now);
        });
    }

    /** Loads the fields from {@code a}. */
    public void load(Athlete a) {
        loading = true;
        try {
            name.set(a.name());
            units.set(a.units());
            bodyMassUnit.set(unitOf(a.units()));
            bodyMass.set(shownMass.show(a.bodyMassKg(), massText(a.bodyMassKg(), a.units())));
            maxHeartRate.set(a.maxHeartRate().map(String::valueOf).orElse(""));
            restingHeartRate.set(a.restingHeartRate().map(String::valueOf).orElse(""));
            sex.set(a.sex());
        } finally {
            loading = false;
        }
    }

    private void convertBodyMass(Units from, Units to) {
        bodyMassUnit.set(unitOf(to));
        if (from == null || from == to) {
            return;
        }
        Optional<Double> kg;
        try {
            kg = bodyMass.get().isBlank() ? Optional.empty() : Optional.of(kgOf(bodyMass.get(), from));
        } catch (IllegalArgumentException notANumber) {
            return;
        }
        kg.ifPresent(v -> {
            boolean was = loading;
            loading = true;
            bodyMass.set(shownMass.show(v, massText(v, to)));
            loading = was;
        });
    }

    /** Checks every field; returns whether all are valid. */
    public boolean validate() {
        Athlete base = stored.get();
        boolean ok = true;
        nameError.set(messageOf(() -> base.withName(name.get())));
        ok &= nameError.get().isEmpty();

        Optional<Double> kg = Optional.empty();
        String massText = bodyMass.get().strip();
        if (massText.isEmpty()) {
            bodyMassError.set("Body mass is needed to judge pack mass; enter it in " + unitOf(units.get()));
        } else {
            String notANumber = messageOf(() -> kgOf(massText, units.get()));
            if (!notANumber.isEmpty()) {
                bodyMassError.set(notANumber);
            } else {
                kg = Optional.of(kgOf(massText, units.get()));
                double v = kg.get();
                String m = messageOf(() -> base.withBodyMassKg(v));
                if (!m.isEmpty() && units.get() == Units.IMPERIAL) {
                    m = m + " \u2014 you typed " + massText + " lb";
                }
                bodyMassError.set(m);
            }
        }
        ok &= bodyMassError.get().isEmpty();

        Optional<Optional<Integer>> max = heartRate(maxHeartRate.get(), maxHeartRateError, "Maximum heart rate");
        Optional<Optional<Integer>> rest = heartRate(restingHeartRate.get(), restingHeartRateError, "Resting heart rate");
        if (max.isPresent()) {
            maxHeartRateError.set(messageOf(() -> base.withHeartRates(max.get(), Optional.empty())));
        }
        if (rest.isPresent()) {
            restingHeartRateError.set(messageOf(() -> base.withHeartRates(Optional.empty(), rest.get())));
        }
        if (max.isPresent() && rest.isPresent() && maxHeartRateError.get().isEmpty()
                && restingHeartRateError.get().isEmpty()) {
            restingHeartRateError.set(messageOf(() -> base.withHeartRates(max.get(), rest.get())));
        }
        ok &= maxHeartRateError.get().isEmpty() && restingHeartRateError.get().isEmpty();

        return ok;
    }

    /** Empty text is "not given"; otherwise a whole number of beats per minute. */
    private static Optional<Optional<Integer>> heartRate(String text, ReadOnlyStringWrapper error, String what) {
        try {
            Optional<Integer> bpm = wholeBpm(what, text);
            error.set("");
            return Optional.of(bpm);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Integer> wholeBpm(String what, String text) {
        return UnitFormat.readWhole(what + " (bpm)", text, what.startsWith("Max") ? "188" : "52");
    }

    /** The kilograms of the body-mass text in {@code u}: exactly the stored value while the text is as shown. */
    private double kgOf(String text, Units u) {
        UnitFormat f = UnitFormat.of(u);
        // the one reader of a mass field: "68.5", "68,5" and the shown "68.5 kg" read the same
        return shownMass.read(text, t -> f.read(Measure.MASS, f.label("Body mass", Measure.MASS), t,
                u == Units.IMPERIAL ? "154" : "70").orElse(0.0));
    }

    private static String messageOf(Runnable build) {
        try {
            build.run();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The athlete the fields describe; fails with the first field's reason. */
    public Athlete build() {
        if (!validate()) {
            throw new IllegalArgumentException(firstError());
        }
        double kg = kgOf(bodyMass.get(), units.get());
        return new Athlete(name.get(), kg, wholeBpm("Maximum heart rate", maxHeartRate.get()),
                wholeBpm("Resting heart rate", restingHeartRate.get()),
                sex.get(), units.get(), stored.get().experience());
    }

    /** The first field's reason, or empty. */
    String firstError() {
        for (String e : List.of(nameError.get(), bodyMassError.get(), maxHeartRateError.get(),
                restingHeartRateError.get())) {
            if (!e.isEmpty()) {
                return e;
            }
        }
        return "";
    }

    private static String massText(double kg, Units u) {
        return UnitFormat.of(u).massNumber(kg);
    }

    private static String unitOf(Units u) {
        return u.massUnit();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty bodyMassProperty() {
        return bodyMass;
    }

    public StringProperty maxHeartRateProperty() {
        return maxHeartRate;
    }

    public StringProperty restingHeartRateProperty() {
        return restingHeartRate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ObjectProperty<Units> unitsProperty() {
        return units;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyMassErrorProperty() {
        return bodyMassError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maxHeartRateErrorProperty() {
        return maxHeartRateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restingHeartRateErrorProperty() {
        return restingHeartRateError.getReadOnlyProperty();
    }

    /** "kg" or "lb", following the units chosen in the form. */
    public ReadOnlyStringProperty bodyMassUnitProperty() {
        return bodyMassUnit.getReadOnlyProperty();
    }
}
