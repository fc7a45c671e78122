package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.kg;
import static dev.switchback.engine.rules.Bounds.over;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        double body = c.plan().athlete().bodyMassKg();
        double rise = c.threshold(PACK_RISE_FRACTION) * body;
        double ratio = c.threshold(DISTANCE_RATIO);
        LocalDate monday = c.weekStart();
        Outing heaviest = null;
        double km = 0;
        for (LocalDate d : WeekLoads.weekDays(monday)) {
            if (c.day(d).tripDay()) {
                continue;
            }
            km += c.loadedKm(d);
            for (Outing o : c.outings(d)) {
                if (o.packKg() > 0 && (heaviest == null || o.packKg() > heaviest.packKg())) {
                    heaviest = o;
                }
            }
        }
        double lastPack = 0;
        double lastKm = 0;
        // last week with its trip days: a trip's stages were carried (issue 11, item 3)
        for (LocalDate d : WeekLoads.weekDays(monday.minusWeeks(1))) {
            lastKm += c.loadedKm(d);
            lastPack = Math.max(lastPack, c.day(d).heaviestPackKg());
        }
        if (heaviest == null || lastPack <= 0 || lastKm <= 0) {
            return List.of();
        }
        double packUp = heaviest.packKg() - lastPack;
        if (!over(packUp, rise) || !over(km / lastKm, ratio)) {
            return List.of();
        }
        Suggestion s = Suggestions.canChange(c, heaviest)
                ? new Suggestion.CapPack(heaviest.session().orElseThrow(), lastPack, "Keep "
                        + Words.dayName(heaviest.date()) + "'s pack at " + kg(lastPack)
                        + " (last week's heaviest) while the distance goes up")
                : new Suggestion.Advice("Raise either the pack or the distance next week, not both");
        return List.of(new Finding(ID, Severity.WARN, monday, List.of(heaviest.date()), packUp, rise, "kg",
                "Both go up this week: heaviest pack " + kg(heaviest.packKg()) + " (last week " + kg(lastPack)
                        + ") and distance with a pack " + Words.km(km * 1000) + " (last week " + Words.km(lastKm * 1000)
                        + String.format(Locale.ROOT, ", +%.0f %%)", (km / lastKm - 1) * 100),
                "Raising load and distance together doubles the new stress on feet, knees and back; one at a time"
                        + " lets the body adapt.", SOURCE, s));
    }
}
