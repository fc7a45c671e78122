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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Double-booked days (domain-notes 8.3 c): a session on a day of a trip, or a Rest card on a day that
 * also holds training. One WARN per extra booking, each with a one-click fix that changes no other
 * day: a session on a trip day is dropped (the trip is that day's training), a Rest card under a trip
 * day or on a day with training is dropped (the day is a training day; the text offers to move the
 * training instead). Moving a session to a free day was tried and left out: a long hike moved from a
 * trip's Saturday to the Monday before took Tuesday's form below its floor (JudgementPropertiesTest),
 * so a move is the user's choice, not a one-click fix.
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
            int extra = training.size() + restCards.size();
            if (day.tripDay()) {
                String trip = c.outings(d).stream().filter(Outing::fromTrip).map(Outing::title).findFirst()
                        .orElse("a trip");
                for (Outing o : training) {
                    found.add(finding(c, d, extra, Words.name(o) + " is booked on " + Words.dayName(d) + ", a day of "
                            + trip, "The trip is that day's training; a session on top doubles the day's load"
                                    + " unnoticed.", moveOrDrop(c, o)));
                }
                for (Session r : restCards) {
                    found.add(finding(c, d, extra, Words.dayName(d) + " keeps its Rest card under " + trip,
                            "A Rest card on a trip day reads as a day off that is not one.",
                            new Suggestion.RemoveSession(r.id(), "Drop " + Words.dayName(d) + "'s Rest card ("
                                    + trip + " is that day's outing)")));
                }
            } else if (!restCards.isEmpty() && !training.isEmpty()) {
                Session r = restCards.get(0);
                for (Outing o : training) {
                    Suggestion s = new Suggestion.RemoveSession(r.id(), "Drop " + Words.dayName(d)
                            + "'s Rest card (" + Words.dayName(d) + " is a training day), or move "
                            + Words.lowerFirst(o.title()) + " to a free day");
                    found.add(finding(c, d, training.size(), Words.dayName(d) + " has a Rest card and also "
                                    + Words.lowerFirst(o.title()), "A rest day that holds training is not a rest day:"
                                    + " the week may have none.", s));
                }
            }
        }
        return found;
    }

    /** {@code bookings}: how many extra bookings the day holds, so fixing one of two leaves a smaller number. */
    private static Finding finding(WeekContext c, LocalDate d, int bookings, String message, String why,
            Suggestion s) {
        return new Finding(ID, Severity.WARN, c.weekStart(), List.of(d), bookings, 0, "bookings", message, why,
                SOURCE, s);
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
        return new Suggestion.RemoveSession(o.session().orElseThrow(), "Drop " + Words.name(o)
                + ": the trip is that day's training");
    }

}
