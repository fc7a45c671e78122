package dev.switchback.ui.fake;

import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

/** Plans for UI tests and the preview: a steady runner who also hikes with a growing pack. */
public final class FakePlans {
    private FakePlans() {
    }

    public static Athlete athlete() {
        return Athlete.of("Alex Ridge", 70);
    }

    public static Plan empty() {
        return Plan.empty("Test plan", athlete());
    }

    /** Weeks of training from {@code weeksBefore} weeks before {@code monday} to {@code weeksAfter} after it. */
    public static Plan steady(LocalDate monday, int weeksBefore, int weeksAfter) {
        var sessions = new ArrayList<Session>();
        for (int w = -weeksBefore; w <= weeksAfter; w++) {
            LocalDate m = monday.plusWeeks(w);
            boolean recovery = Math.floorMod(w, 4) == 3;
            double scale = recovery ? 0.7 : 1.0 + 0.03 * (w + weeksBefore) / 4.0;
            double pack = Math.min(13, 5 + 0.4 * (w + weeksBefore));
            sessions.add(session(m.plusDays(1), SessionKind.TRAIL_RUN, "Easy trail run", 55 * scale, 9_000 * scale,
                    250, 0, 4));
            sessions.add(session(m.plusDays(3), SessionKind.TRAIL_RUN, "Hill repeats", 50, 8_000, 450, 0, 7));
            sessions.add(session(m.plusDays(5), SessionKind.HIKE, "Long hike", 200 * scale, 15_000 * scale,
                    900 * scale, recovery ? 4 : pack, 4));
            sessions.add(session(m.plusDays(6), SessionKind.TRAIL_RUN, "Long run", 85 * scale, 14_000 * scale, 500,
                    0, 4));
        }
        return empty().withSessions(sessions);
    }

    public static Session session(LocalDate date, SessionKind kind, String title, double minutes, double metres,
            double climb, double packKg, double rpe) {
        return Session.of(date, kind, title, Duration.ofMinutes(Math.round(minutes)))
                .withDistanceM(Math.round(metres))
                .withClimbM(Math.round(climb))
                .withPackKg(packKg)
                .withTargetRpe(Optional.of(rpe));
    }
}
