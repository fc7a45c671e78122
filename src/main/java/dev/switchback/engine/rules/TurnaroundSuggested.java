package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.HardDay;
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
 * A gentle reminder (INFO, issue 17): a long loaded day (at least {@code minHours} with a pack of at least
 * {@code loadedShare} of body mass) or a trip stage, from today on, without a turnaround. One finding per
 * session, one per trip and week listing its stages.
 */
public final class TurnaroundSuggested implements Rule {
    public static final String ID = "turnaround";
    static final Threshold MIN_HOURS = new Threshold(ID, "minHours");
    static final Threshold LOADED_SHARE = new Threshold(ID, "loadedShare");
    static final Source SOURCE = new Source("Mountain practice: a turnaround decided before the start, and a mental"
            + " map of safe turnaround points and bailout options", Evidence.CONVENTION);
    static final String WHY = "Late, tired or in bad weather, a turnaround decided at home is far easier to keep than"
            + " one decided on the mountain; knowing the bailouts makes turning back a plan, not a failure.";

    private static final java.util.Comparator<Finding> FIRST_DATE = (a, b) -> a.dates().get(0).compareTo(b.dates()
            .get(0));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Turnaround on long days";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("minHours", 2.0, "loadedShare", HardDay.LOADED_FRACTION);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        if (!DaysOut.reachesToday(c)) {
            return List.of(); // a week already lived (most of a long plan): no threshold read
        }
        double minMinutes = c.threshold(MIN_HOURS) * 60;
        double loadedKg = c.threshold(LOADED_SHARE) * c.plan().athlete().bodyMassKg();
        // only the days a finding is made of are built: without a turnaround, a stage or long and loaded
        List<DaysOut.DayOut> ahead = DaysOut.ahead(c, (trail, stage, minutes, packKg) -> trail.turnaround().isEmpty()
                && (stage || longAndLoaded(minutes, packKg, minMinutes, loadedKg)));
        if (ahead.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Finding>();
        // the stages without a turnaround, by trip in the order met: a trip is found by identity (a plan's trips are
        // distinct, ids unique), not by a map whose key hashes every stage of the trip record
        List<Trip> trips = null;
        List<List<LocalDate>> stages = null;
        for (DaysOut.DayOut d : ahead) {
            if (d.trail().turnaround().isPresent()) {
                continue;
            }
            if (d.isStage()) {
                Trip t = d.trip().get();
                if (trips == null) {
                    trips = new ArrayList<>(1);
                    stages = new ArrayList<>(1);
                }
                int k = -1;
                for (int j = 0; j < trips.size() && k < 0; j++) {
                    if (trips.get(j) == t) {
                        k = j;
                    }
                }
                if (k < 0) {
                    trips.add(t);
                    stages.add(new ArrayList<>());
                    k = trips.size() - 1;
                }
                stages.get(k).add(d.date());
            } else if (longAndLoaded(d.minutes(), d.packKg(), minMinutes, loadedKg)) {
                // built when read (most of a long plan's findings never are): the same sentences as at once
                found.add(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(d.date()), d.minutes() / 60,
                        minMinutes / 60, "h", SOURCE, () -> Words.dayName(d.date()) + "'s "
                                + Words.lowerFirst(d.title()) + " (" + Words.duration(d.minutes()) + " with "
                                + Words.mass(d.packKg()) + ") has no turnaround",
                        () -> WHY, () -> new Suggestion.Advice("Set a turnaround for " + Words.dayName(d.date())
                                + " (a time such as \"by 13:30\", an elapsed time or a distance) and note the"
                                + " bailout options")));
            }
        }
        for (int j = 0; trips != null && j < trips.size(); j++) {
            Trip trip = trips.get(j);
            List<LocalDate> days = stages.get(j);
            found.add(Finding.lazy(ID, Severity.INFO, c.weekStart(), days, days.size(), 0, "stages", SOURCE,
                    () -> (days.size() == 1 ? "A stage" : days.size() + " stages") + " of " + trip.title() + " ("
                            + Words.dayList(days) + ") " + (days.size() == 1 ? "has" : "have") + " no turnaround",
                    () -> WHY, () -> new Suggestion.Advice("Give each stage of " + trip.title() + " a turnaround"
                            + " (time, elapsed time or distance) and its bailouts in the trip editor")));
        }
        if (found.size() > 1) {
            found.sort(FIRST_DATE);
        }
        return found;
    }

    private static boolean longAndLoaded(double minutes, double packKg, double minMinutes, double loadedKg) {
        return Bounds.atLeast(minutes, minMinutes) && Bounds.atLeast(packKg, loadedKg) && packKg > 0;
    }
}
