package dev.switchback.ui.settings;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.ui.common.ShownValue;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Athlete;
import dev.switchback.model.Experience;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleSettings;
import dev.switchback.model.Sex;
import dev.switchback.model.Units;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;

/**
 * An edit buffer for the athlete and the plan's rule settings. Fields hold text as typed, in the
 * user's units; each change is checked at once by building the model record, whose
 * {@link IllegalArgumentException} message is shown next to the field. {@link #apply()} writes the
 * lot as one undoable edit. The theme is an application preference: it changes at once and is not
 * part of the plan.
 */
public final class SettingsViewModel {
    // the exact kilograms behind the rounded text: 68 kg shown as "149.9" lb saves 68 kg again, not 67.99
    private final ShownValue shownMass = new ShownValue();

    private final PlanDocument document;
    private final RuleBook book;
    private final ObjectProperty<Theme> theme;
    private final Optional<Path> dataFolder;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty bodyMass = new SimpleStringProperty(this, "bodyMass", "");
    private final StringProperty maxHeartRate = new SimpleStringProperty(this, "maxHeartRate", "");
    private final StringProperty restingHeartRate = new SimpleStringProperty(this, "restingHeartRate", "");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex", Sex.UNSPECIFIED);
    private final ObjectProperty<Units> units = new SimpleObjectProperty<>(this, "units", Units.METRIC);
    private final ObjectProperty<Experience> preset = new SimpleObjectProperty<>(this, "preset", Experience.EXPERIENCED);

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper bodyMassError = new ReadOnlyStringWrapper(this, "bodyMassError", "");
    private final ReadOnlyStringWrapper maxHeartRateError = new ReadOnlyStringWrapper(this, "maxHeartRateError", "");
    private final ReadOnlyStringWrapper restingHeartRateError =
            new ReadOnlyStringWrapper(this, "restingHeartRateError", "");
    private final ReadOnlyStringWrapper bodyMassUnit = new ReadOnlyStringWrapper(this, "bodyMassUnit", "kg");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);

    private final ObservableList<RuleEntry> rules = FXCollections.observableArrayList();

    // One view kept for the object's life: JavaFX holds listeners of a wrapper weakly, so a new wrapper

    // per call could drop a listener at the next garbage collection.

    private final ObservableList<RuleEntry> rulesView = FXCollections.unmodifiableObservableList(rules);
    /** Thresholds and switched-off ids for rules this rule book does not know: kept as they are. */
    private Map<String, Double> unknownThresholds = Map.of();
    private List<String> unknownDisabled = List.of();
    private boolean loading;

    /**
     * @param book the rules whose thresholds can be edited, normally {@code RuleBook.standard()}
     * @param theme the application's theme; the app applies and remembers it ({@link Theme#apply()})
     * @param dataFolder shown read-only; empty when the app has none
     */
    /** The form over the standard rule book, as the window shows it. */
    public static SettingsViewModel standard(PlanDocument document, ObjectProperty<Theme> theme,
            Optional<Path> dataFolder) {
        return new SettingsViewModel(document, RuleBook.standard(), theme, dataFolder);
    }

    public SettingsViewModel(PlanDocument document, RuleBook book, ObjectProperty<Theme> theme,
            Optional<Path> dataFolder) {
        this.document = Objects.requireNonNull(document, "document");
        this.book = Objects.requireNonNull(book, "book");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");

        ChangeListener<Object> check = (obs, old, now) -> {
            if (!loading) {
                changed.set(true);
                validate();
            }
        };
        List<javafx.beans.value.ObservableValue<?>> fields = List.of(name, bodyMass, maxHeartRate, restingHeartRate, sex);
        for (javafx.beans.value.ObservableValue<?> p : fields) {
            p.addListener(check);
        }
        units.addListener((obs, old, now) -> {
            convertBodyMass(old, now);
            check.changed(obs, old, now);
        });
        preset.addListener((obs, old, now) -> {
            updatePresetValues();
            check.changed(obs, old, now);
        });
        document.planProperty().addListener((obs, old, now) -> {
            // Undo or another edit changed the plan: follow it unless the user is mid-edit.
            if (!changed.get()) {
                reset();
            }
        });
        reset();
    }

    /** Loads the fields from the plan, dropping unapplied edits. */
    public void reset() {
        loading = true;
        try {
            Plan plan = document.getPlan();
            Athlete a = plan.athlete();
            name.set(a.name());
            units.set(a.units());
            bodyMassUnit.set(unitOf(a.units()));
            bodyMass.set(shownMass.show(a.bodyMassKg(), massText(a.bodyMassKg(), a.units())));
            maxHeartRate.set(a.maxHeartRate().map(String::valueOf).orElse(""));
            restingHeartRate.set(a.restingHeartRate().map(String::valueOf).orElse(""));
            sex.set(a.sex());
            RuleSettings rs = plan.rules();
            preset.set(rs.preset());
            loadRules(rs);
        } finally {
            loading = false;
        }
        changed.set(false);
        validate();
    }

    private void loadRules(RuleSettings rs) {
        var entries = new ArrayList<RuleEntry>();
        Set<String> known = new LinkedHashSet<>();
        for (Rule r : book.rules()) {
            var fields = new ArrayList<ThresholdField>();
            for (var d : new TreeMap<>(r.defaults(rs.preset())).entrySet()) {
                var f = new ThresholdField(r.id(), d.getKey(), d.getValue());
                Double own = rs.thresholds().get(f.key());
                f.textProperty().set(own == null ? "" : ThresholdField.format(own));
                f.textProperty().addListener((obs, old, now) -> {
                    if (!loading) {
                        changed.set(true);
                        validate();
                    }
                });
                fields.add(f);
                known.add(f.key());
            }
            var e = new RuleEntry(r.id(), r.title(), fields);
            e.enabledProperty().set(!rs.disabledRules().contains(r.id()));
            e.enabledProperty().addListener((obs, old, now) -> {
                if (!loading) {
                    changed.set(true);
                }
            });
            entries.add(e);
        }
        var unknown = new TreeMap<String, Double>();
        rs.thresholds().forEach((k, v) -> {
            if (!known.contains(k)) {
                unknown.put(k, v);
            }
        });
        unknownThresholds = Map.copyOf(unknown);
        unknownDisabled = rs.disabledRules().stream().filter(id -> book.rule(id).isEmpty()).toList();
        rules.setAll(entries);
    }

    private void updatePresetValues() {
        for (RuleEntry e : rules) {
            for (ThresholdField f : e.thresholds()) {
                book.rule(e.id()).map(r -> r.defaults(preset.get()).get(f.name()))
                        .ifPresent(f::setPresetValue);
            }
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
        Athlete base = document.getPlan().athlete();
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

        for (RuleEntry e : rules) {
            for (ThresholdField f : e.thresholds()) {
                ok &= f.validate();
            }
        }
        valid.set(ok);
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
        return shownMass.read(text, t -> UnitFormat.readNumber(UnitFormat.of(u).label("Body mass", Measure.MASS), t,
                u == Units.IMPERIAL ? "154" : "70").map(v -> Measure.MASS.toSi(u, v)).orElse(0.0));
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
    public Athlete buildAthlete() {
        if (!validate()) {
            throw new IllegalArgumentException(firstError());
        }
        double kg = kgOf(bodyMass.get(), units.get());
        return new Athlete(name.get(), kg, wholeBpm("Maximum heart rate", maxHeartRate.get()),
                wholeBpm("Resting heart rate", restingHeartRate.get()),
                sex.get(), units.get(), document.getPlan().athlete().experience());
    }

    /** The rule settings the fields describe; overrides given at save time are kept. */
    public RuleSettings buildRules() {
        var thresholds = new TreeMap<String, Double>(unknownThresholds);
        var disabled = new ArrayList<String>();
        for (RuleEntry e : rules) {
            if (!e.enabledProperty().get()) {
                disabled.add(e.id());
            }
            for (ThresholdField f : e.thresholds()) {
                f.value().ifPresent(v -> thresholds.put(f.key(), v));
            }
        }
        disabled.addAll(unknownDisabled);
        return new RuleSettings(preset.get(), thresholds, disabled, document.getPlan().rules().overrides());
    }

    /**
     * Writes athlete and rule settings to the plan as one undoable edit.
     *
     * @return false, changing nothing, when a field is invalid (its reason is shown next to it)
     */
    public boolean apply() {
        if (!validate()) {
            return false;
        }
        Athlete athlete = buildAthlete();
        RuleSettings rs = buildRules();
        // The preset follows the athlete's experience: the model keeps both, the form edits one.
        Athlete withExperience = athlete.withExperience(rs.preset());
        document.apply("Change athlete and rule settings", p -> p.withAthlete(withExperience).withRules(rs));
        changed.set(false);
        return true;
    }

    private String firstError() {
        for (String e : List.of(nameError.get(), bodyMassError.get(), maxHeartRateError.get(),
                restingHeartRateError.get())) {
            if (!e.isEmpty()) {
                return e;
            }
        }
        return rules.stream().flatMap(r -> r.thresholds().stream()).map(f -> f.errorProperty().get())
                .filter(e -> !e.isEmpty()).findFirst().orElse("");
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

    public ObjectProperty<Experience> presetProperty() {
        return preset;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
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

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The form holds edits not yet applied to the plan. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ObservableList<RuleEntry> rules() {
        return rulesView;
    }

    /** How many thresholds of rules this version does not know are kept unchanged. */
    public int keptUnknownSettings() {
        return unknownThresholds.size() + unknownDisabled.size();
    }

    public Optional<Path> dataFolder() {
        return dataFolder;
    }
}
