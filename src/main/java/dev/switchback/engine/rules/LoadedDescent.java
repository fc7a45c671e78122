package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Loaded descent as a progression track (domain-notes 9): the metres descended on a day with a pack
 * of at least {@code loadedFraction} of body mass, against the biggest such day of the
 * {@code windowDays} days before (trip days included: a trip's descents have been done). A WARN when
 * the day is more than {@code minDescentM} and strictly more than {@code warnRatio} times the biggest
 * before, the rung of the single-session spike ladder (Frandsen 2025) where the risk was highest but
 * one; trip days are judged by {@link TripPreparation}. The suggestion is a short loaded descent one
 * to three weeks before, which protected against the damage of a long one (PLOS ONE 2017;
 * Khassetarash 2021).
 */
public final class LoadedDescent implements Rule {
    public static final String ID = "loaded-descent";
    static final Threshold WARN_RATIO = new Threshold(ID, "warnRatio");
    static final Threshold MIN_DESCENT = new Threshold(ID, "minDescentM");
    static final Threshold WINDOW_DAYS = new Threshold(ID, "windowDays");
    static final Threshold LOADED_FRACTION = new Threshold(ID, "loadedFraction");
    static final Source SOURCE = new Source("Bontemps et al. 2020 (downhill damage, review); PLOS ONE 2017 and"
            + " Khassetarash 2021 (a short loaded descent protects); ratio after Frandsen 2025, judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Loaded-descent spike";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnRatio", 1.3, "minDescentM", 500.0, "windowDays", 30.0, "loadedFraction", 0.10);
    }

    /**
     * Metres descended on day {@code i} in outings with a pack of at least {@code fraction} of body mass,
     * summed in the outings' order. Read off the day's numbers when every pack of the day is on the same
     * side of the line (none reaches it: 0; all do: the day's descent with a pack, the same sum), so only
     * a day with a light and a heavy pack builds its outings.
     */
    private static double loadedDescent(WeekContext c, Windows w, int i, double fraction) {
        double all = w.packDescent(i);
        if (all <= 0) {
            return 0;
        }
        var athlete = c.plan().athlete();
        if (!Bounds.atLeast(athlete.packFraction(w.heaviestPack(i)), fraction)) {
            return 0;
        }
        if (Bounds.atLeast(athlete.packFraction(w.lightestPack(i)), fraction)) {
            return all;
        }
        double m = 0;
        for (Outing o : w.outings(i)) {
            if (o.packKg() > 0 && Bounds.atLeast(athlete.packFraction(o.packKg()), fraction)) {
                m += o.descentM();
            }
        }
        return m;
    }

    @Override
    public List<Finding> check(WeekContext c) {
        double min = c.threshold(MIN_DESCENT);
        Windows w = c.windows();
        int first = c.weekIndex();
        boolean any = false;
        for (int i = first; i < first + 7 && !any; i++) {
            // the week needs one day with a big descent with a pack before anything else is read
            any = !w.tripDay(i) && Bounds.over(w.packDescent(i), min);
        }
        if (!any) {
            return List.of();
        }
        double fraction = c.threshold(LOADED_FRACTION);
        any = false;
        for (int i = first; i < first + 7 && !any; i++) {
            any = !w.tripDay(i) && Bounds.over(loadedDescent(c, w, i, fraction), min);
        }
        if (!any) {
            return List.of();
        }
        double ratio = c.threshold(WARN_RATIO);
        int window = (int) Math.max(1, Math.round(c.threshold(WINDOW_DAYS)));
        LocalDate monday = c.weekStart();
        // the loaded descent of the window before Monday and of the week, read once
        double[] m = new double[window + 7];
        for (int i = 0; i < m.length; i++) {
            m[i] = loadedDescent(c, w, first - window + i, fraction);
        }
        LocalDate worstDay = null;
        double worst = 0;
        double worstBefore = 0;
        for (int k = 0; k < 7; k++) {
            LocalDate d = monday.plusDays(k);
            double today = m[window + k];
            if (w.tripDay(first + k) || !Bounds.over(today, min) || w.historyDays(first + k - window) < 1) {
                continue;
            }
            double before = 0;
            for (int i = k; i < window + k; i++) {
                before = Math.max(before, m[i]);
            }
            double r = before > 0 ? today / before : Double.POSITIVE_INFINITY;
            if (Bounds.over(today, before * ratio) && (worstDay == null || r > worst)) {
                worstDay = d;
                worst = r;
                worstBefore = before;
            }
        }
        if (worstDay == null) {
            return List.of();
        }
        double descent = m[window + (int) (worstDay.toEpochDay() - monday.toEpochDay())];
        double primer = Math.ceil(descent / ratio / 50) * 50;
        String how = worstBefore > 0
                ? Words.ratio(worst) + "x your biggest loaded descent of the " + window + " days before ("
                        + Words.climb(worstBefore) + ")"
                : "with no loaded descent in the " + window + " days before";
        double kg = Math.ceil(fraction * c.plan().athlete().bodyMassKg() * 10 - Bounds.ROUNDING) / 10;
        return List.of(new Finding(ID, Severity.WARN, monday, List.of(worstDay), worstBefore > 0 ? worst : 0, ratio,
                "x", Words.dayName(worstDay) + " descends " + Words.climb(descent) + " with a pack, " + how,
                "Unaccustomed downhill work causes most of the muscle damage of mountain days; an earlier, shorter"
                        + " descent is the best protection.", SOURCE,
                new Suggestion.Advice("Add a short loaded descent (about " + Words.climb(primer) + " with "
                        + Words.mass(kg) + " or more) between " + Words.longDate(worstDay.minusWeeks(3)) + " and "
                        + Words.longDate(worstDay.minusWeeks(1)))));
    }
}
