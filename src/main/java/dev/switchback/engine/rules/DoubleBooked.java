package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.SessionLoad;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Double-booked days (domain-notes 8.3 c): a session on a day of a trip, or a Rest card on a day that
 * also holds training. One WARN per extra booking, each with a one-click fix: a session on a trip day
 * moves to the nearest free day of its week that raises no new finding (no booking at all, no trip
 * within two days, no hard neighbour for a hard session, no streak of days without rest as long as
 * {@code rest-day.warnDays}) or, without one, is dropped; a Rest card under a trip day is dropped; a
 * training session on a Rest card's day moves to a free day, or else the Rest card is dropped (the
 * day is a training day). Moves stay in the week, so no week's load changes.
 */
public final class DoubleBooked implements Rule {
    public static final String ID = "double-booked";
    static final Source SOURCE = new Source("Domain-notes 8.3 (a trip is the day's training; a rest day is a day"
            + " off)", Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Double-booked day";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of();
    }

    @Override
    public List<Finding> check(WeekContext c) {
        var found = new ArrayList<Finding>();
        for (LocalDate d : WeekLoads.weekDays(c.weekStart())) {
            var day = c.day(d);
            List<Session> restCards = restCards(c, d);
            List<Outing> training = c.outings(d).stream().filter(o -> !o.fromTrip()).toList();
            if (day.tripDay()) {
                String trip = c.outings(d).stream().filter(Outing::fromTrip).map(Outing::title).findFirst()
                        .orElse("a trip");
                for (Outing o : training) {
                    found.add(finding(c, d, Words.name(o) + " is booked on " + Words.dayName(d) + ", a day of "
                            + trip, "The trip is that day's training; a session on top doubles the day's load"
                                    + " unnoticed.", moveOrDrop(c, o)));
                }
                for (Session r : restCards) {
                    found.add(finding(c, d, Words.dayName(d) + " keeps its Rest card under " + trip,
                            "A Rest card on a trip day reads as a day off that is not one.",
                            new Suggestion.RemoveSession(r.id(), "Drop " + Words.dayName(d) + "'s Rest card ("
                                    + trip + " is that day's outing)")));
                }
            } else if (!restCards.isEmpty() && !training.isEmpty()) {
                Session r = restCards.get(0);
                for (Outing o : training) {
                    Suggestion s = Suggestions.canChange(c, o) ? freeDay(c, o)
                            .<Suggestion>map(t -> new Suggestion.MoveSession(o.session().orElseThrow(), t,
                                    "Move " + Words.name(o) + " to " + Words.dayName(t) + " and keep "
                                            + Words.dayName(d) + " as a rest day"))
                            .orElse(null) : null;
                    if (s == null) {
                        s = new Suggestion.RemoveSession(r.id(), "Drop " + Words.dayName(d) + "'s Rest card ("
                                + Words.dayName(d) + " is a training day)");
                    }
                    found.add(finding(c, d, Words.dayName(d) + " has a Rest card and also "
                                    + Words.lowerFirst(o.title()), "A rest day that holds training is not a rest day:"
                                    + " the week may have none.", s));
                }
            }
        }
        return found;
    }

    private static Finding finding(WeekContext c, LocalDate d, String message, String why, Suggestion s) {
        return new Finding(ID, Severity.WARN, c.weekStart(), List.of(d), 1, 1, "bookings", message, why, SOURCE, s);
    }

    private static List<Session> restCards(WeekContext c, LocalDate d) {
        var list = new ArrayList<Session>();
        for (SessionLoad l : c.day(d).loads()) {
            if (l.log().isEmpty() && l.session().isPresent()) {
                c.session(l.session().get()).filter(Session::isRest).ifPresent(list::add);
            }
        }
        return list;
    }

    private static Suggestion moveOrDrop(WeekContext c, Outing o) {
        if (!Suggestions.canChange(c, o)) {
            return new Suggestion.Advice("Move " + Words.name(o) + " off the trip or drop it");
        }
        SessionId id = o.session().orElseThrow();
        Optional<LocalDate> t = freeDay(c, o);
        if (t.isPresent()) {
            return new Suggestion.MoveSession(id, t.get(), "Move " + Words.name(o) + " to " + Words.dayName(t.get()));
        }
        return new Suggestion.RemoveSession(id, "Drop " + Words.name(o) + ": the trip is that day's training");
    }

    /** The nearest day of the outing's week (later first on ties) it can move to without a new finding. */
    static Optional<LocalDate> freeDay(WeekContext c, Outing o) {
        LocalDate origin = o.date();
        LocalDate monday = origin.minusDays(origin.getDayOfWeek().getValue() - 1L);
        int warnDays = (int) Math.max(2, Math.round(c.threshold(RestDay.WARN_DAYS)));
        boolean originRestAfter = !c.day(origin).tripDay()
                && c.outings(origin).stream().allMatch(x -> x == o);
        for (int shift = 1; shift <= 6; shift++) {
            for (int sign : new int[] {1, -1}) {
                LocalDate t = origin.plusDays((long) sign * shift);
                if (t.isBefore(monday) || t.isAfter(monday.plusDays(6)) || t.isBefore(c.today())
                        || c.historyDays(t) < 1 || !c.day(t).loads().isEmpty()
                        || c.windows().anyTripDay(t.minusDays(2), t.plusDays(2))) {
                    continue;
                }
                if (o.hard() && (hardNeighbour(c, t.minusDays(1), origin) || hardNeighbour(c, t.plusDays(1), origin))) {
                    continue;
                }
                int run = 1;
                for (LocalDate x = t.minusDays(1); run < warnDays && busy(c, x, origin, originRestAfter);
                        x = x.minusDays(1)) {
                    run++;
                }
                for (LocalDate x = t.plusDays(1); run < warnDays && busy(c, x, origin, originRestAfter);
                        x = x.plusDays(1)) {
                    run++;
                }
                if (run < warnDays) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hardNeighbour(WeekContext c, LocalDate d, LocalDate origin) {
        return !d.equals(origin) && (c.day(d).hard() || c.day(d).tripDay());
    }

    private static boolean busy(WeekContext c, LocalDate d, LocalDate origin, boolean originRestAfter) {
        if (c.historyDays(d) < 1) {
            return false;
        }
        return d.equals(origin) ? !originRestAfter : !c.day(d).rest();
    }
}
