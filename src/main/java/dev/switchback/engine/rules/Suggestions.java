package dev.switchback.engine.rules;

import dev.switchback.engine.HardDay;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Suggestion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The mechanical suggestions the rules share: which outings may change, cut a week's load, move a
 * hard outing to an easier day or make it easy.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** A planned session, not logged, today or later: a mechanical suggestion may change it. */
    public static boolean canChange(WeekContext c, Outing o) {
        return o.movable() && o.session().isPresent() && !o.date().isBefore(c.today());
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
            if (o.au() <= cutAu + Bounds.EPS) {
                break;
            }
            double keep = Math.floor(o.minutes() * (o.au() - cutAu) / o.au() - Bounds.ROUNDING);
            if (keep >= 15) {
                return new Suggestion.Shorten(o.session().orElseThrow(), Duration.ofMinutes((long) keep),
                        "Shorten " + Words.name(o) + " from " + Words.duration(o.minutes()) + " to "
                                + Words.duration(keep));
            }
            return new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace " + Words.name(o)
                    + " with a rest day");
        }
        Optional<Outing> exact = outings.stream().filter(o -> o.au() >= cutAu - Bounds.EPS).findFirst();
        if (exact.isPresent()) {
            Outing o = exact.get();
            return new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace " + Words.name(o)
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
        boolean loadedLong = c.plan().athlete().packFraction(o.packKg()) >= HardDay.LOADED_FRACTION - Bounds.EPS
                && o.minutes() >= HardDay.LOADED_MINUTES - Bounds.EPS;
        boolean intense = o.load().rpeUsed() >= HardDay.HARD_RPE - Bounds.EPS;
        if (!canChange(c, o) || loadedLong && intense) {
            return new Suggestion.Advice("Make " + Words.name(o) + " an easy day");
        }
        if (loadedLong) {
            return new Suggestion.Shorten(o.session().orElseThrow(), Duration.ofMinutes(179),
                    "Shorten " + Words.name(o) + " to 2 h 59 min so it is no longer a hard day");
        }
        return new Suggestion.LowerEffort(o.session().orElseThrow(), 5, "Make " + Words.name(o)
                + " steady: RPE 5 instead of " + Words.num(o.load().rpeUsed()));
    }

    /** Move a hard outing to an easier day in {@code from .. to}, else make it easy where it is. */
    public static Suggestion moveOrEase(WeekContext c, Outing o, LocalDate from, LocalDate to) {
        if (canChange(c, o)) {
            Optional<LocalDate> t = easierDay(c, o, from, to);
            if (t.isPresent()) {
                return new Suggestion.MoveSession(o.session().orElseThrow(), t.get(), "Move " + Words.name(o) + " to "
                        + (t.get().isAfter(o.date().plusDays(6)) || t.get().isBefore(o.date().minusDays(6))
                                ? Words.longDate(t.get()) : Words.dayName(t.get())));
            }
        }
        return ease(c, o);
    }
}
