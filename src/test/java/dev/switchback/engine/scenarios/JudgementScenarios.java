package dev.switchback.engine.scenarios;

import static dev.switchback.engine.Plans.MONDAY;
import static dev.switchback.engine.Plans.hike;
import static dev.switchback.engine.Plans.run;

import dev.switchback.engine.Plans;
import dev.switchback.model.Intention;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plans for the judgement scenarios (issue 11): six steady weeks of {@link Plans#steadyWeek} (Tuesday
 * easy 50 min, Wednesday intervals, Thursday easy 45 min, Saturday a 3 h hike at 6.8 kg = 10 % of body
 * mass, Sunday easy 60 min: 1,570 AU; Monday and Friday free), then one changed week {@link #W}.
 */
final class JudgementScenarios {
    /** The changed week: the seventh. */
    static final LocalDate W = MONDAY.plusWeeks(6);

    /** One scenario: its plan, today (for "how far away" questions), and the exact WARN/BLOCK rule ids of week W. */
    record Scenario(String name, Plan plan, LocalDate today, Set<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private JudgementScenarios() {
    }

    static LocalDate day(int k) {
        return W.plusDays(k);
    }

    static List<Session> history() {
        return Plans.steadyWeeks(6);
    }

    /** Six steady weeks plus week W changed by {@code change} (given the steady week W's sessions). */
    static Plan week(UnaryOperator<List<Session>> change, Trip... trips) {
        var all = new ArrayList<>(history());
        all.addAll(change.apply(new ArrayList<>(Plans.steadyWeek(W))));
        return Plans.plan(all).withTrips(List.of(trips));
    }

    static List<Session> drop(List<Session> week, int... days) {
        var out = new ArrayList<Session>();
        for (Session s : week) {
            boolean keep = true;
            for (int d : days) {
                keep &= !s.date().equals(day(d));
            }
            if (keep) {
                out.add(s);
            }
        }
        return out;
    }

    static List<Session> add(List<Session> week, Session... more) {
        var out = new ArrayList<>(week);
        Collections.addAll(out, more);
        return out;
    }

    static List<Session> replace(List<Session> week, int d, Session by) {
        return add(drop(week, d), by);
    }

    static Trip trip(String title, LocalDate start, int days, int minutes, double packKg, boolean goal) {
        var stages = new ArrayList<TripStage>();
        for (int i = 0; i < days; i++) {
            stages.add(new TripStage(Duration.ofMinutes(minutes), 0, 0, 0, packKg, Optional.of(4.0)));
        }
        return new Trip(new TripId("trip-" + title.toLowerCase().replace(' ', '-')), title, start, stages,
                Terrain.TRAIL, goal, "");
    }

    static Session packRun(LocalDate d, double packKg, double rpe) {
        return Session.of(d, SessionKind.RUN_WITH_PACK, "Run with pack", Duration.ofMinutes(60)).withDistanceM(9_000)
                .withClimbM(400).withDescentM(400).withPackKg(packKg).withTargetRpe(Optional.of(rpe))
                .withId(new SessionId("packrun-" + d + "-" + packKg));
    }

    static Session descentHike(LocalDate d, double packKg, double descentM) {
        return hike(d, 4, 180, packKg).withTitle("Long pack hike").withDescentM(descentM);
    }

    static Session backpackingDay(LocalDate d, int minutes, double packKg) {
        return Session.of(d, SessionKind.BACKPACKING_DAY, "Backpacking day", Duration.ofMinutes(minutes))
                .withPackKg(packKg).withTargetRpe(Optional.of(4.0)).withId(new SessionId("bp-" + d));
    }

    static Scenario s(String name, Plan plan, String... expected) {
        return new Scenario(name, plan, Plans.LONG_AGO, Set.of(expected));
    }

    static List<Scenario> all() {
        var list = new ArrayList<Scenario>();
        list.add(s("steady week", week(w -> w)));
        list.add(s("easy week at half the load", week(w -> List.of(run(day(1), 3, 50), run(day(3), 3, 45),
                hike(day(5), 4, 90, 6.8), run(day(6), 3, 30)))));
        list.add(s("recovery week at 70 %", week(w -> replace(replace(w, 5, hike(day(5), 4, 120, 6.8)), 2,
                run(day(2), 5, 40)))));
        // item 5: flat weeks then one rise of 12 % and of 22 % (a Monday run) is not a build
        list.add(s("three flat weeks then +12 %", week(w -> add(w, run(day(0), 3, 63)))));
        list.add(s("three flat weeks then +22 %", week(w -> add(w, run(day(0), 3, 115)))));
        list.add(s("a real build without a lighter week", buildWithoutRecovery(), "recovery-week"));
        // load and progression
        list.add(s("weekly ramp of 40 %", week(w -> add(add(w, run(day(1), 5, 60).withId(new SessionId("tue2"))),
                run(day(3), 4, 60).withId(new SessionId("thu2")))), "weekly-ramp"));
        list.add(s("long hike 4 h (1.33x the longest)", week(w -> replace(w, 5, hike(day(5), 4, 240, 6.8))),
                "longest-session-spike"));
        list.add(s("long hike 3 h 18 min (1.10x, at the line)", week(w -> replace(w, 5, hike(day(5), 4, 198, 6.8)))));
        list.add(s("hard Thursday after hard Wednesday", week(w -> replace(w, 3, run(day(3), 7, 45))),
                "hard-days-back-to-back"));
        list.add(s("no rest day for nine days", week(w -> add(add(w, run(day(0), 3, 40)), run(day(4), 3, 40))),
                "rest-day"));
        // pack
        list.add(s("25 kg on the Saturday hike", week(w -> replace(w, 5, hike(day(5), 4, 180, 25)
                .withTitle("Long pack hike"))), "pack-mass", "pack-mass-jump"));
        list.add(s("25 kg pack at RPE 4 on Thursday", week(w -> replace(w, 3, packRun(day(3), 25, 4))),
                "pack-mass", "pack-mass-jump", "target-rpe"));
        list.add(s("7 kg pack at RPE 4 on Thursday (ordinary)", week(w -> replace(w, 3, packRun(day(3), 7, 4)))));
        list.add(s("two heavy carries in five days", week(w -> replace(replace(w, 5, hike(day(5), 4, 150, 14)), 1,
                hike(day(1), 4, 150, 14).withId(new SessionId("h2")))), "heavy-carry-spacing", "pack-mass-jump",
                "pack-mass"));
        // item 9: loaded descent
        list.add(s("first big loaded descent", week(w -> replace(w, 5, descentHike(day(5), 8, 1200))),
                "loaded-descent"));
        list.add(s("loaded descent 1.3x the biggest (at the line)", descents(1000, 1300)));
        list.add(s("loaded descent 1.31x the biggest", descents(1000, 1310), "loaded-descent"));
        list.add(s("big descent with a light pack (5 kg, under 10 %)", week(w -> replace(w, 5,
                descentHike(day(5), 5, 1200)))));
        // items 1 and 2: trips
        list.add(s("the unprepared trip week: 3 days, 6 h, 14 kg on days holding sessions", week(w -> w,
                trip("Traverse", day(3), 3, 360, 14, false)), "trip-preparation", "double-booked", "trip-buffer",
                "pack-mass"));
        list.add(s("a prepared weekend trip on free days", week(w -> drop(w, 5, 6),
                trip("Overnight", day(5), 2, 180, 6.8, false))));
        list.add(s("Saturday: a 6 h trip day and a separate 3 h 45 backpacking day", week(w -> add(drop(w, 5, 6),
                backpackingDay(day(5), 225, 10)), trip("Traverse", day(4), 3, 360, 12, false)),
                "trip-preparation", "double-booked", "trip-buffer"));
        list.add(s("Friday keeps its Rest card under a trip day", week(w -> add(drop(w, 5, 6), Session.rest(day(4))),
                trip("Traverse", day(4), 3, 180, 6.8, false)), "double-booked", "trip-preparation", "trip-buffer"));
        list.add(s("a session on a trip day with a free day to move to", week(w -> drop(w, 6),
                trip("Overnight", day(5), 2, 180, 6.8, false)), "double-booked", "trip-preparation"));
        list.add(s("a Rest card on Tuesday that also holds the easy run", week(w -> add(w, Session.rest(day(1)))),
                "double-booked"));
        list.add(s("a hard session the day before a trip", week(w -> add(drop(w, 5, 6), run(day(4), 7, 45)
                .withId(new SessionId("fri-int"))), trip("Overnight", day(5), 2, 180, 6.8, false)), "trip-buffer"));
        list.add(s("a goal trip without a taper", week(w -> drop(w, 5, 6),
                trip("Goal", day(5), 2, 180, 6.8, true)), "taper"));
        list.add(s("a five-day trip far beyond the training", week(w -> drop(w, 2, 3, 5, 6),
                trip("Long traverse", day(2), 5, 480, 13, false)), "trip-preparation"));
        // item 3: history includes trips
        list.add(s("the week after a 3-day 14 kg trip, Saturday at 14 kg", afterTrip(true),
                "heavy-carry-spacing", "pack-mass"));
        list.add(s("the same Saturday at 14 kg without the trip before", afterTrip(false), "pack-mass-jump", "pack-mass"));
        list.add(s("the week after a 3-day 14 kg trip, an ordinary week", afterTripOrdinary()));
        return list;
    }

    /** Weeks 4 and 5 of the history each 8 % up (a Monday run), week W 8 % more: three rising steps. */
    static Plan buildWithoutRecovery() {
        var all = new ArrayList<>(Plans.steadyWeeks(6));
        all.add(run(MONDAY.plusWeeks(3), 3, 42));
        all.add(run(MONDAY.plusWeeks(4), 3, 84));
        all.add(run(MONDAY.plusWeeks(5), 3, 126));
        all.addAll(Plans.steadyWeek(W));
        all.add(run(W, 3, 168));
        return Plans.plan(all);
    }

    /** Saturday hikes of the history descend {@code before} m at 8 kg; week W's descends {@code now}. */
    static Plan descents(double before, double now) {
        var all = new ArrayList<Session>();
        for (int w = 0; w < 6; w++) {
            LocalDate m = MONDAY.plusWeeks(w);
            for (Session s : Plans.steadyWeek(m)) {
                all.add(s.date().equals(m.plusDays(5)) ? descentHike(s.date(), 8, before) : s);
            }
        }
        for (Session s : Plans.steadyWeek(W)) {
            all.add(s.date().equals(day(5)) ? descentHike(s.date(), 8, now) : s);
        }
        return Plans.plan(all);
    }

    /** Five steady weeks, a 3-day 14 kg trip on week 6's Friday to Sunday, then week W. */
    static Plan afterTrip(boolean withTrip) {
        var all = new ArrayList<Session>();
        for (Session s : Plans.steadyWeeks(6)) {
            if (!withTrip || s.date().isBefore(W.minusDays(3))) {
                all.add(s);
            }
        }
        for (Session s : Plans.steadyWeek(W)) {
            all.add(s.date().equals(day(5)) ? hike(day(5), 4, 180, 14).withTitle("Long pack hike") : s);
        }
        Plan p = Plans.plan(all);
        return withTrip ? p.withTrips(List.of(trip("Heavy trip", W.minusDays(3), 3, 300, 14, false))) : p;
    }

    static Plan afterTripOrdinary() {
        var all = new ArrayList<Session>();
        for (Session s : Plans.steadyWeeks(6)) {
            if (s.date().isBefore(W.minusDays(3))) {
                all.add(s);
            }
        }
        all.addAll(Plans.steadyWeek(W));
        return Plans.plan(all).withTrips(List.of(trip("Heavy trip", W.minusDays(3), 3, 300, 14, false)));
    }

    static Session unusedIntervals(LocalDate d) {
        return run(d, 7, 55).withIntention(Intention.PEAK);
    }
}
