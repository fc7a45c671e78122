package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.mass;
import static dev.switchback.engine.rules.Bounds.over;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Tolerance;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Rule 10: pack mass against body mass, on every outing including trip days. */
public final class PackMass implements Rule {
    public static final String ID = "pack-mass";
    static final Threshold WARN_FRACTION = new Threshold(ID, "warnFraction");
    static final Threshold BLOCK_FRACTION = new Threshold(ID, "blockFraction");
    static final Source SOURCE = new Source("REI (about 20 % of body weight); Langmuir (never above a third)",
            Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Pack mass vs body mass";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnFraction", preset == Experience.NOVICE ? 0.15 : 0.20, "blockFraction", 0.33);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double warn = c.threshold(WARN_FRACTION);
        double body = c.plan().athlete().bodyMassKg();
        List<Finding> found = null;
        for (int i = m; i < m + 7; i++) {
            // the heaviest pack of the day: capping it is the fix, a lighter one that day is judged after
            double f = w.heaviestPack(i) / body;
            // a day with an outing: a trip day counts its stages (or its logs), any other day its training
            if (!over(f, warn) || w.training(i) == 0 && !w.tripDay(i)) {
                continue;
            }
            int day = i;
            // the outings are built when the finding's text is read
            Supplier<Outing> o = new Once<>(() -> w.outings(day).stream()
                    .max(java.util.Comparator.comparingDouble(Outing::packKg)).orElseThrow());
            double block = c.threshold(BLOCK_FRACTION);
            boolean blocks = over(f, block);
            LocalDate d = w.date(i);
            if (found == null) {
                found = new ArrayList<>(1);
            }
            found.add(Finding.lazy(ID, blocks ? Severity.BLOCK : Severity.WARN, c.weekStart(), List.of(d), f * 100,
                    (blocks ? block : warn) * 100, "% of body mass", SOURCE,
                    () -> Words.dayName(d) + "'s pack (" + mass(o.get().packKg()) + ", "
                            + Words.lowerFirst(o.get().title()) + ") is " + Math.round(f * 100) + " % of your body mass",
                    () -> WHY, () -> suggestion(c, d, w.outings(day), o.get(), warn, body)));
        }
        return found == null ? List.of() : found;
    }

    private static final String WHY = "Backpacking guidance keeps a pack at or below about a fifth of body weight and"
            + " never above a third; heavier loads strain feet, knees and back.";

    private static Suggestion suggestion(WeekContext c, LocalDate d, List<Outing> outings, Outing o, double warn,
            double body) {
        double cap = Bounds.floorTenth(warn * body);
        String capText = mass(cap) + " (" + Math.round(warn * 100) + " % of " + Words.mass(body) + ")";
        // Two outings of the day with the same heaviest pack: capping one leaves the day as heavy.
        List<Outing> tied = outings.stream().filter(x -> x.packKg() >= o.packKg() - Tolerance.EPS).toList();
        if (tied.size() > 1) {
            return new Suggestion.Advice("Cap the packs of " + Words.titles(tied) + " on " + Words.dayName(d) + " at "
                    + capText);
        } else if (Suggestions.canChange(c, o)) {
            return new Suggestion.CapPack(o.session().orElseThrow(), cap, "Cap " + Words.dayName(d) + "'s pack at "
                    + capText);
        } else if (o.fromTrip()) {
            return new Suggestion.Advice("Cap the pack on " + Words.dayName(d) + " of the trip at " + capText
                    + ": share group gear, resupply or leave extras at home");
        }
        return new Suggestion.Advice("Carry at most " + capText + " next time");
    }
}
