package dev.switchback.engine;

import dev.switchback.model.Athlete;
import dev.switchback.model.Intention;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small builders for test plans: sessions with a fixed RPE so loads are exact. */
public final class Plans {
    /** A Monday. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    /** Long before every test date, so every day counts what is planned. */
    public static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private Plans() {
    }

    public static Athlete athlete() {
        return Athlete.of("Test Runner", 68);
    }

    public static Plan plan(List<Session> sessions) {
        return Plan.empty("Test", athlete()).withSessions(sessions);
    }

    /** A session with a target RPE: load = rpe x minutes exactly. */
    public static Session run(LocalDate date, double rpe, int minutes) {
        return Session.of(date, SessionKind.TRAIL_RUN, "Run", Duration.ofMinutes(minutes))
                .withTargetRpe(Optional.of(rpe))
                .withId(new SessionId("run-" + date + "-" + rpe + "-" + minutes));
    }

    public static Session hike(LocalDate date, double rpe, int minutes, double packKg) {
        return Session.of(date, SessionKind.HIKE, "Hike", Duration.ofMinutes(minutes))
                .withTargetRpe(Optional.of(rpe)).withPackKg(packKg)
                .withId(new SessionId("hike-" + date + "-" + rpe + "-" + minutes + "-" + packKg));
    }

    /**
     * The steady week of domain-notes 8.5 from {@code monday}: Monday and Friday rest, easy runs,
     * one hard session (Wednesday intervals), one long pack day at 10 % of body mass on Saturday.
     */
    public static List<Session> steadyWeek(LocalDate monday) {
        var list = new ArrayList<Session>();
        list.add(run(monday.plusDays(1), 3, 50));
        list.add(run(monday.plusDays(2), 7, 55).withTitle("Intervals").withIntention(Intention.PEAK)
                .withId(new SessionId("int-" + monday)));
        list.add(run(monday.plusDays(3), 3, 45));
        list.add(hike(monday.plusDays(5), 4, 180, 6.8).withTitle("Long pack hike"));
        list.add(run(monday.plusDays(6), 3, 60));
        return list;
    }

    /** {@code weeks} steady weeks from {@link #MONDAY}. */
    public static List<Session> steadyWeeks(int weeks) {
        var list = new ArrayList<Session>();
        for (int w = 0; w < weeks; w++) {
            list.addAll(steadyWeek(MONDAY.plusWeeks(w)));
        }
        return list;
    }
}
