package dev.switchback.engine.rules;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Tolerance;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Shared arithmetic and wording of the rules: boundaries, day names, durations, masses, suggestions. */
public final class RuleSupport {
    /** Tolerance for comparing measured values with thresholds, so 13.6 / 68 counts as exactly 20 %. */
    public static final double EPS = Tolerance.EPS;

    private RuleSupport() {
    }

    /** Strictly above the threshold. */
    public static boolean over(double value, double threshold) {
        return value > threshold + EPS;
    }

    /** Strictly below the threshold. */
    public static boolean under(double value, double threshold) {
        return value < threshold - EPS;
    }

    /** At or above the threshold. */
    public static boolean atLeast(double value, double threshold) {
        return value >= threshold - EPS;
    }

    public static String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Monday 2 November". */
    public static String longDate(LocalDate d) {
        return dayName(d) + " " + d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Tuesday", "Tuesday and Wednesday", "Tuesday, Wednesday and Thursday". */
    public static String dayList(List<LocalDate> dates) {
        var names = dates.stream().map(RuleSupport::dayName).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "45 min", "2 h", "1 h 39 min". */
    public static String duration(double minutes) {
        long m = Math.round(minutes);
        if (m < 60) {
            return m + " min";
        }
        return m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
    }

    public static String kg(double kg) {
        return String.format(Locale.ROOT, "%.1f kg", kg);
    }

    public static String au(double au) {
        return String.format(Locale.ROOT, "%,.0f AU", au);
    }

    public static String pct(double pct) {
        return String.format(Locale.ROOT, "%.0f %%", pct);
    }

    public static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    /** "8" or "7.5". */
    public static String num(double v) {
        return Math.abs(v - Math.rint(v)) < Tolerance.EPS ? Long.toString(Math.round(v)) : one(v);
    }

    public static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Rounds a mass down to 0.1 kg, so a cap never lands above its threshold. */
    public static double floorTenth(double kg) {
        return Math.floor(kg * 10 + 1e-6) / 10;
    }

    public static List<LocalDate> weekDays(LocalDate monday) {
        var list = new ArrayList<LocalDate>(7);
        for (int k = 0; k < 7; k++) {
            list.add(monday.plusDays(k));
        }
        return list;
    }

    /** Load of a week without its trip days: trips are goals and are judged on their own. */
    public static double trainingLoad(WeekContext c, LocalDate monday) {
        double s = 0;
        for (int k = 0; k < 7; k++) {
            DayLoad d = c.day(monday.plusDays(k));
            if (!d.tripDay()) {
                s += d.loadAu();
            }
        }
        return s;
    }

    public static boolean hasTripDay(WeekContext c, LocalDate from, LocalDate to) {
        return c.windows().anyTripDay(from, to);
    }

    /** Days of the week that carry load (not trip days). */
    public static List<LocalDate> loadDays(WeekContext c, LocalDate monday) {
        return weekDays(monday).stream().filter(d -> !c.day(d).rest() && !c.day(d).tripDay()).toList();
    }

    /** A planned session, not logged, today or later: a mechanical suggestion may change it. */
    public static boolean canChange(WeekContext c, Outing o) {
        return o.movable() && o.session().isPresent() && !o.date().isBefore(c.today());
    }

    /** "Saturday's long pack hike". */
    public static String name(Outing o) {
        return dayName(o.date()) + "'s " + lowerFirst(o.title());
    }

    /** "morning carry and evening carry": the outings' titles for a sentence, in their order. */
    static String titles(List<Outing> outings) {
        return String.join(" and ", outings.stream().map(o -> lowerFirst(o.title())).toList());
    }

    static String lowerFirst(String s) {
        if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** The changeable outings of the given days, biggest load first (ties by date). */
    public static List<Outing> changeable(WeekContext c, List<LocalDate> days) {
        var list = new ArrayList<Outing>();
        for (LocalDate d : days) {
            if (c.day(d).tripDay()) {
                continue;
            }
            for (Outing o : c.outings(d)) {
                if (canChange(c, o)) {
                    list.add(o);
                }
            }
        }
        list.sort(Comparator.comparingDouble(Outing::au).reversed().thenComparing(Outing::date));
        return list;
    }

    /**
     * A suggestion that takes at least {@code cutAu} off one of the outings: shorten the biggest
     * (by minutes, rounded down) or, when shortening would leave less than 15 minutes, make it a
     * rest day; Advice when no single changeable outing can carry the cut.
     */
    public static Suggestion cut(WeekContext c, List<LocalDate> days, double cutAu, String advice) {
        List<Outing> outings = changeable(c, days);
        for (Outing o : outings) {
            if (o.au() <= cutAu + EPS) {
                break;
            }
            double keep = Math.floor(o.minutes() * (o.au() - cutAu) / o.au() - 1e-6);
            if (keep >= 15) {
                return new Suggestion.Shorten(o.session().orElseThrow(), Duration.ofMinutes((long) keep),
                        "Shorten " + name(o) + " from " + duration(o.minutes()) + " to " + duration(keep));
            }
            return new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace " + name(o)
                    + " with a rest day");
        }
        Optional<Outing> exact = outings.stream().filter(o -> o.au() >= cutAu - EPS).findFirst();
        if (exact.isPresent()) {
            Outing o = exact.get();
            return new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace " + name(o)
                    + " with a rest day");
        }
        return new Suggestion.Advice(advice);
    }

    /**
     * The nearest day to move a hard outing to, later days first on ties: within {@code from .. to},
     * today or later, not a trip day, not hard, with no hard neighbour once the outing has left its
     * own day, and not a rest day unless another rest day lies within 3 days of it.
     */
    public static Optional<LocalDate> easierDay(WeekContext c, Outing o, LocalDate from, LocalDate to) {
        LocalDate origin = o.date();
        boolean originStillHard = c.outings(origin).stream().anyMatch(x -> x != o && x.hard());
        for (int shift = 1; shift <= 14; shift++) {
            for (int sign : new int[] {1, -1}) {
                LocalDate t = origin.plusDays((long) sign * shift);
                if (t.isBefore(from) || t.isAfter(to) || t.isBefore(c.today()) || c.historyDays(t) < 1) {
                    continue;
                }
                var day = c.day(t);
                if (day.tripDay() || day.hard() || day.rest() && !anotherRestNear(c, t, origin)) {
                    continue;
                }
                if (hardAfterMove(c, t.minusDays(1), origin, originStillHard)
                        || hardAfterMove(c, t.plusDays(1), origin, originStillHard)) {
                    continue;
                }
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean anotherRestNear(WeekContext c, LocalDate t, LocalDate origin) {
        for (int k = -3; k <= 3; k++) {
            LocalDate d = t.plusDays(k);
            if (k != 0 && !d.equals(origin) && c.day(d).rest() && !c.day(d).tripDay()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hardAfterMove(WeekContext c, LocalDate d, LocalDate origin, boolean originStillHard) {
        return d.equals(origin) ? originStillHard : c.day(d).hard() || c.day(d).tripDay();
    }

    /** Makes a hard outing easy without moving it: lower the effort, or shorten a long loaded outing below 3 h. */
    public static Suggestion ease(WeekContext c, Outing o) {
        boolean loadedLong = c.plan().athlete().packFraction(o.packKg()) >= dev.switchback.engine.HardDay.LOADED_FRACTION
                - EPS && o.minutes() >= dev.switchback.engine.HardDay.LOADED_MINUTES - EPS;
        boolean intense = o.load().rpeUsed() >= dev.switchback.engine.HardDay.HARD_RPE - EPS;
        if (!canChange(c, o) || loadedLong && intense) {
            return new Suggestion.Advice("Make " + name(o) + " an easy day");
        }
        if (loadedLong) {
            return new Suggestion.Shorten(o.session().orElseThrow(), Duration.ofMinutes(179),
                    "Shorten " + name(o) + " to 2 h 59 min so it is no longer a hard day");
        }
        return new Suggestion.LowerEffort(o.session().orElseThrow(), 5, "Make " + name(o) + " steady: RPE 5 instead of "
                + num(o.load().rpeUsed()));
    }

    /** Move a hard outing to an easier day in {@code from .. to}, else make it easy where it is. */
    public static Suggestion moveOrEase(WeekContext c, Outing o, LocalDate from, LocalDate to) {
        if (canChange(c, o)) {
            Optional<LocalDate> t = easierDay(c, o, from, to);
            if (t.isPresent()) {
                return new Suggestion.MoveSession(o.session().orElseThrow(), t.get(), "Move " + name(o) + " to "
                        + (t.get().isAfter(o.date().plusDays(6)) || t.get().isBefore(o.date().minusDays(6))
                                ? longDate(t.get()) : dayName(t.get())));
            }
        }
        return ease(c, o);
    }
}
