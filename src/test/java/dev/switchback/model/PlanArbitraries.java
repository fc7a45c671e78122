package dev.switchback.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid model values for jqwik properties. Every value the model accepts may come
 * out, including edge values (0, the limits, empty texts, unusual characters); plans hold unique
 * ids, one check-in a day, and logs and goals that point at sessions and trips in the plan.
 * Reuse them: {@code @ForAll("plans") Plan plan} with a provider returning {@link #plans()}.
 */
public final class PlanArbitraries {
    private PlanArbitraries() {
    }

    /** Any text without lone surrogates: control characters, accents, CJK, symbols. */
    public static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(maxLength)
                .edgeCases(c -> c.add("Höhenweg 🏔 ⛺ \"quoted\" \\ back\nslash"));
    }

    /** Text as the model keeps it after its constructor stripped it. */
    public static Arbitrary<String> stripped(int maxLength) {
        return text(maxLength).map(String::strip);
    }

    public static Arbitrary<String> title() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().withChars(" -äöüß").ofMaxLength(40),
                stripped(Limits.MAX_TITLE)).map(String::strip);
    }

    public static Arbitrary<String> nonBlank(int maxLength) {
        return stripped(maxLength).filter(s -> !s.isEmpty());
    }

    public static Arbitrary<String> note() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, text(200)),
                net.jqwik.api.Tuple.of(1, text(Limits.MAX_NOTE)));
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(Check.EARLIEST_DATE.toEpochDay(), Check.LATEST_DATE.toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(Check.EARLIEST_DATE, Check.LATEST_DATE));
    }

    public static Arbitrary<LocalDate> mondays() {
        return dates().map(Weeks::monday).filter(d -> !d.isBefore(Check.EARLIEST_DATE));
    }

    /** Whole seconds: the file keeps durations to the second. */
    public static Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, Limits.MAX_SESSION_DURATION.getSeconds()).map(Duration::ofSeconds)
                .edgeCases(c -> c.add(Duration.ZERO, Limits.MAX_SESSION_DURATION, Duration.ofMinutes(90)));
    }

    public static Arbitrary<Double> between(double min, double max) {
        return Arbitraries.doubles().between(min, max).edgeCases(c -> c.add(min, max));
    }

    private static Arbitrary<Double> metres(double max) {
        return Arbitraries.oneOf(between(0, max), Arbitraries.integers().between(0, (int) max).map(i -> (double) i));
    }

    /** Turnaround, bailouts, conditions and route of a long day (issue 17); often none at all. */
    public static Arbitrary<TrailPlan> trails() {
        Arbitrary<Turnaround> turnaround = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> Turnaround.by(java.time.LocalTime.of(m / 60,
                        m % 60))),
                Arbitraries.longs().between(1, Limits.MAX_SESSION_DURATION.getSeconds())
                        .map(sec -> Turnaround.after(Duration.ofSeconds(sec))),
                between(100, Limits.MAX_DISTANCE_M).map(Turnaround::atDistance));
        // plain generators inside lists: jqwik cannot combine list edge cases with configured ones
        Arbitrary<String> bailout = Arbitraries.strings().alpha().numeric().withChars(" -:äöüß,.🏔")
                .ofMinLength(1).ofMaxLength(Limits.MAX_BAILOUT).map(String::strip).filter(b -> !b.isEmpty());
        Arbitrary<Double> lat = Arbitraries.doubles().between(-90, 90).map(PlanArbitraries::noNegativeZero);
        Arbitrary<Double> lon = Arbitraries.doubles().between(-180, 180).map(PlanArbitraries::noNegativeZero);
        Arbitrary<RoutePoint> point = Combinators.combine(lat, lon, Arbitraries.doubles()
                        .between(Limits.MIN_ALTITUDE_M, Limits.MAX_ALTITUDE_M).map(PlanArbitraries::noNegativeZero)
                        .optional())
                .as(RoutePoint::new);
        Arbitrary<Route> route = Combinators.combine(title(), point.list().ofMinSize(2).ofMaxSize(30))
                .as(Route::new);
        Arbitrary<TrailPlan> some = Combinators.combine(turnaround.optional(), bailout.list().ofMaxSize(3),
                        Arbitraries.subsetOf(Weather.values()), route.optional())
                .as(TrailPlan::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just(TrailPlan.NONE)),
                net.jqwik.api.Tuple.of(3, some));
    }

    private static double noNegativeZero(double v) {
        return v == 0 ? 0.0 : v;
    }

    public static Arbitrary<Optional<Double>> optional(Arbitrary<Double> values) {
        return values.optional();
    }

    public static Arbitrary<Athlete> athletes() {
        return Combinators.combine(nonBlank(Limits.MAX_TITLE), between(25, 300),
                        Arbitraries.integers().between(100, 250).optional(),
                        Arbitraries.integers().between(25, 120).optional(),
                        Arbitraries.of(Sex.class), Arbitraries.of(Units.class), Arbitraries.of(Experience.class))
                .filter((n, m, max, rest, s, u, e) -> max.isEmpty() || rest.isEmpty() || rest.get() < max.get())
                .as(Athlete::new);
    }

    /** A session with the given id; a rest day has no duration, distance or pack. */
    public static Arbitrary<Session> sessions(SessionId id) {
        Arbitrary<Session> base = Combinators.combine(dates(), Arbitraries.of(SessionKind.class),
                        Arbitraries.of(Intention.class), title(), durations(), metres(Limits.MAX_DISTANCE_M),
                        metres(Limits.MAX_CLIMB_M), metres(Limits.MAX_CLIMB_M))
                .as((date, kind, intention, title, duration, distance, climb, descent) -> new Session(id, date,
                        kind, intention, title, kind == SessionKind.REST ? Duration.ZERO : duration,
                        kind == SessionKind.REST ? 0 : distance, climb, descent, Terrain.TRAIL, 0,
                        Optional.empty(), Optional.empty(), "", ""));
        return Combinators.combine(base, Arbitraries.of(Terrain.class), between(0, Limits.MAX_PACK_KG),
                        between(0, Limits.MAX_RPE).optional(), Arbitraries.integers().between(1, 5).optional(),
                        note(), note())
                .as((s, terrain, pack, rpe, zone, notes, next) -> s.withTerrain(terrain)
                        .withPackKg(s.isRest() ? 0 : pack).withTargetRpe(rpe).withTargetHrZone(zone)
                        .withNotes(notes).withNextDayPlan(next))
                .flatMap(s -> trails().map(s::withTrail));
    }

    public static Arbitrary<TripStage> stages() {
        return Combinators.combine(durations(), metres(Limits.MAX_DISTANCE_M), metres(Limits.MAX_CLIMB_M),
                        metres(Limits.MAX_CLIMB_M), between(0, Limits.MAX_PACK_KG), between(0, 10).optional())
                .as(TripStage::new)
                .flatMap(st -> Combinators.combine(trails(),
                        between(Limits.MIN_ALTITUDE_M, Limits.MAX_ALTITUDE_M).map(PlanArbitraries::noNegativeZero)
                                .optional(),
                        between(Limits.MIN_ALTITUDE_M, Limits.MAX_ALTITUDE_M).map(PlanArbitraries::noNegativeZero)
                                .optional())
                        .as((t, sleep, high) -> st.withTrail(t).withAltitudes(sleep, high)));
    }

    public static Arbitrary<Trip> trips(TripId id) {
        return Combinators.combine(nonBlank(Limits.MAX_TITLE),
                        dates().filter(d -> d.isBefore(Check.LATEST_DATE.minusDays(Limits.MAX_TRIP_DAYS))),
                        stages().list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(Terrain.class),
                        Arbitraries.of(true, false), note())
                .as((title, start, stages, terrain, goal, notes) -> new Trip(id, title, start, stages, terrain, goal,
                        notes));
    }

    public static Arbitrary<Feel> feels() {
        return Combinators.combine(Arbitraries.integers().between(Feel.WORST, Feel.BEST), stripped(40))
                .as(Feel::new);
    }

    /** A log with the given id, planned for one of {@code sessions} or unplanned. */
    public static Arbitrary<OutingLog> logs(LogId id, List<SessionId> sessions) {
        Arbitrary<Optional<SessionId>> planned = sessions.isEmpty() ? Arbitraries.just(Optional.empty())
                : Arbitraries.of(sessions).optional();
        Arbitrary<OutingLog> base = Combinators.combine(dates(), planned, Arbitraries.of(SessionKind.class),
                        durations(), between(0, 10), note())
                .as((date, session, kind, duration, rpe, notes) -> OutingLog.quick(date, kind, duration, rpe, notes)
                        .withPlannedSession(session));
        Arbitrary<OutingLog> measured = Combinators.combine(base, metres(Limits.MAX_DISTANCE_M),
                        metres(Limits.MAX_CLIMB_M), metres(Limits.MAX_CLIMB_M), between(0, Limits.MAX_PACK_KG))
                .as((l, distance, climb, descent, pack) -> new OutingLog(id, l.date(), l.plannedSession(), l.kind(),
                        l.title(), l.duration(), distance, climb, descent, pack, l.rpe(), l.avgHeartRate(),
                        l.maxHeartRate(), l.feelBefore(), l.feelDuring(), l.feelAfter(), l.sorenessLevel(),
                        l.sorenessAreas(), l.sleepHours(), l.sleepQuality(), l.motivation(), l.weather(),
                        l.mealsAndHydration(), l.notes(), l.nextDayPlan()));
        return Combinators.combine(measured, heartRates(), feels().optional(), feels().optional(),
                        feels().optional(), Arbitraries.integers().between(1, 7).optional(),
                        Arbitraries.of(BodyArea.class).set(), Arbitraries.of(Weather.class).set())
                .as((l, hr, before, during, after, soreness, areas, weather) -> l
                        .withHeartRate(hr.get(0), hr.get(1)).withFeel(before, during, after)
                        .withSoreness(soreness, areas).withWeather(weather))
                .flatMap(l -> Combinators.combine(between(0, 24).optional(),
                                Arbitraries.integers().between(1, 7).optional(),
                                Arbitraries.integers().between(1, 7).optional(), title(), note(), note())
                        .as((sleep, quality, motivation, title, meals, next) -> l
                                .withSleepAndMotivation(sleep, quality, motivation)
                                .withTexts(title, meals, l.notes(), next)));
    }

    /** Average and maximum heart rate, average never above maximum. */
    private static Arbitrary<List<Optional<Integer>>> heartRates() {
        return Combinators.combine(Arbitraries.integers().between(25, 250).optional(),
                        Arbitraries.integers().between(25, 250).optional())
                .as((a, b) -> {
                    if (a.isPresent() && b.isPresent() && a.get() > b.get()) {
                        return List.of(b, a);
                    }
                    return List.of(a, b);
                });
    }

    public static Arbitrary<Wellness> wellness(LocalDate date) {
        Arbitrary<Integer> scale = Arbitraries.integers().between(1, 7);
        return Combinators.combine(scale, between(0, 24).optional(), scale, scale, scale, scale,
                        Arbitraries.integers().between(25, 150).optional())
                .as((sleep, hours, stress, fatigue, soreness, motivation, hr) -> new Wellness(date, sleep, hours,
                        stress, fatigue, soreness, motivation, hr));
    }

    public static Arbitrary<Phase> phases() {
        return Combinators.combine(Arbitraries.of(PhaseKind.class), dates(), Arbitraries.integers().between(0, 200))
                .as((kind, start, days) -> {
                    LocalDate end = start.plusDays(days).isAfter(Check.LATEST_DATE) ? Check.LATEST_DATE
                            : start.plusDays(days);
                    return new Phase(kind, start, end);
                });
    }

    public static Arbitrary<RuleOverride> overrides() {
        return Combinators.combine(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-").ofMinLength(1)
                                .ofMaxLength(30).filter(s -> !s.isBlank()), mondays(),
                        Arbitraries.integers().between(0, 13).set().ofMaxSize(5),
                        Arbitraries.doubles().between(-500, 500).optional(), nonBlank(200), dates())
                .as((rule, monday, offsets, measured, reason, on) -> new RuleOverride(rule, monday,
                        offsets.stream().sorted().map(k -> monday.minusDays(7).plusDays(k))
                                .filter(d -> !d.isBefore(Check.EARLIEST_DATE) && !d.isAfter(Check.LATEST_DATE)).toList(),
                        measured, reason, on));
    }

    public static Arbitrary<RuleSettings> ruleSettings() {
        Arbitrary<Map<String, Double>> thresholds = Arbitraries.maps(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-.").ofMinLength(1).ofMaxLength(40)
                        .filter(s -> !s.isBlank()),
                Arbitraries.doubles().between(-1e6, 1e6)).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(Experience.class), thresholds,
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).list().ofMaxSize(3),
                        overrides().list().ofMaxSize(3))
                .as(RuleSettings::new);
    }

    /** Whole plans with up to {@code maxItems} of each list. */
    public static Arbitrary<Plan> plans(int maxItems) {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, maxItems);
        return Combinators.combine(nonBlank(Limits.MAX_TITLE), athletes(), count, count, count)
                .flatAs((name, athlete, nSessions, nTrips, nLogs) -> {
                    List<SessionId> sessionIds = ids(nSessions, "s", SessionId::new);
                    List<TripId> tripIds = ids(nTrips, "t", TripId::new);
                    List<LogId> logIds = ids(nLogs, "l", LogId::new);
                    Arbitrary<List<Session>> sessions = all(sessionIds.stream().map(PlanArbitraries::sessions)
                            .toList());
                    Arbitrary<List<Trip>> trips = all(tripIds.stream().map(PlanArbitraries::trips).toList());
                    Arbitrary<List<OutingLog>> logs = all(logIds.stream().map(id -> logs(id, sessionIds)).toList());
                    Arbitrary<List<Wellness>> wellness = dates().set().ofMaxSize(maxItems)
                            .flatMap(ds -> all(ds.stream().sorted().map(PlanArbitraries::wellness).toList()));
                    Arbitrary<List<GoalEvent>> goals = Combinators.combine(nonBlank(40), dates(),
                                    tripIds.isEmpty() ? Arbitraries.just(Optional.<TripId>empty())
                                            : Arbitraries.of(tripIds).optional())
                            .as(GoalEvent::new).list().ofMaxSize(2);
                    return Combinators.combine(sessions, trips, logs, wellness, phases().list().ofMaxSize(3), goals,
                                    ruleSettings())
                            .as((s, t, l, w, p, g, r) -> new Plan(name, athlete, s, t, l, w, p, g, r));
                });
    }

    public static Arbitrary<Plan> plans() {
        return plans(6);
    }

    private static <T> List<T> ids(int n, String prefix, java.util.function.Function<String, T> make) {
        var out = new ArrayList<T>(n);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String id = prefix + "-" + i;
            if (seen.add(id)) {
                out.add(make.apply(id));
            }
        }
        return out;
    }

    /** One value from each arbitrary, in order. */
    private static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> arbitraries) {
        Arbitrary<List<T>> result = Arbitraries.just(List.of());
        for (Arbitrary<T> a : arbitraries) {
            result = result.flatMap(list -> a.map(v -> {
                var next = new ArrayList<T>(list);
                next.add(v);
                return List.copyOf(next);
            }));
        }
        return result;
    }
}
