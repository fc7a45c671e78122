package dev.switchback.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchback.model.InvalidField;
import dev.switchback.model.Athlete;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Experience;
import dev.switchback.model.Feel;
import dev.switchback.model.GoalEvent;
import dev.switchback.model.Intention;
import dev.switchback.model.LogId;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Phase;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.Printable;
import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Turnaround;
import dev.switchback.model.RuleOverride;
import dev.switchback.model.RuleSettings;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Sex;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Units;
import dev.switchback.model.Weather;
import dev.switchback.model.Wellness;
import dev.switchback.store.PlanDto.AthleteDto;
import dev.switchback.store.PlanDto.FeelDto;
import dev.switchback.store.PlanDto.GoalDto;
import dev.switchback.store.PlanDto.LogDto;
import dev.switchback.store.PlanDto.OverrideDto;
import dev.switchback.store.PlanDto.PhaseDto;
import dev.switchback.store.PlanDto.RouteDto;
import dev.switchback.store.PlanDto.RulesDto;
import dev.switchback.store.PlanDto.TurnaroundDto;
import dev.switchback.store.PlanDto.SessionDto;
import dev.switchback.store.PlanDto.StageDto;
import dev.switchback.store.PlanDto.TripDto;
import dev.switchback.store.PlanDto.WellnessDto;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Maps between the model and the file's DTOs. Reading checks presence and types, then lets the
 * model's constructors check values; every refusal becomes an {@link InvalidValue} with the JSON
 * path of the field.
 */
final class PlanMapper {
    private PlanMapper() {
    }

    // ---------------------------------------------------------------- model -> file

    static PlanDto toDto(Plan plan, JsonNode findings) {
        return new PlanDto(PlanJson.SCHEMA_VERSION, plan.name(), athlete(plan.athlete()),
                plan.sessions().stream().map(PlanMapper::session).toList(),
                plan.trips().stream().map(PlanMapper::trip).toList(),
                plan.logs().stream().map(PlanMapper::log).toList(),
                plan.wellness().stream().map(PlanMapper::wellness).toList(),
                plan.phases().stream().map(p -> new PhaseDto(p.kind().name(), p.start().toString(),
                        p.end().toString())).toList(),
                plan.goals().stream().map(g -> new GoalDto(g.title(), g.date().toString(),
                        g.trip().map(TripId::value).orElse(null))).toList(),
                rules(plan.rules()),
                findings);
    }

    private static AthleteDto athlete(Athlete a) {
        return new AthleteDto(a.name(), a.bodyMassKg(), a.maxHeartRate().orElse(null),
                a.restingHeartRate().orElse(null), a.sex().name(), a.units().name(), a.experience().name());
    }

    static SessionDto session(Session s) {
        return new SessionDto(s.id().value(), s.date().toString(), s.kind().name(), s.intention().name(), s.title(),
                minutes(s.duration()), s.distanceM(), s.climbM(), s.descentM(), s.terrain().name(), s.packKg(),
                s.targetRpe().orElse(null), s.targetHrZone().orElse(null), s.notes(), s.nextDayPlan(),
                time(s.startTime()), turnaround(s.trail()), s.trail().bailouts(), names(s.trail().conditions()),
                route(s.trail()));
    }

    private static TurnaroundDto turnaround(TrailPlan t) {
        return t.turnaround().map(v -> new TurnaroundDto(time(v.by()), v.after().map(PlanMapper::minutes).orElse(null),
                v.atDistanceM().orElse(null))).orElse(null);
    }

    private static RouteDto route(TrailPlan t) {
        return t.route().map(r -> new RouteDto(r.name(), r.points().stream().map(p -> p.elevationM()
                .map(e -> List.of(p.latitude(), p.longitude(), e))
                .orElse(List.of(p.latitude(), p.longitude()))).toList())).orElse(null);
    }

