package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.HardDay;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import dev.switchback.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Easier days around a multi-day trip (domain-notes 8.3): no hard day in the {@code daysBefore}
 * days before it, and a rest or easy day (every outing at most RPE {@code easyRpe}, not hard) right
 * after it. Each finding is reported in the week of the day it names.
 */
public final class TripBuffer implements Rule {
    public static final String ID = "trip-buffer";
    static final Threshold DAYS_BEFORE = new Threshold(ID, "daysBefore");
    static final Threshold EASY_RPE = new Threshold(ID, "easyRpe");
    static final Threshold MIN_TRIP_DAYS = new Threshold(ID, "minTripDays");
    static final Source SOURCE = new Source("Domain-notes 8.3 (a trip is a goal); hard/easy principle (Bowerman)",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Easier days around a trip";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("daysBefore", 2.0, "easyRpe", HardDay.EASY_RPE, "minTripDays", 2.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        int before = (int) Math.max(0, Math.round(c.threshold(DAYS_BEFORE)));
        var w = c.windows();
        int m = c.weekIndex();
        // a trip that starts on days m+1 .. m+6+before or ends on m-1 .. m+5 has a trip day there
        if (!w.anyTripDay(m + 1, m + 6 + before) && !w.anyTripDay(m - 1, m + 5)) {
            return List.of();
        }
        double easy = c.threshold(EASY_RPE);
        int minDays = (int) Math.max(1, Math.round(c.threshold(MIN_TRIP_DAYS)));
        LocalDate monday = c.weekStart();
        LocalDate sunday = monday.plusDays(6);
        var found = new ArrayList<Finding>();
        // a trip matters to this week when a day before its start or the day after its end falls in it
        for (Trip t : TripIndex.of(c).startingOrEnding(monday.plusDays(1), sunday.plusDays(before), monday.minusDays(1),
                sunday.minusDays(1))) {
            if (t.days() < minDays) {
                continue;
            }
            var hardDays = new ArrayList<LocalDate>();
            for (int k = before; k >= 1; k--) {
                LocalDate d = t.start().minusDays(k);
                if (!d.isBefore(monday) && !d.isAfter(sunday) && w.hard(w.index(d))) {
                    hardDays.add(d);
                }
            }
            if (!hardDays.isEmpty()) {
                LocalDate d = hardDays.get(0);
                // the suggestion (a search for a day to move to) is made when it is read
                found.add(Finding.lazy(ID, Severity.WARN, monday, hardDays, hardDays.size(), 0, "hard days", SOURCE,
                        () -> Words.dayList(hardDays) + (hardDays.size() == 1 ? " is a hard day" : " are hard days")
                                + " within " + before + " days before " + t.title(),
                        () -> "You want to start a multi-day trip fresh; hard work in the last days before it is"
                                + " carried up every climb.",
                        () -> beforeFix(c, t, d, before)));
            }
            LocalDate after = t.end().plusDays(1);
            int a = w.index(after);
            if (after.isBefore(monday) || after.isAfter(sunday) || w.tripDay(a) || w.rest(a)) {
                continue;
            }
            List<Outing> heavy = c.outings(after).stream()
                    .filter(o -> o.hard() || Bounds.over(o.load().rpeUsed(), easy)).toList();
            if (heavy.isEmpty()) {
                continue;
            }
            Outing o = heavy.stream().max(java.util.Comparator.comparingDouble(x -> x.load().rpeUsed())).orElseThrow();
            double rpe = o.load().rpeUsed();
            // replacing one of two outings that are not easy would leave the day as it was: then only advice helps
            Suggestion s = heavy.size() > 1
                    ? new Suggestion.Advice("Make " + Words.dayName(after) + " a rest or easy day after "
                            + t.title() + ": " + Words.titles(heavy) + " are not easy")
                    : Suggestions.canChange(c, o)
                    ? new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Make " + Words.dayName(after)
                            + " a rest day after " + t.title() + " (instead of " + Words.lowerFirst(o.title()) + ")")
                    : new Suggestion.Advice("Plan a rest or easy day after the trip");
            found.add(new Finding(ID, Severity.WARN, monday, List.of(after), rpe, easy, "RPE",
                    Words.dayName(after) + ", the day after " + t.title() + ", is not easy: "
                            + Words.lowerFirst(o.title()) + " at RPE " + Words.one(rpe),
                    "Several long days in a row leave fatigue that a rest or easy day clears before training resumes.",
                    SOURCE, s));
        }
        return found;
    }

    /** Move or ease the hard outing of the first hard day before the trip; advice when the day has several. */
    private static Suggestion beforeFix(WeekContext c, Trip t, LocalDate d, int before) {
        List<Outing> hardOutings = c.outings(d).stream().filter(Outing::hard).toList();
        // moving one of two hard outings would leave the day hard: then only advice helps
        return hardOutings.size() == 1
                ? Suggestions.moveOrEase(c, hardOutings.get(0), t.start().minusDays(before + 7L),
                        t.start().minusDays(before + 1L))
                : new Suggestion.Advice("Make " + Words.dayName(d) + " easy: it has " + hardOutings.size()
                        + " hard sessions; move them away from the days before " + t.title());
    }
}
