package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.duration;
import static dev.switchback.engine.rules.Words.kg;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Preparation for a trip (domain-notes 8.3), reported in the week the trip starts: its longest day
 * against the longest outing of the 30 days before (> {@code longestRatio}), and its heaviest pack
 * against the heaviest carried in the 6 weeks before plus 10 % of body mass.
 */
public final class TripPreparation implements Rule {
    public static final String ID = "trip-preparation";
    static final Threshold LONGEST_RATIO = new Threshold(ID, "longestRatio");
    static final Threshold WINDOW_DAYS = new Threshold(ID, "windowDays");
    static final Threshold PACK_STEP_FRACTION = new Threshold(ID, "packStepFraction");
    static final Threshold PACK_LOOKBACK_DAYS = new Threshold(ID, "packLookbackDays");
    static final Source SOURCE = new Source("BJSM 2025 (single-session spikes); Knapik et al. 2012 (gradual"
            + " load carriage); trip ratios are judgement", Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Trip preparation";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("longestRatio", 1.5, "windowDays", 30.0, "packStepFraction", 0.10, "packLookbackDays", 42.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        double ratio = c.threshold(LONGEST_RATIO);
        int window = (int) Math.max(1, Math.round(c.threshold(WINDOW_DAYS)));
        double step = c.threshold(PACK_STEP_FRACTION) * c.plan().athlete().bodyMassKg();
        int packBack = (int) Math.max(1, Math.round(c.threshold(PACK_LOOKBACK_DAYS)));
        var found = new ArrayList<Finding>();
        for (Trip t : TripIndex.of(c).starting(c.weekStart(), c.weekStart().plusDays(6))) {
            LocalDate s = t.start();
            boolean shortHistory = c.historyDays(s.minusDays(window)) < 1;
            double longest = t.stages().stream().mapToDouble(st -> st.duration().toSeconds() / 60.0).max().orElse(0);
            double before = 0;
            for (int k = 1; k <= window; k++) {
                before = Math.max(before, c.day(s.minusDays(k)).longestMinutes());
            }
            if (longest > 0 && !shortHistory && Bounds.over(longest, before * ratio)) {
                double target = Math.ceil(longest / ratio);
                found.add(new Finding(ID, Severity.WARN, c.weekStart(), List.of(s), before > 0 ? longest / before : 0,
                        ratio, "x", "The longest day of " + t.title() + " (" + duration(longest) + ") is "
                                + (before > 0 ? Words.ratio(longest / before) + "x your longest outing of the "
                                        + window + " days before (" + duration(before) + ")"
                                        : "far beyond anything in the " + window + " days before (no outing)"),
                        "A day much longer than anything done recently is where overuse injuries start; build the"
                                + " long day up before the trip.", SOURCE,
                        new Suggestion.Advice("Build up to a long day of at least " + duration(target)
                                + " in the weeks before " + t.title())));
            }
            double heaviest = t.stages().stream().mapToDouble(TripStage::packKg).max().orElse(0);
            double carried = 0;
            for (int k = 1; k <= packBack; k++) {
                carried = Math.max(carried, c.day(s.minusDays(k)).heaviestPackKg());
            }
            if (heaviest > 0 && c.historyDays(s.minusDays(packBack)) > 0 && Bounds.over(heaviest, carried + step)) {
                double target = Bounds.floorTenth(heaviest - step);
                found.add(new Finding(ID, Severity.WARN, c.weekStart(), List.of(s), heaviest, carried + step, "kg",
                        t.title() + " starts with a " + kg(heaviest) + " pack; the heaviest you carried in the "
                                + packBack / 7 + " weeks before is " + kg(carried),
                        "Shoulders, hips and feet adapt to a heavy pack over weeks of progressively loaded walks.",
                        SOURCE, new Suggestion.Advice("Carry at least " + kg(target) + " on long days in the weeks before "
                                + t.title())));
            }
        }
        return found;
    }
}