    private static TripDto trip(Trip t) {
        return new TripDto(t.id().value(), t.title(), t.start().toString(), t.terrain().name(), t.goal(), t.notes(),
                t.stages().stream().map(st -> new StageDto(minutes(st.duration()), st.distanceM(), st.climbM(),
                        st.descentM(), st.packKg(), st.targetRpe().orElse(null), turnaround(st.trail()),
                        st.trail().bailouts(), names(st.trail().conditions()), route(st.trail()),
                        st.sleepingAltitudeM().orElse(null), st.highPointM().orElse(null))).toList());
    }

    private static LogDto log(OutingLog l) {
        return new LogDto(l.id().value(), l.date().toString(), l.plannedSession().map(SessionId::value).orElse(null),
                l.kind().name(), l.title(), minutes(l.duration()), l.distanceM(), l.climbM(), l.descentM(),
                l.packKg(), l.rpe(), l.avgHeartRate().orElse(null), l.maxHeartRate().orElse(null),
                feel(l.feelBefore()), feel(l.feelDuring()), feel(l.feelAfter()), l.sorenessLevel().orElse(null),
                names(l.sorenessAreas()), l.sleepHours().orElse(null), l.sleepQuality().orElse(null),
                l.motivation().orElse(null), names(l.weather()), l.mealsAndHydration(), l.notes(), l.nextDayPlan(),
                time(l.startTime()));
    }

    /** "07:30": minutes only, the precision a calendar and a duplicate check need. */
    private static String time(Optional<LocalTime> t) {
        return t.map(v -> String.format(java.util.Locale.ROOT, "%02d:%02d", v.getHour(), v.getMinute()))
                .orElse(null);
    }

    private static FeelDto feel(Optional<Feel> f) {
        return f.map(v -> new FeelDto(v.score(), v.words())).orElse(null);
    }

    private static WellnessDto wellness(Wellness w) {
        return new WellnessDto(w.date().toString(), w.sleepQuality(), w.sleepHours().orElse(null), w.stress(),
                w.fatigue(), w.soreness(), w.motivation(), w.restingHeartRate().orElse(null));
    }

    private static RulesDto rules(RuleSettings r) {
        return new RulesDto(r.preset().name(), r.thresholds(), r.disabledRules(),
                r.overrides().stream().map(o -> new OverrideDto(o.ruleId(), o.weekStart().toString(),
                        o.dates().stream().map(LocalDate::toString).toList(), o.measured().orElse(null), o.reason(),
                        o.recordedOn().toString())).toList());
    }

    /** Whole seconds as minutes: 5400 s is 90, 61 s is 1.0166...; reading rounds back to the second. */
    static double minutes(Duration d) {
        return d.getSeconds() / 60.0;
    }

