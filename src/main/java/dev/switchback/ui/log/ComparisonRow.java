package dev.switchback.ui.log;

import dev.switchback.model.BodyArea;
import dev.switchback.model.Feel;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.Weather;
import dev.switchback.format.UnitFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line of the journal's planned-vs-actual table, in the athlete's units; {@code planned} is "-"
 * where the plan says nothing.
 */
public record ComparisonRow(String label, String planned, String actual) {
    private static final String NONE = "-";

    public static List<ComparisonRow> of(JournalEntry e, dev.switchback.model.Athlete athlete) {
        OutingLog l = e.log();
        Optional<Session> p = e.planned();
        UnitFormat u = UnitFormat.of(athlete.units());
        var rows = new ArrayList<ComparisonRow>();
        rows.add(new ComparisonRow("Outing", p.map(Session::displayTitle).orElse("(not planned)"), l.displayTitle()));
        rows.add(row("Kind", p, s -> s.kind().label(), l.kind().label()));
        rows.add(row("Duration", p, s -> UnitFormat.durationInput(s.duration()), UnitFormat.durationInput(l.duration())));
        rows.add(row("Distance", p, s -> u.distance(s.distanceM()), u.distance(l.distanceM())));
        rows.add(row("Climb", p, s -> u.climb(s.climbM()), u.climb(l.climbM())));
        rows.add(row("Descent", p, s -> u.climb(s.descentM()), u.climb(l.descentM())));
        rows.add(row("Pack", p, s -> u.mass(s.packKg()), u.mass(l.packKg())));
        rows.add(row("Effort (RPE)", p, s -> Scales.rpe(OutingLogViewModel.plannedRpe(s, athlete))
                + (s.targetRpe().isEmpty() ? " (estimated)" : ""), Scales.rpe(l.rpe())));
        rows.add(new ComparisonRow("Compliance", NONE, e.compliance().label()));
        rows.add(new ComparisonRow("Heart rate", NONE, l.avgHeartRate().map(a -> "avg " + a).orElse("")
                + l.maxHeartRate().map(m -> (l.avgHeartRate().isPresent() ? ", " : "") + "max " + m).orElse("")));
        rows.add(new ComparisonRow("Feel before", NONE, feel(l.feelBefore())));
        rows.add(new ComparisonRow("Feel during", NONE, feel(l.feelDuring())));
        rows.add(new ComparisonRow("Feel after", NONE, feel(l.feelAfter())));
        rows.add(new ComparisonRow("Soreness", NONE, l.sorenessLevel().map(v -> v + " of 7").orElse("")
                + (l.sorenessAreas().isEmpty() ? "" : " (" + String.join(", ", l.sorenessAreas().stream().sorted()
                        .map(BodyArea::label).toList()) + ")")));
        rows.add(new ComparisonRow("Weather", NONE, String.join(", ", l.weather().stream().sorted()
                .map(Weather::label).toList())));
        rows.add(new ComparisonRow("Meals and hydration", NONE, l.mealsAndHydration()));
        rows.add(new ComparisonRow("Notes", p.map(Session::notes).orElse(NONE), l.notes()));
        rows.add(new ComparisonRow("Next day", p.map(Session::nextDayPlan).orElse(NONE), l.nextDayPlan()));
        return rows;
    }

    private static ComparisonRow row(String label, Optional<Session> p, Function<Session, String> planned,
            String actual) {
        return new ComparisonRow(label, p.map(planned).orElse(NONE), actual);
    }

    private static String feel(Optional<Feel> f) {
        return f.map(x -> Scales.feel(x.score()) + (x.words().isEmpty() ? "" : ": " + x.words())).orElse("");
    }

    static String duration(Duration d) {
        return UnitFormat.durationInput(d);
    }
}
