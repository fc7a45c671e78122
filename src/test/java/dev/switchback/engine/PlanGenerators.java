package dev.switchback.engine;

import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
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
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/** Random but valid plans: 4-12 weeks of sessions of every kind, sometimes a trip, logs and wellness. */
final class PlanGenerators {
    /** {@code @ForAll(supplier = PlanGenerators.AnyPlan.class)}: a generated plan, {@link #plans()}. */
    static final class AnyPlan implements ArbitrarySupplier<Plan> {
        @Override
        public Arbitrary<Plan> get() {
            return plans();
        }
    }

    /** {@code @ForAll(supplier = PlanGenerators.AnyToday.class)}: a day offset for {@link #today(int)}. */
    static final class AnyToday implements ArbitrarySupplier<Integer> {
        @Override
        public Arbitrary<Integer> get() {
            return todayOffsets();
        }
    }

    private PlanGenerators() {
    }

    static Arbitrary<Plan> plans() {
        return Arbitraries.longs().map(PlanGenerators::plan);
    }

    static Plan plan(long seed) {
        var r = new Random(seed);
        LocalDate start = Plans.MONDAY.plusDays(r.nextInt(7));
        int days = 28 + r.nextInt(57);
        var sessions = new ArrayList<Session>();
        var logs = new ArrayList<OutingLog>();
        SessionKind[] kinds = SessionKind.values();
        Intention[] intentions = Intention.values();
        Terrain[] terrains = Terrain.values();
        int n = 0;
        for (int d = 0; d < days; d++) {
            int count = r.nextInt(10) < 2 ? 0 : r.nextInt(10) < 8 ? 1 : 2;
            for (int k = 0; k < count; k++) {
                LocalDate date = start.plusDays(d);
                SessionKind kind = kinds[r.nextInt(kinds.length)];
                Session s;
                if (kind == SessionKind.REST) {
                    s = Session.rest(date);
                } else {
                    s = Session.of(date, kind, kind.label(), Duration.ofMinutes(10 + r.nextInt(350)))
                            .withIntention(intentions[r.nextInt(intentions.length)])
                            .withTerrain(terrains[r.nextInt(terrains.length)])
                            .withDistanceM(r.nextInt(4) == 0 ? 0 : r.nextInt(40_000))
                            .withClimbM(r.nextInt(2000))
                            .withPackKg(kind.usuallyCarriesPack() ? r.nextInt(300) / 10.0 : 0)
                            .withTargetRpe(r.nextBoolean() ? Optional.empty() : Optional.of((double) r.nextInt(11)));
                }
                s = s.withId(new SessionId("s" + n++));
                sessions.add(s);
                if (!s.isRest() && r.nextInt(4) == 0) {
                    logs.add(OutingLog.fromPlan(s, r.nextInt(11)));
                }
            }
        }
        var trips = new ArrayList<Trip>();
        if (r.nextBoolean()) {
            var stages = new ArrayList<TripStage>();
            int tripDays = 1 + r.nextInt(6);
            for (int i = 0; i < tripDays; i++) {
                stages.add(new TripStage(Duration.ofMinutes(120 + r.nextInt(500)), r.nextInt(30_000), r.nextInt(1500),
                        r.nextInt(1500), r.nextInt(250) / 10.0, r.nextBoolean() ? Optional.empty()
                                : Optional.of((double) r.nextInt(11))));
            }
            trips.add(new Trip(new TripId("t"), "Trip", start.plusDays(days - 7 + r.nextInt(14)), stages,
                    terrains[r.nextInt(terrains.length)], r.nextBoolean(), ""));
        }
        return Plans.plan(sessions).withLogs(logs).withTrips(trips);
    }

    /** Today for the analysis: before, inside or after the plan. */
    static Arbitrary<Integer> todayOffsets() {
        return Arbitraries.of(-1000, 0, 20, 40, 1000);
    }

    static LocalDate today(int offset) {
        return Plans.MONDAY.plusDays(offset);
    }

    static List<Session> changeable(Plan plan) {
        return plan.sessions().stream().filter(s -> !s.isRest()).toList();
    }
}
