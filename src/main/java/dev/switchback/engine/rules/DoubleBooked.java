package dev.switchback.engine.rules;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.Evidence;
import dev.switchback.engine.Windows;
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
import java.util.Optional;
import java.util.function.Supplier;

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
        Windows w = c.windows();
        int m = c.weekIndex();
        List<Finding> found = null;
        for (int i = m; i < m + 7; i++) {
            boolean tripDay = w.tripDay(i);
            // read off the day's numbers, so a day with nothing double-booked builds no outing: a trip day
            // needs training or a Rest card on it, any other day a Rest card and training
            if (tripDay ? w.training(i) == 0 && !w.restCard(i) : w.training(i) == 0 || !w.restCard(i)) {
                continue;
            }
            List<Session> restCards = restCards(c, w.day(i));
            LocalDate d = w.date(i);
            List<Outing> training = new ArrayList<>();
            for (Outing o : w.outings(i)) {
                if (!o.fromTrip()) {
                    training.add(o);
                }
            }
            int extra = training.size() + restCards.size();
            if (found == null && (tripDay ? extra > 0 : !training.isEmpty())) {
                found = new ArrayList<>();
            }
            if (tripDay) {
                String trip = w.outings(i).stream().filter(Outing::fromTrip).map(Outing::title).findFirst()
                        .orElse("a trip");
                for (Outing o : training) {
                    found.add(finding(c, d, extra, () -> Words.name(o) + " is booked on " + Words.dayName(d)
                            + ", a day of " + trip, TRIP_WHY, () -> moveOrDrop(c, o)));
                }
                for (Session r : restCards) {
                    found.add(finding(c, d, extra, () -> Words.dayName(d) + " keeps its Rest card under " + trip,
                            REST_UNDER_TRIP_WHY, () -> new Suggestion.RemoveSession(r.id(), "Drop "
                                    + Words.dayName(d) + "'s Rest card (" + trip + " is that day's outing)")));
                }
            } else if (!training.isEmpty()) {
                Session r = restCards.get(0);
                for (Outing o : training) {
                    found.add(finding(c, d, training.size(), () -> Words.dayName(d) + " has a Rest card and also "
                                    + Words.lowerFirst(o.title()), REST_WITH_TRAINING_WHY,
                            () -> new Suggestion.RemoveSession(r.id(), "Drop " + Words.dayName(d)
                                    + "'s Rest card (" + Words.dayName(d) + " is a training day), or move "
                                    + Words.lowerFirst(o.title()) + " to a free day")));
                }
            }
        }
        return found == null ? List.of() : found;
    }

    private static final String TRIP_WHY = "The trip is that day's training; a session on top doubles the day's load"
            + " unnoticed.";
    private static final String REST_UNDER_TRIP_WHY = "A Rest card on a trip day reads as a day off that is not one.";
    private static final String REST_WITH_TRAINING_WHY = "A rest day that holds training is not a rest day: the week"
            + " may have none.";

    /** {@code bookings}: how many extra bookings the day holds, so fixing one of two leaves a smaller number. */
    private static Finding finding(WeekContext c, LocalDate d, int bookings, Supplier<String> message, String why,
            Supplier<Suggestion> s) {
        return Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(d), bookings, 0, "bookings", SOURCE, message,
                () -> why, s);
    }

    /** The day's Rest cards: planned sessions without time or log (the only loads a Rest card can make) that are rest. */
    private static List<Session> restCards(WeekContext c, DayLoad day) {
        List<Session> list = List.of();
        for (SessionLoad l : day.loads()) {
            if (l.minutes() <= 0 && l.log().isEmpty() && l.session().isPresent()) {
                Optional<Session> s = c.session(l.session().get()).filter(Session::isRest);
                if (s.isPresent()) {
                    if (list.isEmpty()) {
                        list = new ArrayList<>(1);
                    }
                    list.add(s.get());
                }
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
