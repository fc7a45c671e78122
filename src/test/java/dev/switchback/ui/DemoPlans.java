package dev.switchback.ui;

import dev.switchback.model.Athlete;
import dev.switchback.model.GoalEvent;
import dev.switchback.model.Phase;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans for UI tests and screenshots, laid out around a given Monday. */
public final class DemoPlans {
    /** A Monday; tests pin "today" to the Wednesday after it. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final LocalDate TODAY = MONDAY.plusDays(2);

    private DemoPlans() {
    }

    public static Session session(String id, LocalDate date, SessionKind kind, String title, int minutes,
            double km, double climb, double pack, Double rpe) {
        return Session.of(date, kind, title, Duration.ofMinutes(minutes)).withId(new SessionId(id))
                .withDistanceM(km * 1000).withClimbM(climb).withDescentM(climb).withPackKg(pack)
                .withTargetRpe(Optional.ofNullable(rpe));
    }

    /** One week of training from {@code monday}, a three-day trip two weeks later and a season around it. */
    public static Plan week(LocalDate monday) {
        LocalDate m = Weeks.monday(monday);
        List<Session> s = new ArrayList<>();
        s.add(Session.rest(m).withId(new SessionId("rest-mon")));
        s.add(session("tue-run", m.plusDays(1), SessionKind.TRAIL_RUN, "Easy trail run", 60, 10, 250, 0, 4.0));
        s.add(session("wed-strength", m.plusDays(2), SessionKind.STRENGTH_MOBILITY, "Legs and core", 40, 0, 0, 0,
                5.0));
        s.add(session("thu-pack", m.plusDays(3), SessionKind.RUN_WITH_PACK, "Hill repeats with pack", 80, 12, 650,
                8, 7.0));
        s.add(session("sat-hike", m.plusDays(5), SessionKind.HIKE, "Ridge hike", 300, 20, 1200, 12, 5.0));
        s.add(session("sun-long", m.plusDays(6), SessionKind.TRAIL_RUN, "Long run", 150, 24, 1100, 0, 6.0));
        Trip trip = new Trip(new TripId("sarek"), "Sarek traverse", m.plusWeeks(2).plusDays(4), List.of(
                TripStage.of(Duration.ofHours(7), 22_000, 1100, 16),
                TripStage.of(Duration.ofHours(8), 25_000, 1300, 15),
                TripStage.of(Duration.ofHours(6), 19_000, 900, 14)), dev.switchback.model.Terrain.OFF_TRAIL, true, "");
        return new Plan("Autumn to Sarek", new Athlete("Alex", 72, Optional.of(188), Optional.of(48),
                dev.switchback.model.Sex.UNSPECIFIED, dev.switchback.model.Units.METRIC,
                dev.switchback.model.Experience.EXPERIENCED), s, List.of(trip), List.of(), List.of(),
                List.of(new Phase(PhaseKind.BASE, m.minusWeeks(6), m.minusDays(1)),
                        new Phase(PhaseKind.BUILD, m, m.plusWeeks(1).plusDays(6)),
                        new Phase(PhaseKind.TAPER, m.plusWeeks(2), m.plusWeeks(2).plusDays(3))),
                List.of(new GoalEvent("Sarek traverse", trip.start(), Optional.of(trip.id()))),
                dev.switchback.model.RuleSettings.defaults());
    }
}