    private static <E extends Enum<E>> List<String> names(Set<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    // ---------------------------------------------------------------- file -> model

    static Plan toPlan(PlanDto dto) {
        String name = required(dto.name(), "name");
        Athlete athlete = athlete(required(dto.athlete(), "athlete"), "athlete");
        List<Session> sessions = list(dto.sessions(), "sessions", PlanMapper::session);
        List<Trip> trips = list(dto.trips(), "trips", PlanMapper::trip);
        List<OutingLog> logs = list(dto.logs(), "logs", PlanMapper::log);
        List<Wellness> wellness = list(dto.wellness(), "wellness", PlanMapper::wellness);
        List<Phase> phases = list(dto.phases(), "phases", PlanMapper::phase);
        List<GoalEvent> goals = list(dto.goals(), "goals", PlanMapper::goal);
        RuleSettings rules = dto.rules() == null ? RuleSettings.defaults() : rules(dto.rules(), "rules");

        unique(sessions, Session::id, "sessions", "id", "Session id");
        unique(trips, Trip::id, "trips", "id", "Trip id");
        unique(logs, OutingLog::id, "logs", "id", "Log id");
        unique(wellness, Wellness::date, "wellness", "date", "There is already a check-in for");
        Set<SessionId> sessionIds = sessions.stream().map(Session::id).collect(Collectors.toSet());
        for (int i = 0; i < logs.size(); i++) {
            Optional<SessionId> planned = logs.get(i).plannedSession();
            if (planned.isPresent() && !sessionIds.contains(planned.get())) {
                throw new InvalidValue("logs[" + i + "].plannedSession", "refers to session "
                        + Printable.excerpt(planned.get().toString()) + ", which is not in the plan (remove the field"
                        + " to keep the log as an unplanned outing)");
            }
        }
        Set<TripId> tripIds = trips.stream().map(Trip::id).collect(Collectors.toSet());
        for (int i = 0; i < goals.size(); i++) {
            Optional<TripId> trip = goals.get(i).trip();
            if (trip.isPresent() && !tripIds.contains(trip.get())) {
                throw new InvalidValue("goals[" + i + "].trip", "refers to trip "
                        + Printable.excerpt(trip.get().toString()) + ", which is not in the plan");
            }
        }
        return build("", fields("name"),
                () -> new Plan(name, athlete, sessions, trips, logs, wellness, phases, goals, rules));
    }

    private static Athlete athlete(AthleteDto d, String at) {
        String name = required(d.name(), at, "name");
        double mass = required(d.bodyMassKg(), at, "bodyMassKg");
        Sex sex = d.sex() == null ? Sex.UNSPECIFIED : parse(Sex.class, d.sex(), at, "sex");
        Units units = d.units() == null ? Units.METRIC : parse(Units.class, d.units(), at, "units");
        Experience experience = d.experience() == null ? Experience.EXPERIENCED
                : parse(Experience.class, d.experience(), at, "experience");
        return build(at, ATHLETE_FIELDS, () -> new Athlete(name, mass, Optional.ofNullable(d.maxHeartRateBpm()),
                Optional.ofNullable(d.restingHeartRateBpm()), sex, units, experience));
    }

    static Session session(SessionDto d, String at) {
        SessionId id = build(at + ".id", Map.of(), () -> new SessionId(required(d.id(), at, "id")));
        LocalDate date = date(d.date(), at, "date");
        SessionKind kind = parse(SessionKind.class, required(d.kind(), at, "kind"), at, "kind");
        Intention intention = d.intention() == null ? defaultIntention(kind)
                : parse(Intention.class, d.intention(), at, "intention");
        Terrain terrain = d.terrain() == null ? Terrain.TRAIL : parse(Terrain.class, d.terrain(), at, "terrain");
        Optional<LocalTime> start = time(d.startTime(), at, "startTime");
        TrailPlan trail = trail(d.turnaround(), d.bailouts(), d.conditions(), d.route(), at);
        return build(at, SESSION_FIELDS, () -> new Session(id, date, kind, intention, text(d.title()),
                duration(d.durationMin()), zero(d.distanceM()), zero(d.climbM()), zero(d.descentM()), terrain,
                zero(d.packKg()), Optional.ofNullable(d.targetRpe()), Optional.ofNullable(d.targetHrZone()),
                text(d.notes()), text(d.nextDayPlan()), start, trail));
    }

    private static Trip trip(TripDto d, String at) {
        TripId id = build(at + ".id", Map.of(), () -> new TripId(required(d.id(), at, "id")));
        LocalDate start = date(d.start(), at, "start");
        Terrain terrain = d.terrain() == null ? Terrain.TRAIL : parse(Terrain.class, d.terrain(), at, "terrain");
        List<TripStage> stages = list(required(d.stages(), at, "stages"), at + ".stages", PlanMapper::stage);
        return build(at, TRIP_FIELDS, () -> new Trip(id, required(d.title(), at, "title"), start, stages, terrain,
                Boolean.TRUE.equals(d.goal()), text(d.notes())));
    }

    private static TripStage stage(StageDto d, String at) {
        TrailPlan trail = trail(d.turnaround(), d.bailouts(), d.conditions(), d.route(), at);
        return build(at, STAGE_FIELDS, () -> new TripStage(duration(d.durationMin()), zero(d.distanceM()),
                zero(d.climbM()), zero(d.descentM()), zero(d.packKg()), Optional.ofNullable(d.targetRpe()), trail,
                Optional.ofNullable(d.sleepingAltitudeM()), Optional.ofNullable(d.highPointM())));
    }

    /** Turnaround, bailouts, conditions and route of a session or a stage at {@code at} (schema 3). */
    private static TrailPlan trail(TurnaroundDto turnaround, List<String> bailouts, List<String> conditions,
            RouteDto route, String at) {
        Optional<Turnaround> turn = Optional.empty();
        if (turnaround != null) {
            String here = join(at, "turnaround");
            Optional<LocalTime> by = time(turnaround.by(), here, "by");
            turn = Optional.of(build(here, TURNAROUND_FIELDS, () -> new Turnaround(by,
                    Optional.ofNullable(turnaround.afterMin()).map(PlanMapper::duration),
                    Optional.ofNullable(turnaround.atDistanceM()))));
        }
        List<String> lines = bailouts == null ? List.of() : bailouts;
        for (int i = 0; i < lines.size(); i++) {
            required(lines.get(i), join(at, "bailouts[" + i + "]"));
        }
        Set<Weather> weather = enums(Weather.class, conditions, at, "conditions");
        Optional<Route> path = route == null ? Optional.empty() : Optional.of(route(route, join(at, "route")));
        Optional<Turnaround> t = turn;
        return build(at, TRAIL_FIELDS, () -> new TrailPlan(t, lines, weather, path));
    }

    private static Route route(RouteDto d, String at) {
        List<List<Double>> raw = required(d.points(), at, "points");
        var points = new ArrayList<RoutePoint>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String here = join(at, "points[" + i + "]");
            List<Double> p = required(raw.get(i), here);
            if (p.size() < 2 || p.size() > 3 || p.contains(null)) {
                throw new InvalidValue(here, "a route point is [latitude, longitude] or [latitude, longitude,"
                        + " elevation in m] (was " + Printable.excerpt(String.valueOf(p)) + ")");
            }
            points.add(build(here, Map.of(), () -> new RoutePoint(p.get(0), p.get(1),
                    p.size() == 3 ? Optional.of(p.get(2)) : Optional.empty())));
        }
        return build(at, fields("name", "points"), () -> new Route(text(d.name()), points));
    }

