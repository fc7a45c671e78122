package dev.switchback.ui.settings;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Athlete;
import dev.switchback.model.Experience;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleSettings;
import dev.switchback.model.Sex;
import dev.switchback.model.Units;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The settings form: an edit buffer over the plan made of the athlete form ({@link AthleteFormViewModel})
 * and the rules' thresholds table ({@link ThresholdsViewModel}), each checking its fields as they are typed.
 * This one holds what spans both: whether anything changed, whether all is valid, {@link #apply()} as one
 * undoable edit, following undo while nothing is being edited. The theme is an application preference: it
 * changes at once and is not part of the plan.
 */
public final class SettingsViewModel {
    private final PlanDocument document;
    private final ObjectProperty<Theme> theme;
    private final Optional<Path> dataFolder;
    private final AthleteFormViewModel athlete;
    private final ThresholdsViewModel thresholds;

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);

    /** The form over the standard rule book, as the window shows it. */
    public static SettingsViewModel standard(PlanDocument document, ObjectProperty<Theme> theme,
            Optional<Path> dataFolder) {
        return new SettingsViewModel(document, RuleBook.standard(), theme, dataFolder);
    }

    /**
     * @param book the rules whose thresholds can be edited, normally {@code RuleBook.standard()}
     * @param theme the application's theme; the app applies and remembers it ({@link Theme#apply()})
     * @param dataFolder shown read-only; empty when the app has none
     */
    public SettingsViewModel(PlanDocument document, RuleBook book, ObjectProperty<Theme> theme,
            Optional<Path> dataFolder) {
        this.document = Objects.requireNonNull(document, "document");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        Runnable edited = () -> {
            changed.set(true);
            validate();
        };
        this.athlete = new AthleteFormViewModel(() -> document.getPlan().athlete(), edited);
        this.thresholds = new ThresholdsViewModel(book, edited, () -> changed.set(true));
        document.planProperty().addListener((obs, old, now) -> {
            // Undo or another edit changed the plan: follow it unless the user is mid-edit.
            if (!changed.get()) {
                reset();
            }
        });
        reset();
    }

    /** The athlete form. */
    public AthleteFormViewModel athlete() {
        return athlete;
    }

    /** The rules' switches and thresholds. */
    public ThresholdsViewModel thresholds() {
        return thresholds;
    }

    /** Loads the fields from the plan, dropping unapplied edits. */
    public void reset() {
        Plan plan = document.getPlan();
        athlete.load(plan.athlete());
        thresholds.load(plan.rules());
        changed.set(false);
        validate();
    }

    /** Checks every field of both parts (each shows its reasons); returns whether all are valid. */
    public boolean validate() {
        boolean ok = athlete.validate() & thresholds.validate();
        valid.set(ok);
        return ok;
    }

    /** The athlete the fields describe; fails with the first field's reason. */
    public Athlete buildAthlete() {
        if (!validate()) {
            throw new IllegalArgumentException(firstError());
        }
        return athlete.build();
    }

    /** The rule settings the fields describe; overrides given at save time are kept. */
    public RuleSettings buildRules() {
        return thresholds.build(document.getPlan().rules().overrides());
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
        Athlete a = buildAthlete();
        RuleSettings rs = buildRules();
        // The preset follows the athlete's experience: the model keeps both, the form edits one.
        Athlete withExperience = a.withExperience(rs.preset());
        document.apply("Change athlete and rule settings", p -> p.withAthlete(withExperience).withRules(rs));
        changed.set(false);
        return true;
    }

    private String firstError() {
        String e = athlete.firstError();
        return e.isEmpty() ? thresholds.firstError() : e;
    }

    public StringProperty nameProperty() {
        return athlete.nameProperty();
    }

    public StringProperty bodyMassProperty() {
        return athlete.bodyMassProperty();
    }

    public StringProperty maxHeartRateProperty() {
        return athlete.maxHeartRateProperty();
    }

    public StringProperty restingHeartRateProperty() {
        return athlete.restingHeartRateProperty();
    }

    public ObjectProperty<Sex> sexProperty() {
        return athlete.sexProperty();
    }

    public ObjectProperty<Units> unitsProperty() {
        return athlete.unitsProperty();
    }

    public ObjectProperty<Experience> presetProperty() {
        return thresholds.presetProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return athlete.nameErrorProperty();
    }

    public ReadOnlyStringProperty bodyMassErrorProperty() {
        return athlete.bodyMassErrorProperty();
    }

    public ReadOnlyStringProperty maxHeartRateErrorProperty() {
        return athlete.maxHeartRateErrorProperty();
    }

    public ReadOnlyStringProperty restingHeartRateErrorProperty() {
        return athlete.restingHeartRateErrorProperty();
    }

    /** "kg" or "lb", following the units chosen in the form. */
    public ReadOnlyStringProperty bodyMassUnitProperty() {
        return athlete.bodyMassUnitProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The form holds edits not yet applied to the plan. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ObservableList<RuleEntry> rules() {
        return thresholds.rules();
    }

    /** How many thresholds of rules this version does not know are kept unchanged. */
    public int keptUnknownSettings() {
        return thresholds.keptUnknownSettings();
    }

    public Optional<Path> dataFolder() {
        return dataFolder;
    }
}
