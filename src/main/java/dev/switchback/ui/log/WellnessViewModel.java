package dev.switchback.ui.log;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.rules.HooperBand;
import dev.switchback.engine.rules.HooperBands;
import dev.switchback.model.Plan;
import dev.switchback.model.Wellness;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The daily check-in: the four Hooper items (1 best .. 7 worst), motivation, sleep hours and
 * resting heart rate. Opens with the day's check-in if there is one, else with yesterday's values,
 * so a quiet morning is a few keystrokes.
 */
public final class WellnessViewModel {

    private final PlanDocument document;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final IntegerProperty sleepQuality = new SimpleIntegerProperty(this, "sleepQuality", 3);
    private final IntegerProperty stress = new SimpleIntegerProperty(this, "stress", 3);
    private final IntegerProperty fatigue = new SimpleIntegerProperty(this, "fatigue", 3);
    private final IntegerProperty soreness = new SimpleIntegerProperty(this, "soreness", 3);
    private final IntegerProperty motivation = new SimpleIntegerProperty(this, "motivation", 3);
    private final StringProperty sleepHours = new SimpleStringProperty(this, "sleepHours", "");
    private final StringProperty restingHeartRate = new SimpleStringProperty(this, "restingHeartRate", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper sleepHoursError = new ReadOnlyStringWrapper(this, "sleepHoursError", "");
    private final ReadOnlyStringWrapper restingHeartRateError = new ReadOnlyStringWrapper(this,
            "restingHeartRateError", "");
    private final IntegerBinding hooperSum = Bindings.createIntegerBinding(
            () -> sleepQuality.get() + stress.get() + fatigue.get() + soreness.get(),
            sleepQuality, stress, fatigue, soreness);
    private final ObjectBinding<HooperBand> band;

    public WellnessViewModel(PlanDocument document, LocalDate day) {
        this.document = document;
        // the plan's own rule 14 thresholds, so the form, the strip and the finding agree
        this.band = Bindings.createObjectBinding(
                () -> HooperBands.of(document.getPlan()).band(Optional.of(hooperSum.get())), hooperSum);
        // each measurement is checked as it is typed, on its own, the reason shown under its field
        sleepHours.addListener(x -> sleepHoursError.set(reason(() -> checkIn(hours(), Optional.empty()))));
        restingHeartRate.addListener(x -> restingHeartRateError.set(reason(() -> checkIn(Optional.empty(),
                heartRate()))));
        date.set(day);
        date.addListener((obs, was, now) -> {
            if (now != null) {
                load(now);
            }
        });
        load(day);
    }

    private void load(LocalDate day) {
        Plan plan = document.getPlan();
        Optional<Wellness> own = plan.wellnessOn(day);
        Optional<Wellness> template = own.or(() -> plan.wellnessOn(day.minusDays(1)));
        template.ifPresent(w -> {
            sleepQuality.set(w.sleepQuality());
            stress.set(w.stress());
            fatigue.set(w.fatigue());
            soreness.set(w.soreness());
            motivation.set(w.motivation());
        });
        // Hours and heart rate are measured each morning: never carried over from yesterday.
        sleepHours.set(own.flatMap(Wellness::sleepHours).map(UnitFormat::plain).orElse(""));
        restingHeartRate.set(own.flatMap(Wellness::restingHeartRate).map(String::valueOf).orElse(""));
        error.set("");
    }

    private Optional<Double> hours() {
        return UnitFormat.readHours("Sleep", sleepHours.get(), "7.5");
    }

    private Optional<Integer> heartRate() {
        return UnitFormat.readWhole("Resting heart rate", restingHeartRate.get(), "52");
    }

    /** A check-in with average ratings and these measurements: the model's own range checks. */
    private static Wellness checkIn(Optional<Double> hours, Optional<Integer> rhr) {
        return new Wellness(LocalDate.of(2000, 1, 1), 3, hours, 3, 3, 3, 3, rhr);
    }

    private static String reason(Runnable check) {
        try {
            check.run();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public Wellness build() {
        if (date.get() == null) {
            throw new IllegalArgumentException("Pick the day of the check-in, such as 19 Nov 2026");
        }
        Optional<Double> hours = hours();
        Optional<Integer> rhr = heartRate();
        return new Wellness(date.get(), sleepQuality.get(), hours, stress.get(), fatigue.get(), soreness.get(),
                motivation.get(), rhr);
    }

    public boolean save() {
        Wellness entry;
        try {
            entry = build();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        document.apply("Wellness check-in " + Dates.weekdayDay(entry.date()), p -> p.withWellnessEntry(entry));
        return true;
    }

    public String heading() {
        return "Wellness check-in";
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public IntegerProperty sleepQualityProperty() {
        return sleepQuality;
    }

    public IntegerProperty stressProperty() {
        return stress;
    }

    public IntegerProperty fatigueProperty() {
        return fatigue;
    }

    public IntegerProperty sorenessProperty() {
        return soreness;
    }

    public IntegerProperty motivationProperty() {
        return motivation;
    }

    public StringProperty sleepHoursProperty() {
        return sleepHours;
    }

    public StringProperty restingHeartRateProperty() {
        return restingHeartRate;
    }

    public IntegerBinding hooperSum() {
        return hooperSum;
    }

    public ObjectBinding<HooperBand> band() {
        return band;
    }

    /** "Hooper sum 14 of 28: high fatigue (above 12)", in the plan's own bands. */
    public String sumText() {
        return "Hooper sum " + hooperSum.get() + " of 28: " + HooperBands.of(document.getPlan()).describe(band.get());
    }

    /** The CSS class of the band: {@code hooper-fine}, {@code hooper-watch}, ... */
    public String bandStyleClass() {
        return "hooper-" + band.get().name().toLowerCase(Locale.ROOT);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the sleep hours typed cannot be taken, as they are typed; empty when they can. */
    public ReadOnlyStringProperty sleepHoursErrorProperty() {
        return sleepHoursError.getReadOnlyProperty();
    }

    /** Why the resting heart rate typed cannot be taken, as it is typed; empty when it can. */
    public ReadOnlyStringProperty restingHeartRateErrorProperty() {
        return restingHeartRateError.getReadOnlyProperty();
    }
}