    private static OutingLog log(LogDto d, String at) {
        LogId id = build(at + ".id", Map.of(), () -> new LogId(required(d.id(), at, "id")));
        LocalDate date = date(d.date(), at, "date");
        Optional<SessionId> planned = d.plannedSession() == null ? Optional.empty()
                : Optional.of(build(at + ".plannedSession", Map.of(), () -> new SessionId(d.plannedSession())));
        SessionKind kind = parse(SessionKind.class, required(d.kind(), at, "kind"), at, "kind");
        Duration duration = duration(required(d.durationMin(), at, "durationMin"));
        double rpe = required(d.rpe(), at, "rpe");
        Optional<Feel> before = feel(d.feelBefore(), at + ".feelBefore");
        Optional<Feel> during = feel(d.feelDuring(), at + ".feelDuring");
        Optional<Feel> after = feel(d.feelAfter(), at + ".feelAfter");
        Set<BodyArea> areas = enums(BodyArea.class, d.sorenessAreas(), at, "sorenessAreas");
        Set<Weather> weather = enums(Weather.class, d.weather(), at, "weather");
        Optional<LocalTime> start = time(d.startTime(), at, "startTime");
        return build(at, LOG_FIELDS, () -> new OutingLog(id, date, planned, kind, text(d.title()), duration,
                zero(d.distanceM()), zero(d.climbM()), zero(d.descentM()), zero(d.packKg()), rpe,
                Optional.ofNullable(d.avgHeartRateBpm()), Optional.ofNullable(d.maxHeartRateBpm()), before, during,
                after, Optional.ofNullable(d.soreness()), areas, Optional.ofNullable(d.sleepHours()),
                Optional.ofNullable(d.sleepQuality()), Optional.ofNullable(d.motivation()), weather,
                text(d.mealsAndHydration()), text(d.notes()), text(d.nextDayPlan()), start));
    }

