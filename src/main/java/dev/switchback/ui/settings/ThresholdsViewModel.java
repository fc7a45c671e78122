package dev.switchback.ui.settings;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Experience;
import dev.switchback.model.RuleOverride;
import dev.switchback.model.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rules half of the settings form: the preset and, for every rule of the book, its switch and its
 * thresholds as typed (blank is the preset's value). Thresholds and switched-off ids of rules this book does
 * not know are kept as they are. {@code onEdit} hears every change the user makes (not a reload);
 * {@code onSwitch} a rule switched on or off, which needs no check.
 */
public final class ThresholdsViewModel {
    private final RuleBook book;
    private final Runnable onEdit;
    private final Runnable onSwitch;
    private final ObjectProperty<Experience> preset = new SimpleObjectProperty<>(this, "preset", Experience.EXPERIENCED);
    private final ObservableList<RuleEntry> rules = FXCollections.observableArrayList();
    // One view kept for the object's life: JavaFX holds listeners of a wrapper weakly, so a new wrapper
    // per call could drop a listener at the next garbage collection.
    private final ObservableList<RuleEntry> rulesView = FXCollections.unmodifiableObservableList(rules);
    private Map<String, Double> unknownThresholds = Map.of();
    private List<String> unknownDisabled = List.of();
    private boolean loading;

    public ThresholdsViewModel(RuleBook book, Runnable onEdit, Runnable onSwitch) {
        this.book = Objects.requireNonNull(book, "book");
        this.onEdit = onEdit;
        this.onSwitch = onSwitch;
        preset.addListener((obs, old, now) -> {
            updatePresetValues();
            if (!loading) {
                onEdit.run();
            }
        });
    }

    /** Loads the preset, switches and thresholds from {@code rs}. */
    public void load(RuleSettings rs) {
        loading = true;
        try {
            preset.set(rs.preset());
            loadRules(rs);
        } finally {
            loading = false;
        }
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
                        onEdit.run();
                    }
                });
                fields.add(f);
                known.add(f.key());
            }
            var e = new RuleEntry(r.id(), r.title(), fields);
            e.enabledProperty().set(!rs.disabledRules().contains(r.id()));
            e.enabledProperty().addListener((obs, old, now) -> {
                if (!loading) {
                    onSwitch.run();
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

    /** Checks every threshold (each shows its own reason); returns whether all are valid. */
    public boolean validate() {
        boolean ok = true;
        for (RuleEntry e : rules) {
            for (ThresholdField f : e.thresholds()) {
                ok &= f.validate();
            }
        }
        return ok;
    }

    /** The rule settings the fields describe, with {@code overrides} (given at save time) kept. */
    public RuleSettings build(List<RuleOverride> overrides) {
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
        return new RuleSettings(preset.get(), thresholds, disabled, overrides);
    }

    /** The first threshold's reason, or empty. */
    String firstError() {
        return rules.stream().flatMap(r -> r.thresholds().stream()).map(f -> f.errorProperty().get())
                .filter(e -> !e.isEmpty()).findFirst().orElse("");
    }

    public ObjectProperty<Experience> presetProperty() {
        return preset;
    }

    public ObservableList<RuleEntry> rules() {
        return rulesView;
    }

    /** How many thresholds of rules this version does not know are kept unchanged. */
    public int keptUnknownSettings() {
        return unknownThresholds.size() + unknownDisabled.size();
    }
}
