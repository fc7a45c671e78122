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

/**
 * Rule 11: the heaviest pack of the week (trip days left out) against the heaviest of the previous
 * 4 weeks (trip days included: a trip's pack has been carried) plus a step of 10 % of body mass.
 */
public final class PackMassJump implements Rule {
    public static final String ID = "pack-mass-jump";
    static final Threshold STEP_FRACTION = new Threshold(ID, "stepFraction");
    static final Threshold LOOKBACK_DAYS = new Threshold(ID, "lookbackDays");
    static final Source SOURCE = new Source("Gradual load-carriage progression (Knapik et al. 2012; Backpacker);"
            + " step size is judgement", Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Pack-mass jump";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("stepFraction", preset == Experience.NOVICE ? 0.05 : 0.10, "lookbackDays", 28.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double topPack = 0;
        for (int i = m; i < m + 7; i++) {
            if (!w.tripDay(i)) {
                topPack = Math.max(topPack, w.heaviestPack(i));
            }
        }
        if (topPack <= 0) {
            return List.of(); // no pack this week
        }
        double step = c.threshold(STEP_FRACTION) * c.plan().athlete().bodyMassKg();
        int lookback = (int) Math.max(1, c.threshold(LOOKBACK_DAYS));
        double before = w.heaviestPackBefore(m, lookback);
        double limit = before + step;
        if (!over(topPack, limit)) {
            return List.of(); // the common case: within the step, nothing more to read
        }
        // The outing named is the week's first (days in order, a day's outings in their order) to carry the top
        // pack: its day is the first non-trip day whose heaviest pack is the top, found without building outings;
        // the outing itself is read when the finding's text is.
        int at = m;
        while (w.tripDay(at) || w.heaviestPack(at) != topPack) {
            at++;
        }
        LocalDate day = w.date(at);
        int first = at;
        double top = topPack;
        Supplier<Outing> heaviest = new Once<>(() -> w.outings(first).stream().filter(o -> o.packKg() == top)
                .findFirst().orElseThrow());
        boolean shortHistory = w.historyDays(m - lookback) < 1;
        Supplier<String> message = () -> Words.name(heaviest.get()) + " carries " + mass(top)
                + ", more than your heaviest of the last " + lookback / 7 + " weeks (" + mass(before) + ") plus "
                + mass(step);
        if (shortHistory) {
            return List.of(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(day), top, limit, "kg", SOURCE,
                    () -> message.get() + "; the plan has less than " + lookback / 7 + " weeks before it, so this is"
                            + " only a hint", () -> "A jump can only be judged against the weeks before.",
                    () -> new Suggestion.Advice("Enter the packs of the weeks before so the step can be judged")));
        }
        return List.of(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(day), top, limit, "kg", SOURCE, message,
                () -> "Load-carriage programmes work when the load rises gradually; a sudden heavier pack strains"
                        + " feet, hips and shoulders not yet used to it.",
                () -> suggestion(c, heaviest.get(), limit)));
    }

    private static Suggestion suggestion(WeekContext c, Outing heaviest, double limit) {
        double top = heaviest.packKg();
        double cap = Bounds.floorTenth(limit);
        // Two outings of the week with the same heaviest pack: capping one leaves the week's jump as it was.
        var tied = new ArrayList<Outing>();
        for (LocalDate d : WeekLoads.weekDays(c.weekStart())) {
            if (!c.day(d).tripDay()) {
                c.outings(d).stream().filter(o -> o.packKg() >= top - Tolerance.EPS).forEach(tied::add);
            }
        }
        return tied.size() > 1
                ? new Suggestion.Advice("Cap the packs of " + String.join(" and ", tied.stream().map(Words::name)
                        .toList()) + " at " + mass(cap) + " and add the rest over the next weeks")
                : Suggestions.canChange(c, heaviest)
                ? new Suggestion.CapPack(heaviest.session().orElseThrow(), cap, "Cap " + Words.dayName(
                        heaviest.date()) + "'s pack at " + mass(cap) + " and add the rest over the next weeks")
                : new Suggestion.Advice("Go back to about " + mass(cap) + " on the next pack days and build up");
    }
}
