package dev.switchback.ui.log;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.rules.HooperBand;
import dev.switchback.engine.rules.HooperBands;
import dev.switchback.model.Plan;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One cell of the wellness strip: a day, its check-in if any, its band (from the plan's own rule 14
 * thresholds, {@link HooperBands}) and tooltip.
 */
public record WellnessDay(LocalDate date, Optional<Wellness> checkIn, HooperBand band, String text, String tooltip) {

    /** The seven days from {@code weekStart}. */
    public static List<WellnessDay> week(Plan plan, LocalDate weekStart) {
        HooperBands bands = HooperBands.of(plan);
        return IntStream.range(0, 7).mapToObj(i -> of(plan, weekStart.plusDays(i), bands)).toList();
    }

    public static WellnessDay of(Plan plan, LocalDate date) {
        return of(plan, date, HooperBands.of(plan));
    }

    private static WellnessDay of(Plan plan, LocalDate date, HooperBands bands) {
        Optional<Wellness> w = plan.wellnessOn(date);
        HooperBand band = bands.band(w.map(Wellness::hooperSum));
        String text = w.map(x -> String.valueOf(x.hooperSum())).orElse("-");
        String tooltip = w.map(x -> Dates.weekdayDay(date) + ": Hooper " + x.hooperSum() + " of 28, " + bands.describe(band) + "\nsleep " + x.sleepQuality() + ", stress " + x.stress()
                        + ", fatigue " + x.fatigue() + ", soreness " + x.soreness() + " (1 best, 7 worst)"
                        + "\nmotivation " + x.motivation()
                        + x.sleepHours().map(h -> ", slept " + UnitFormat.plain(h) + " h").orElse("")
                        + x.restingHeartRate().map(r -> ", resting HR " + r).orElse(""))
                .orElse(Dates.weekdayDay(date) + ": no check-in");
        return new WellnessDay(date, w, band, text, tooltip);
    }

    /** The CSS class of the cell: {@code hooper-fine}, {@code hooper-watch}, ... */
    public String styleClass() {
        return "hooper-" + band.name().toLowerCase(Locale.ROOT);
    }
}