    private static Optional<Feel> feel(FeelDto d, String at) {
        if (d == null) {
            return Optional.empty();
        }
        int score = required(d.score(), at, "score");
        return Optional.of(build(at, fields("score", "words"),
                () -> new Feel(score, text(d.words()))));
    }

    private static Wellness wellness(WellnessDto d, String at) {
        LocalDate date = date(d.date(), at, "date");
        int sleep = required(d.sleepQuality(), at, "sleepQuality");
        int stress = required(d.stress(), at, "stress");
        int fatigue = required(d.fatigue(), at, "fatigue");
        int soreness = required(d.soreness(), at, "soreness");
        int motivation = required(d.motivation(), at, "motivation");
        return build(at, WELLNESS_FIELDS, () -> new Wellness(date, sleep, Optional.ofNullable(d.sleepHours()), stress,
                fatigue, soreness, motivation, Optional.ofNullable(d.restingHeartRateBpm())));
    }

    private static Phase phase(PhaseDto d, String at) {
        PhaseKind kind = parse(PhaseKind.class, required(d.kind(), at, "kind"), at, "kind");
        LocalDate start = date(d.start(), at, "start");
        LocalDate end = date(d.end(), at, "end");
        return build(at, fields("start", "end"),
                () -> new Phase(kind, start, end));
    }

    private static GoalEvent goal(GoalDto d, String at) {
        String title = required(d.title(), at, "title");
        LocalDate date = date(d.date(), at, "date");
        Optional<TripId> trip = d.trip() == null ? Optional.empty()
                : Optional.of(build(at + ".trip", Map.of(), () -> new TripId(d.trip())));
        return build(at, fields("title", "date"), () -> new GoalEvent(title, date, trip));
    }

    private static RuleSettings rules(RulesDto d, String at) {
        Experience preset = d.preset() == null ? Experience.EXPERIENCED
                : parse(Experience.class, d.preset(), at, "preset");
        Map<String, Double> thresholds = d.thresholds() == null ? Map.of() : new HashMap<>(d.thresholds());
        List<String> keys = RuleNames.thresholdKeys();
        for (var e : new java.util.TreeMap<>(thresholds).entrySet()) {
            if (!keys.contains(e.getKey())) {
                // A misspelt key would be ignored and the user's choice silently lost.
                throw new InvalidValue(at + ".thresholds", Choices.unknown("threshold", e.getKey(), keys,
                        "the thresholds are"));
            }
            if (e.getValue() == null) {
                throw new InvalidValue(at + ".thresholds", "threshold " + Printable.excerpt(e.getKey())
                        + " must be a number, not null");
            }
        }
        List<String> disabled = new ArrayList<>();
        List<String> given = d.disabledRules() == null ? List.of() : d.disabledRules();
        List<String> ids = RuleNames.ruleIds();
        for (int i = 0; i < given.size(); i++) {
            String id = required(given.get(i), at, "disabledRules[" + i + "]");
            if (!ids.contains(id)) {
                throw new InvalidValue(at + ".disabledRules[" + i + "]", Choices.unknown("rule id", id, ids,
                        "the rule ids are"));
            }
            disabled.add(id);
        }
        List<RuleOverride> overrides = list(d.overrides(), at + ".overrides", PlanMapper::override);
        return build(at, fields("thresholds"),
                () -> new RuleSettings(preset, thresholds, disabled, overrides));
    }

