package dev.switchback.engine;

import dev.switchback.model.GoalEvent;
import dev.switchback.model.Plan;
import dev.switchback.model.Trip;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;

/**
 * The goal a week builds towards: the first goal event on or after the week's Monday, or a trip
 * marked as goal that no goal event names. The week view's season band and the printed sheet both
 * take it from here, so they always name the same goal and count the same weeks.
 *
 * @param weeksAway whole ISO weeks from the week's Monday to the goal's week: 0 is this week
 */
public record NextGoal(String title, LocalDate date, long weeksAway) {

    public static Optional<NextGoal> of(Plan plan, LocalDate anyDayOfWeek) {
        LocalDate monday = Weeks.monday(anyDayOfWeek);
        record Candidate(String title, LocalDate date) {
        }
        var candidates = new ArrayList<Candidate>();
        for (GoalEvent g : plan.goals()) {
            candidates.add(new Candidate(g.title(), g.date()));
        }
        for (Trip t : plan.trips()) {
            if (t.goal() && plan.goals().stream().noneMatch(g -> g.trip().equals(Optional.of(t.id())))) {
                candidates.add(new Candidate(t.title(), t.start()));
            }
        }
        return candidates.stream()
                .filter(c -> !c.date().isBefore(monday))
                .min(Comparator.comparing(Candidate::date).thenComparing(Candidate::title))
                .map(c -> new NextGoal(c.title(), c.date(),
                        ChronoUnit.DAYS.between(monday, Weeks.monday(c.date())) / 7));
    }

    /** "this week", "in 1 week", "in 5 weeks". */
    public String when() {
        return weeksAway == 0 ? "this week" : weeksAway == 1 ? "in 1 week" : "in " + weeksAway + " weeks";
    }

    /** "Haute Route this week", "1 week to Haute Route", "5 weeks to Haute Route". */
    public String countdown() {
        return weeksAway == 0 ? title + " this week" : weeksAway + (weeksAway == 1 ? " week to " : " weeks to ") + title;
    }
}
