package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.duration;
import static dev.switchback.engine.rules.Words.mass;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Preparation for a trip in every dimension (domain-notes 8.3 b, issue 11 item 1), reported in the
 * week the trip starts, one WARN per unprepared dimension. A trip is a goal and never blocks; what is
 * judged is whether the weeks before prepared it:
 * <ul>
 * <li>its biggest day against the biggest single outing of the {@code windowDays} days before, in
 * hours, distance, climb and loaded descent (pack of at least 10 % of body mass), each strictly above
 * {@code longestRatio} times it (distance, climb and descent only when an outing of those days
 * records them: a plan without distances is not judged on distance);</li>
 * <li>its heaviest pack against the heaviest carried in the {@code packLookbackDays} days before plus
 * {@code packStepFraction} of body mass;</li>
 * <li>its loaded days in a row against the most done in the {@code packLookbackDays} days before plus
 * {@code daysInRowStep};</li>
 * <li>its week's load (trip included) against the biggest of the 4 weeks before, strictly above
 * {@code weekRatio} times it.</li>
 * </ul>
 * The suggestion names the build-up, with dates, in the weeks before; only when the trip is fewer than
 * {@code buildWeeks} weeks after today does it offer a lighter pack or shorter stages.
 */
public final class TripPreparation implements Rule {
    public static final String ID = "trip-preparation";
    static final Threshold LONGEST_RATIO = new Threshold(ID, "longestRatio");
    static final Threshold WINDOW_DAYS = new Threshold(ID, "windowDays");
    static final Threshold PACK_STEP_FRACTION = new Threshold(ID, "packStepFraction");
    static final Threshold PACK_LOOKBACK_DAYS = new Threshold(ID, "packLookbackDays");
    static final Threshold DAYS_IN_ROW_STEP = new Threshold(ID, "daysInRowStep");
    static final Threshold WEEK_RATIO = new Threshold(ID, "weekRatio");
    static final Threshold BUILD_WEEKS = new Threshold(ID, "buildWeeks");
    static final double LOADED_FRACTION = 0.10;
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
        return Map.of("longestRatio", 1.5, "windowDays", 30.0, "packStepFraction", 0.10, "packLookbackDays", 42.0,
                "daysInRowStep", 1.0, "weekRatio", 1.75, "buildWeeks", 4.0);
    }

    /**
     * One dimension of a day: its name and how to read it off a stage. The biggest of one outing of a day before the
     * trip is read off the day's numbers ({@link Windows}: the longest outing, the longest distance, the biggest climb
     * and {@link #loadedDescent}, in this order, at least 0).
     */
    private record Dimension(String name, ToDoubleFunction<TripStage> stage, boolean loadedOnly) {
    }

    private static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("hours", st -> st.duration().toSeconds() / 60.0, false),
            new Dimension("distance", TripStage::distanceM, false),
            new Dimension("climb", TripStage::climbM, false),
            new Dimension("loaded descent", TripStage::descentM, true));

    /**
     * The biggest descent of one outing of day {@code i} with a pack of at least {@link #LOADED_FRACTION} of
     * body mass: from the day's numbers when all its packs are on one side of the line, else its outings.
     */
    private static double loadedDescent(Windows w, int i, double body) {
        double any = w.maxPackDescent(i);
        if (any <= 0 || !loaded(w.heaviestPack(i), body)) {
            return 0;
        }
        if (loaded(w.lightestPack(i), body)) {
            return any;
        }
        double most = 0;
        for (Outing o : w.outings(i)) {
            if (loaded(o.packKg(), body)) {
                most = Math.max(most, o.descentM());
            }
        }
        return most;
    }

    private static String show(String dimension, double v) {
        return switch (dimension) {
            case "hours" -> duration(v);
            case "distance" -> Words.distance(v);
            default -> Words.climb(v);
        };
    }

    private static String verb(String dimension) {
        return switch (dimension) {
            case "hours" -> "lasts";
            case "distance" -> "covers";
            case "climb" -> "climbs";
            default -> "descends with a pack";
        };
    }

    private static String noun(String dimension) {
        return switch (dimension) {
            case "hours" -> "longest outing";
            case "distance" -> "longest outing by distance";
            case "climb" -> "biggest climb";
            default -> "biggest loaded descent";
        };
    }

    @Override
    public List<Finding> check(WeekContext c) {
        int m = c.weekIndex();
        if (!c.windows().anyTripDay(m, m + 6)) {
            return List.of(); // no trip starts this week (its first day would be a trip day)
        }
        List<Trip> trips = TripIndex.of(c).starting(c.weekStart(), c.weekStart().plusDays(6));
        if (trips.isEmpty()) {
            return List.of();
        }
        double ratio = c.threshold(LONGEST_RATIO);
        int window = (int) Math.max(1, Math.round(c.threshold(WINDOW_DAYS)));
        double body = c.plan().athlete().bodyMassKg();
        double step = c.threshold(PACK_STEP_FRACTION) * body;
        int packBack = (int) Math.max(1, Math.round(c.threshold(PACK_LOOKBACK_DAYS)));
        double rowStep = c.threshold(DAYS_IN_ROW_STEP);
        double weekRatio = c.threshold(WEEK_RATIO);
        int buildWeeks = (int) Math.max(1, Math.round(c.threshold(BUILD_WEEKS)));
        var found = new ArrayList<Finding>();
        Windows w = c.windows();
        for (Trip t : trips) {
            LocalDate s = t.start();
            int s0 = w.index(s);
            long weeksAway = ChronoUnit.DAYS.between(c.today(), s) / 7;
            boolean close = weeksAway < buildWeeks;
            if (w.historyDays(s0 - window) >= 1) {
                // the biggest of one outing of the days before, for every dimension in one pass over the days
                double[] most = new double[DIMENSIONS.size()];
                for (int k = 1; k <= window; k++) {
                    int i = s0 - k;
                    most[0] = Math.max(most[0], w.longest(i));
                    most[1] = Math.max(most[1], w.maxDistance(i));
                    most[2] = Math.max(most[2], w.maxClimb(i));
                    most[3] = Math.max(most[3], loadedDescent(w, i, body));
                }
                for (int di = 0; di < DIMENSIONS.size(); di++) {
                    Dimension dim = DIMENSIONS.get(di);
                    double biggest = 0;
                    int day = 0;
                    for (int k = 0; k < t.days(); k++) {
                        TripStage st = t.stages().get(k);
                        if (dim.loadedOnly() && !loaded(st.packKg(), body)) {
                            continue;
                        }
                        double v = dim.stage().applyAsDouble(st);
                        if (v > biggest) {
                            biggest = v;
                            day = k;
                        }
                    }
                    double before = most[di];
                    // distance, climb and descent are judged only where the weeks before record them
                    boolean noData = before <= 0 && !dim.name().equals("hours");
                    if (biggest <= 0 || noData || !Bounds.over(biggest, before * ratio)) {
                        continue;
                    }
                    double target = biggest / ratio;
                    String what = dim.name();
                    double big = biggest;
                    double had = before;
                    int stage = day;
                    found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(s.plusDays(day)),
                            before > 0 ? biggest / before : 0, ratio, "x", SOURCE, "Day " + (stage + 1) + " of ",
                            () -> "Day " + (stage + 1) + " of " + t.title() + " " + verb(what) + " " + show(what, big) + ", " + (had > 0
                                    ? Words.ratio(big / had) + "x your " + noun(what) + " of the " + window
                                            + " days before (" + show(what, had) + ")"
                                    : "with no outing in the " + window + " days before"),
                            () -> "A day much bigger than anything done recently is where overuse injuries start;"
                                    + " build that dimension up before the trip.",
                            () -> new Suggestion.Advice(close
                                    ? tooClose(t, weeksAway, "shorten day " + (stage + 1) + " towards "
                                            + show(what, Math.max(had, 0) * ratio) + " of " + what)
                                    : buildUp(c, s, what, had, target, buildWeeks,
                                            v -> show(what, v)))));
                }
            }
            double heaviest = t.heaviestPackKg();
            double carried = 0;
            int longestRow = 0;
            int row = 0;
            for (int k = packBack; k >= 1; k--) {
                double pack = w.heaviestPack(s0 - k);
                carried = Math.max(carried, pack);
                row = loaded(pack, body) ? row + 1 : 0;
                longestRow = Math.max(longestRow, row);
            }
            boolean packHistory = w.historyDays(s0 - packBack) > 0;
            if (heaviest > 0 && packHistory && Bounds.over(heaviest, carried + step)) {
                double target = Bounds.floorTenth(heaviest - step);
                double most = carried;
                found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(s), heaviest, carried + step, "kg",
                        SOURCE, t.title() + " carries a ", () -> t.title() + " carries a " + mass(heaviest) + " pack; the heaviest you carried in the "
                                + packBack / 7 + " weeks before is " + mass(most),
                        () -> "Shoulders, hips and feet adapt to a heavy pack over weeks of progressively loaded walks.",
                        () -> new Suggestion.Advice(close
                                ? tooClose(t, weeksAway, "take a lighter pack, about " + mass(most + step))
                                : buildUp(c, s, "pack", most, target, buildWeeks, Words::mass))));
            }
            int tripRow = 0;
            int r = 0;
            for (TripStage st : t.stages()) {
                r = loaded(st.packKg(), body) ? r + 1 : 0;
                tripRow = Math.max(tripRow, r);
            }
            if (tripRow > 1 && packHistory && Bounds.over(tripRow, longestRow + rowStep)) {
                int want = (int) Math.ceil(tripRow - rowStep - Bounds.EPS);
                int inRow = tripRow;
                int most = longestRow;
                // built when read, as the findings above: the same sentences as at once
                found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(s), tripRow, longestRow + rowStep,
                        "days", SOURCE, t.title() + " has ", () -> t.title() + " has " + inRow + " loaded days in a row; the most you did in"
                                + " the " + packBack / 7 + " weeks before is " + most,
                        () -> "Back-to-back loaded days add up: the second and third days start on tired legs.",
                        () -> new Suggestion.Advice(close
                                ? tooClose(t, weeksAway, "plan shorter stages for days 2 to " + inRow)
                                : "Do " + want + " loaded days in a row (a long day and a loaded outing the next"
                                        + " day) one weekend between " + Words.longDate(s.minusWeeks(buildWeeks))
                                        + " and " + Words.longDate(s.minusWeeks(2)))));
            }
            if (w.historyDays(m - 28) >= 1) {
                double week = 0;
                for (int i = m; i < m + 7; i++) {
                    week += w.load(i);
                }
                double recent = 0;
                for (int k = 1; k <= 4; k++) {
                    double load = 0;
                    for (int i = m - 7 * k; i < m - 7 * k + 7; i++) {
                        load += w.load(i);
                    }
                    recent = Math.max(recent, load);
                }
                if (recent > 0 && Bounds.over(week, recent * weekRatio)) {
                    double load = week;
                    double biggest = recent;
                    found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(s), week / recent, weekRatio, "x",
                            SOURCE, "The week of ", () -> "The week of " + t.title() + " weighs " + Words.au(load) + ", "
                                    + Words.ratio(load / biggest) + "x your biggest of the 4 weeks before ("
                                    + Words.au(biggest) + ")",
                            () -> "A trip week far above the recent weeks is the classic overreach; the days of the"
                                    + " trip need the weeks before to have been near it.",
                            () -> new Suggestion.Advice(close
                                    ? tooClose(t, weeksAway, "keep the rest of the trip's week easy or off, and"
                                            + " shorten the stages")
                                    : "Raise the weekly load towards " + Words.au(load / weekRatio) + " by "
                                            + Words.longDate(s.minusWeeks(2)) + ", about 10 % a week from "
                                            + Words.longDate(s.minusWeeks(buildWeeks)) + ", then ease off into"
                                            + " the trip")));
                }
            }
        }
        return found;
    }

    private static boolean loaded(double packKg, double body) {
        return packKg > 0 && Bounds.atLeast(packKg / body, LOADED_FRACTION);
    }

    private static String tooClose(Trip t, long weeksAway, String lighter) {
        return t.title() + " is " + (weeksAway <= 0 ? "less than a week" : weeksAway + (weeksAway == 1 ? " week"
                : " weeks")) + " away, too close to build up: " + lighter;
    }

    /**
     * Dated weekly steps from {@code from} to {@code target}: at least 10 % a week (the spike ladder's
     * first rung, domain-notes 10) and evenly spread over the Mondays from {@code max(weeks, 6)} weeks
     * before the trip (today or later) to two weeks before it, stopping at the target.
     */
    private static String buildUp(WeekContext c, LocalDate start, String what, double from, double target,
            int weeks, java.util.function.DoubleFunction<String> show) {
        var steps = new ArrayList<String>();
        double v = from;
        LocalDate last = start.minusWeeks(2);
        int n = 0;
        for (LocalDate d = start.minusWeeks(Math.max(weeks, 6)); !d.isAfter(last); d = d.plusWeeks(1)) {
            if (d.isBefore(c.today())) {
                continue;
            }
            n++;
        }
        int k = 0;
        for (LocalDate d = start.minusWeeks(Math.max(weeks, 6)); !d.isAfter(last); d = d.plusWeeks(1)) {
            if (d.isBefore(c.today())) {
                continue;
            }
            k++;
            double next = v <= 0 ? target * k / n : Math.min(target, Math.max(v * 1.1, from + (target - from) * k / n));
            v = next;
            steps.add(show.apply(next) + " by " + Words.longDate(d));
            if (next >= target - Bounds.EPS) {
                break;
            }
        }
        return "Build " + (what.equals("hours") ? "the long day" : what.equals("pack") ? "the pack" : "the "
                + what) + " up in the weeks before: " + String.join(", ", steps);
    }
}