    private static RuleOverride override(OverrideDto d, String at) {
        String ruleId = required(d.ruleId(), at, "ruleId");
        LocalDate week = date(d.weekStart(), at, "weekStart");
        // absent like every empty list the writer leaves out: a finding about the week as a whole
        List<String> given = d.dates() == null ? List.of() : d.dates();
        var dates = new ArrayList<LocalDate>(given.size());
        for (int i = 0; i < given.size(); i++) {
            dates.add(date(given.get(i), at, "dates[" + i + "]"));
        }
        Optional<Double> measured = Optional.ofNullable(d.measured());
        String reason = required(d.reason(), at, "reason");
        LocalDate recorded = date(d.recordedOn(), at, "recordedOn");
        return build(at, OVERRIDE_FIELDS, () -> new RuleOverride(ruleId, week, dates, measured, reason, recorded));
    }

    // ---------------------------------------------------------------- helpers

    // The JSON field of each record component the model may refuse (model.InvalidField.field()): "a" where the
    // names agree, "component=jsonField" where they differ. A refusal of a component not listed, or across
    // fields, is reported at the object.
    private static final Map<String, String> ATHLETE_FIELDS = fields("name", "bodyMassKg",
            "maxHeartRate=maxHeartRateBpm", "restingHeartRate=restingHeartRateBpm");
    private static final Map<String, String> SESSION_FIELDS = fields("date", "title", "duration=durationMin",
            "distanceM", "climbM", "descentM", "packKg", "targetRpe", "targetHrZone", "notes", "nextDayPlan");
    private static final Map<String, String> TRIP_FIELDS = fields("title", "start", "stages", "notes");
    private static final Map<String, String> STAGE_FIELDS = fields("duration=durationMin", "distanceM", "climbM",
            "descentM", "packKg", "targetRpe", "sleepingAltitudeM", "highPointM");
    private static final Map<String, String> TURNAROUND_FIELDS = fields("after=afterMin", "atDistanceM");
    private static final Map<String, String> TRAIL_FIELDS = fields("bailouts");
    private static final Map<String, String> LOG_FIELDS = fields("date", "title", "duration=durationMin",
            "distanceM", "climbM", "descentM", "packKg", "rpe", "avgHeartRate=avgHeartRateBpm",
            "maxHeartRate=maxHeartRateBpm", "sorenessLevel=soreness", "sleepQuality", "sleepHours", "motivation",
            "mealsAndHydration", "notes", "nextDayPlan");
    private static final Map<String, String> WELLNESS_FIELDS = fields("date", "sleepQuality", "sleepHours",
            "stress", "fatigue", "soreness", "motivation", "restingHeartRate=restingHeartRateBpm");
    private static final Map<String, String> OVERRIDE_FIELDS = fields("ruleId", "weekStart", "reason",
            "recordedOn", "dates", "measured");

    private static Map<String, String> fields(String... components) {
        var map = new LinkedHashMap<String, String>();
        for (String c : components) {
            int eq = c.indexOf('=');
            map.put(eq < 0 ? c : c.substring(0, eq), eq < 0 ? c : c.substring(eq + 1));
        }
        return map;
    }

    /**
     * Runs a model constructor; when it refuses a component's value ({@link InvalidField}), names the JSON
     * field of that component ({@code packKg} of {@code sessions[3]}), otherwise the object's own path.
     */
    private static <T> T build(String at, Map<String, String> jsonFields, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidField e) {
            String json = jsonFields.get(e.field());
            throw new InvalidValue(json == null ? at : join(at, json), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(at, e.getMessage());
        }
    }

