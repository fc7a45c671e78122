package dev.switchback.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchback.store.PlanDto.AthleteDto;
import dev.switchback.store.PlanDto.FeelDto;
import dev.switchback.store.PlanDto.GoalDto;
import dev.switchback.store.PlanDto.LogDto;
import dev.switchback.store.PlanDto.OverrideDto;
import dev.switchback.store.PlanDto.PhaseDto;
import dev.switchback.store.PlanDto.RouteDto;
import dev.switchback.store.PlanDto.RulesDto;
import dev.switchback.store.PlanDto.SessionDto;
import dev.switchback.store.PlanDto.StageDto;
import dev.switchback.store.PlanDto.TripDto;
import dev.switchback.store.PlanDto.TurnaroundDto;
import dev.switchback.store.PlanDto.WellnessDto;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A good plan file's tree and DTOs without Jackson's databind set-up. {@link #plan} reads the DTOs from a
 * parsed tree by hand, for a file that holds only what a plan file can: it gives
 * exactly what {@link PlanJson}'s strict mapper binds from that tree, or null as soon as anything is not
 * the plain case (a field it does not know, a null, a value of another JSON type, a whole number too large
 * for an int, a number that is not finite). Then the mapper binds the file as before and reports its
 * refusal with line and column: this reader never refuses a file and writes no message (decisions/0015).
 *
 * <p>Why: binding with Jackson first builds a deserializer for each DTO record by reflection over its
 * components and annotations, 40-50 ms of every short run (a {@code check}, the window's first read) for
 * a few ms of actual binding. What the mapper would do and this reader mirrors, value by value: text only
 * from a JSON string, numbers for {@code Double} from any JSON number that is finite ({@code FiniteNumbers}),
 * {@code Integer} only from a JSON whole number that fits an int, {@code Boolean} only from true or false,
 * lists as {@link ArrayList}, the thresholds as a {@link LinkedHashMap} in the file's order, a missing
 * field as null, {@code findings} as the tree's node (ignored on reading). {@code TreeReaderTest} compares
 * the two on whole plans and on every field of a plan set to each kind of wrong value.
 */
final class TreeReader {
    /** Not the plain case: the mapper decides. No stack trace, it is thrown and caught at once. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private TreeReader() {
    }

    /**
     * The file's tree as the mapper's {@code readTree} makes it, parsed with the mapper's own parser settings,
     * or null when the file is not plain: its root is not an object, a whole number is beyond a long, or the
     * parser refuses it (bad JSON, a field twice, a limit, text after the end). Then the mapper reads it and
     * reports the refusal as before. Saves building the mapper (about 20 ms of a short run) for a good file.
     */
    static JsonNode tree(JsonFactory factory, byte[] content) {
        try (JsonParser p = factory.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonNode root = object(p);
            return p.nextToken() == null ? root : null; // the mapper refuses trailing tokens
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode o = NODES.objectNode();
        String name;
        while ((name = p.nextFieldName()) != null) {
            o.set(name, value(p, p.nextToken()));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw NOT_PLAIN;
        }
        return o;
    }

    /** The node {@code JsonNodeDeserializer} makes of the token, with the mapper's default node factory. */
    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw NOT_PLAIN;
        }
        switch (t) {
            case START_OBJECT:
                return object(p);
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(value(p, next));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        throw NOT_PLAIN;
                }
            case VALUE_NUMBER_FLOAT:
                if (p.getNumberTypeFP() != JsonParser.NumberTypeFP.UNKNOWN) {
                    throw NOT_PLAIN;
                }
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw NOT_PLAIN;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The file's DTO, or null when the mapper must bind it. */
    static PlanDto plan(JsonNode tree) {
        try {
            return planDto(tree);
        } catch (NotPlain e) {
            return null;
        }
    }

    private static PlanDto planDto(JsonNode n) {
        Integer schemaVersion = null;
        String name = null;
        AthleteDto athlete = null;
        List<SessionDto> sessions = null;
        List<TripDto> trips = null;
        List<LogDto> logs = null;
        List<WellnessDto> wellness = null;
        List<PhaseDto> phases = null;
        List<GoalDto> goals = null;
        RulesDto rules = null;
        JsonNode findings = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "schemaVersion" -> schemaVersion = integer(v);
                case "name" -> name = text(v);
                case "athlete" -> athlete = athlete(v);
                case "sessions" -> sessions = list(v, TreeReader::session);
                case "trips" -> trips = list(v, TreeReader::trip);
                case "logs" -> logs = list(v, TreeReader::log);
                case "wellness" -> wellness = list(v, TreeReader::wellness);
                case "phases" -> phases = list(v, TreeReader::phase);
                case "goals" -> goals = list(v, TreeReader::goal);
                case "rules" -> rules = rules(v);
                case "findings" -> findings = notNull(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new PlanDto(schemaVersion, name, athlete, sessions, trips, logs, wellness, phases, goals, rules,
                findings);
    }

    /** Each element of the array {@code v} read by {@code element}, as an {@link ArrayList} (what the mapper binds). */
    private static <T> List<T> list(JsonNode v, java.util.function.Function<JsonNode, T> element) {
        var list = new ArrayList<T>(array(v).size());
        for (JsonNode x : v) {
            list.add(element.apply(x));
        }
        return list;
    }

    private static AthleteDto athlete(JsonNode n) {
        String name = null;
        Double bodyMassKg = null;
        Integer maxHeartRateBpm = null;
        Integer restingHeartRateBpm = null;
        String sex = null;
        String units = null;
        String experience = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "name" -> name = text(v);
                case "bodyMassKg" -> bodyMassKg = number(v);
                case "maxHeartRateBpm" -> maxHeartRateBpm = integer(v);
                case "restingHeartRateBpm" -> restingHeartRateBpm = integer(v);
                case "sex" -> sex = text(v);
                case "units" -> units = text(v);
                case "experience" -> experience = text(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new AthleteDto(name, bodyMassKg, maxHeartRateBpm, restingHeartRateBpm, sex, units, experience);
    }

    private static SessionDto session(JsonNode n) {
        String id = null;
        String date = null;
        String kind = null;
        String intention = null;
        String title = null;
        Double durationMin = null;
        Double distanceM = null;
        Double climbM = null;
        Double descentM = null;
        String terrain = null;
        Double packKg = null;
        Double targetRpe = null;
        Integer targetHrZone = null;
        String notes = null;
        String nextDayPlan = null;
        String startTime = null;
        TurnaroundDto turnaround = null;
        List<String> bailouts = null;
        List<String> conditions = null;
        RouteDto route = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "id" -> id = text(v);
                case "date" -> date = text(v);
                case "kind" -> kind = text(v);
                case "intention" -> intention = text(v);
                case "title" -> title = text(v);
                case "durationMin" -> durationMin = number(v);
                case "distanceM" -> distanceM = number(v);
                case "climbM" -> climbM = number(v);
                case "descentM" -> descentM = number(v);
                case "terrain" -> terrain = text(v);
                case "packKg" -> packKg = number(v);
                case "targetRpe" -> targetRpe = number(v);
                case "targetHrZone" -> targetHrZone = integer(v);
                case "notes" -> notes = text(v);
                case "nextDayPlan" -> nextDayPlan = text(v);
                case "startTime" -> startTime = text(v);
                case "turnaround" -> turnaround = turnaround(v);
                case "bailouts" -> bailouts = texts(v);
                case "conditions" -> conditions = texts(v);
                case "route" -> route = route(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new SessionDto(id, date, kind, intention, title, durationMin, distanceM, climbM, descentM, terrain,
                packKg, targetRpe, targetHrZone, notes, nextDayPlan, startTime, turnaround, bailouts, conditions,
                route);
    }

    private static TurnaroundDto turnaround(JsonNode n) {
        String by = null;
        Double afterMin = null;
        Double atDistanceM = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "by" -> by = text(v);
                case "afterMin" -> afterMin = number(v);
                case "atDistanceM" -> atDistanceM = number(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new TurnaroundDto(by, afterMin, atDistanceM);
    }

    private static RouteDto route(JsonNode n) {
        String name = null;
        List<List<Double>> points = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "name" -> name = text(v);
                case "points" -> {
                    var list = new ArrayList<List<Double>>(array(v).size());
                    for (JsonNode point : v) {
                        var p = new ArrayList<Double>(array(point).size());
                        for (JsonNode x : point) {
                            p.add(number(x));
                        }
                        list.add(p);
                    }
                    points = list;
                }
                default -> throw NOT_PLAIN;
            }
        }
        return new RouteDto(name, points);
    }

    private static TripDto trip(JsonNode n) {
        String id = null;
        String title = null;
        String start = null;
        String terrain = null;
        Boolean goal = null;
        String notes = null;
        List<StageDto> stages = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "id" -> id = text(v);
                case "title" -> title = text(v);
                case "start" -> start = text(v);
                case "terrain" -> terrain = text(v);
                case "goal" -> goal = bool(v);
                case "notes" -> notes = text(v);
                case "stages" -> stages = list(v, TreeReader::stage);
                default -> throw NOT_PLAIN;
            }
        }
        return new TripDto(id, title, start, terrain, goal, notes, stages);
    }

    private static StageDto stage(JsonNode n) {
        Double durationMin = null;
        Double distanceM = null;
        Double climbM = null;
        Double descentM = null;
        Double packKg = null;
        Double targetRpe = null;
        TurnaroundDto turnaround = null;
        List<String> bailouts = null;
        List<String> conditions = null;
        RouteDto route = null;
        Double sleepingAltitudeM = null;
        Double highPointM = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "durationMin" -> durationMin = number(v);
                case "distanceM" -> distanceM = number(v);
                case "climbM" -> climbM = number(v);
                case "descentM" -> descentM = number(v);
                case "packKg" -> packKg = number(v);
                case "targetRpe" -> targetRpe = number(v);
                case "turnaround" -> turnaround = turnaround(v);
                case "bailouts" -> bailouts = texts(v);
                case "conditions" -> conditions = texts(v);
                case "route" -> route = route(v);
                case "sleepingAltitudeM" -> sleepingAltitudeM = number(v);
                case "highPointM" -> highPointM = number(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new StageDto(durationMin, distanceM, climbM, descentM, packKg, targetRpe, turnaround, bailouts,
                conditions, route, sleepingAltitudeM, highPointM);
    }

    private static LogDto log(JsonNode n) {
        String id = null;
        String date = null;
        String plannedSession = null;
        String kind = null;
        String title = null;
        Double durationMin = null;
        Double distanceM = null;
        Double climbM = null;
        Double descentM = null;
        Double packKg = null;
        Double rpe = null;
        Integer avgHeartRateBpm = null;
        Integer maxHeartRateBpm = null;
        FeelDto feelBefore = null;
        FeelDto feelDuring = null;
        FeelDto feelAfter = null;
        Integer soreness = null;
        List<String> sorenessAreas = null;
        Double sleepHours = null;
        Integer sleepQuality = null;
        Integer motivation = null;
        List<String> weather = null;
        String mealsAndHydration = null;
        String notes = null;
        String nextDayPlan = null;
        String startTime = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "id" -> id = text(v);
                case "date" -> date = text(v);
                case "plannedSession" -> plannedSession = text(v);
                case "kind" -> kind = text(v);
                case "title" -> title = text(v);
                case "durationMin" -> durationMin = number(v);
                case "distanceM" -> distanceM = number(v);
                case "climbM" -> climbM = number(v);
                case "descentM" -> descentM = number(v);
                case "packKg" -> packKg = number(v);
                case "rpe" -> rpe = number(v);
                case "avgHeartRateBpm" -> avgHeartRateBpm = integer(v);
                case "maxHeartRateBpm" -> maxHeartRateBpm = integer(v);
                case "feelBefore" -> feelBefore = feel(v);
                case "feelDuring" -> feelDuring = feel(v);
                case "feelAfter" -> feelAfter = feel(v);
                case "soreness" -> soreness = integer(v);
                case "sorenessAreas" -> sorenessAreas = texts(v);
                case "sleepHours" -> sleepHours = number(v);
                case "sleepQuality" -> sleepQuality = integer(v);
                case "motivation" -> motivation = integer(v);
                case "weather" -> weather = texts(v);
                case "mealsAndHydration" -> mealsAndHydration = text(v);
                case "notes" -> notes = text(v);
                case "nextDayPlan" -> nextDayPlan = text(v);
                case "startTime" -> startTime = text(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new LogDto(id, date, plannedSession, kind, title, durationMin, distanceM, climbM, descentM, packKg, rpe,
                avgHeartRateBpm, maxHeartRateBpm, feelBefore, feelDuring, feelAfter, soreness, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    private static FeelDto feel(JsonNode n) {
        Integer score = null;
        String words = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "score" -> score = integer(v);
                case "words" -> words = text(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new FeelDto(score, words);
    }

    private static WellnessDto wellness(JsonNode n) {
        String date = null;
        Integer sleepQuality = null;
        Double sleepHours = null;
        Integer stress = null;
        Integer fatigue = null;
        Integer soreness = null;
        Integer motivation = null;
        Integer restingHeartRateBpm = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "date" -> date = text(v);
                case "sleepQuality" -> sleepQuality = integer(v);
                case "sleepHours" -> sleepHours = number(v);
                case "stress" -> stress = integer(v);
                case "fatigue" -> fatigue = integer(v);
                case "soreness" -> soreness = integer(v);
                case "motivation" -> motivation = integer(v);
                case "restingHeartRateBpm" -> restingHeartRateBpm = integer(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new WellnessDto(date, sleepQuality, sleepHours, stress, fatigue, soreness, motivation,
                restingHeartRateBpm);
    }

    private static PhaseDto phase(JsonNode n) {
        String kind = null;
        String start = null;
        String end = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "kind" -> kind = text(v);
                case "start" -> start = text(v);
                case "end" -> end = text(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new PhaseDto(kind, start, end);
    }

    private static GoalDto goal(JsonNode n) {
        String title = null;
        String date = null;
        String trip = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "title" -> title = text(v);
                case "date" -> date = text(v);
                case "trip" -> trip = text(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new GoalDto(title, date, trip);
    }

    private static RulesDto rules(JsonNode n) {
        String preset = null;
        Map<String, Double> thresholds = null;
        List<String> disabledRules = null;
        List<OverrideDto> overrides = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "preset" -> preset = text(v);
                case "thresholds" -> {
                    var map = new LinkedHashMap<String, Double>();
                    for (Iterator<Map.Entry<String, JsonNode>> t = fields(v); t.hasNext();) {
                        Map.Entry<String, JsonNode> x = t.next();
                        map.put(x.getKey(), number(x.getValue()));
                    }
                    thresholds = map;
                }
                case "disabledRules" -> disabledRules = texts(v);
                case "overrides" -> overrides = list(v, TreeReader::override);
                default -> throw NOT_PLAIN;
            }
        }
        return new RulesDto(preset, thresholds, disabledRules, overrides);
    }

    private static OverrideDto override(JsonNode n) {
        String ruleId = null;
        String weekStart = null;
        List<String> dates = null;
        Double measured = null;
        String reason = null;
        String recordedOn = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(n); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "ruleId" -> ruleId = text(v);
                case "weekStart" -> weekStart = text(v);
                case "dates" -> dates = texts(v);
                case "measured" -> measured = number(v);
                case "reason" -> reason = text(v);
                case "recordedOn" -> recordedOn = text(v);
                default -> throw NOT_PLAIN;
            }
        }
        return new OverrideDto(ruleId, weekStart, dates, measured, reason, recordedOn);
    }

    // ---------------------------------------------------------------- values: the plain case or NOT_PLAIN

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        if (!n.isObject()) {
            throw NOT_PLAIN;
        }
        return n.properties().iterator();
    }

    private static JsonNode array(JsonNode n) {
        if (!n.isArray()) {
            throw NOT_PLAIN;
        }
        return n;
    }

    private static JsonNode notNull(JsonNode n) {
        if (n.isNull() || n.isMissingNode()) {
            throw NOT_PLAIN;
        }
        return n;
    }

    private static String text(JsonNode n) {
        if (!n.isTextual()) {
            throw NOT_PLAIN;
        }
        return n.textValue();
    }

    private static List<String> texts(JsonNode n) {
        return list(n, TreeReader::text);
    }

    /** What {@code FiniteNumbers} gives: an int, long or double node's value, if finite. */
    private static Double number(JsonNode n) {
        if (n.isInt() || n.isLong() || n.isDouble()) {
            double v = n.doubleValue();
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw NOT_PLAIN;
    }

    private static Integer integer(JsonNode n) {
        if (!n.isInt()) {
            throw NOT_PLAIN;
        }
        return n.intValue();
    }

    private static Boolean bool(JsonNode n) {
        if (!n.isBoolean()) {
            throw NOT_PLAIN;
        }
        return n.booleanValue();
    }
}
