package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.mass;
import static dev.switchback.engine.rules.Bounds.over;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.format.Decimals;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pack mass and distance both raised in the same week: the heaviest pack is more than
 * {@code packRiseFraction} of body mass heavier than last week's, and the distance covered with a
 * pack is more than {@code distanceRatio} times last week's. Trip days of this week are left out (a
 * trip is judged by {@link TripPreparation}); last week's count, as what was carried and done.
 */
public final class PackAndDistanceRaised implements Rule {
    public static final String ID = "pack-and-distance-raised";
    static final Threshold PACK_RISE_FRACTION = new Threshold(ID, "packRiseFraction");
    static final Threshold DISTANCE_RATIO = new Threshold(ID, "distanceRatio");
    static final Source SOURCE = new Source("Progress one thing at a time (Knapik et al. 2012; Orr/Coyle review);"
            + " figures are judgement", Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Pack and distance raised together";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("packRiseFraction", 0.02, "distanceRatio", 1.10);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double top = 0;
        for (int i = m; i < m + 7; i++) {
            if (!w.tripDay(i)) {
                top = Math.max(top, w.heaviestPack(i));
            }
        }
        if (top <= 0) {
            return List.of();
        }
        double lastPack = 0;
        // last week with its trip days: a trip's stages were carried (issue 11, item 3)
        for (int i = m - 7; i < m; i++) {
            lastPack = Math.max(lastPack, w.heaviestPack(i));
        }
        double body = c.plan().athlete().bodyMassKg();
        double rise = c.threshold(PACK_RISE_FRACTION) * body;
        double packUp = top - lastPack;
        if (lastPack <= 0 || !over(packUp, rise)) {
            return List.of();
        }
        double km = 0;
        double lastKm = 0;
        for (int i = m; i < m + 7; i++) {
            if (!w.tripDay(i)) {
                km += w.loadedKm(i);
            }
        }
        for (int i = m - 7; i < m; i++) {
            lastKm += w.loadedKm(i);
        }
        double ratio = c.threshold(DISTANCE_RATIO);
        if (lastKm <= 0 || !over(km / lastKm, ratio)) {
            return List.of();
        }
        // the first outing of the week, not on a trip day, with the heaviest pack: on the first day whose
        // heaviest pack it is; its outings are built when the finding's text is read
        int day = m;
        while (w.tripDay(day) || w.heaviestPack(day) != top) {
            day++;
        }
        int heaviestDay = day;
        double pack = top;
        Supplier<Outing> heaviest = new Once<>(() -> w.outings(heaviestDay).stream().filter(o -> o.packKg() == pack)
                .findFirst().orElseThrow());
        double kmNow = km;
        double kmBefore = lastKm;
        double packBefore = lastPack;
        LocalDate date = w.date(heaviestDay);
        return List.of(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(date), packUp, rise, "kg", SOURCE,
                () -> "Both go up this week: heaviest pack " + mass(pack) + " (last week " + mass(packBefore)
                        + ") and distance with a pack " + Words.distance(kmNow * 1000) + " (last week "
                        + Words.distance(kmBefore * 1000)
                        + ", +" + Decimals.fixed((kmNow / kmBefore - 1) * 100, 0) + " %)",
                () -> "Raising load and distance together doubles the new stress on feet, knees and back; one at a"
                        + " time lets the body adapt.",
                () -> Suggestions.canChange(c, heaviest.get())
                        ? new Suggestion.CapPack(heaviest.get().session().orElseThrow(), packBefore, "Keep "
                                + Words.dayName(date) + "'s pack at " + mass(packBefore)
                                + " (last week's heaviest) while the distance goes up")
                        : new Suggestion.Advice("Raise either the pack or the distance next week, not both")));
    }
}