    private static <D, T> List<T> list(List<D> dtos, String at, Mapper<D, T> mapper) {
        if (dtos == null) {
            return List.of();
        }
        var out = new ArrayList<T>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            String here = at + "[" + i + "]";
            out.add(mapper.map(required(dtos.get(i), here), here));
        }
        return out;
    }

    private interface Mapper<D, T> {
        T map(D dto, String at);
    }

    private static <T, K> void unique(List<T> values, Function<T, K> key, String list, String field, String what) {
        var seen = new HashMap<K, Integer>();
        for (int i = 0; i < values.size(); i++) {
            Integer first = seen.putIfAbsent(key.apply(values.get(i)), i);
            if (first != null) {
                throw new InvalidValue(list + "[" + i + "]." + field, what + " "
                        + Printable.excerpt(String.valueOf(key.apply(values.get(i)))) + " appears twice (also at "
                        + list + "[" + first + "])");
            }
        }
    }

    private static <T> T required(T value, String at) {
        if (value == null) {
            throw new InvalidValue(at, "this entry is null; remove it or fill it in");
        }
        return value;
    }

    private static <T> T required(T value, String at, String field) {
        if (value == null) {
            throw new InvalidValue(join(at, field), "the required field \"" + field + "\" is missing (or null)");
        }
        return value;
    }

    private static final java.util.regex.Pattern HH_MM = java.util.regex.Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private static Optional<LocalTime> time(String value, String at, String field) {
        if (value == null) {
            return Optional.empty();
        }
        if (!HH_MM.matcher(value).matches()) {
            throw new InvalidValue(join(at, field), "\"" + value + "\" is not a time of day in the form HH:MM"
                    + " (24-hour clock, e.g. \"07:30\")");
        }
        return Optional.of(LocalTime.parse(value));
    }

    private static LocalDate date(String value, String at, String field) {
        String text = required(value, at, field);
        try {
            return isoDate(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(join(at, field), "\"" + Printable.excerpt(text) + "\" is not a date in the form"
                    + " YYYY-MM-DD");
        }
    }

    /**
     * {@code LocalDate.parse(text)}, the same value or the same exception, without the formatter for the
     * usual "2026-11-30": a file's dates are read by the thousand (a ten-year plan has about 6,000), and the
     * formatter's first few thousand parses, run before the JIT has compiled them, took 17-22 ms of a short
     * run against 2 ms (docs/performance.md, session 8). Ten characters "YYYY-MM-DD" of ASCII digits that
     * {@code LocalDate.of} accepts are exactly the ones ISO_LOCAL_DATE accepts with those fields; anything else,
     * or a day {@code of} refuses (30 February), goes to {@code LocalDate.parse} and its refusal.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
            int m = digit(text, 5) * 10 + digit(text, 6);
            int d = digit(text, 8) * 10 + digit(text, 9);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    // not a day: LocalDate.parse says why
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** An ASCII digit's value, or a number that makes the sum negative. */
    private static int digit(String text, int at) {
        char c = text.charAt(at);
        return c >= '0' && c <= '9' ? c - '0' : -100_000;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String at, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new InvalidValue(join(at, field), "\"" + Printable.excerpt(value) + "\" is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String at, String field) {
        Set<E> out = EnumSet.noneOf(type);
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String here = field + "[" + i + "]";
                out.add(parse(type, required(values.get(i), at, here), at, here));
            }
        }
        return out;
    }

    private static Duration duration(Double minutes) {
        if (minutes == null) {
            return Duration.ZERO;
        }
        // Values beyond a day are refused by the model; clamp so the conversion itself cannot overflow.
        double seconds = Math.max(-1e12, Math.min(1e12, minutes * 60));
        return Duration.ofSeconds(Math.round(seconds));
    }

    /** The same defaults as {@link Session#of}. */
    private static Intention defaultIntention(SessionKind kind) {
        return switch (kind) {
            case ACTIVE_RECOVERY, REST -> Intention.RECOVERY;
            case STRENGTH_MOBILITY -> Intention.TECHNIQUE;
            default -> Intention.ENDURANCE;
        };
    }

    private static double zero(Double value) {
        return value == null ? 0 : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
