package dev.switchback.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

/**
 * The file format (docs/plan-format.md describes the current schema) as plain records that mirror the JSON one to one (see
 * docs/plan-format.md). Every component is nullable because a file may leave it out; {@link PlanMapper}
 * decides what is required and what the default is. Units are in the names.
 *
 * @param findings derived when saving, for people and other tools; ignored on reading
 */
record PlanDto(
        Integer schemaVersion,
        String name,
        AthleteDto athlete,
        List<SessionDto> sessions,
        List<TripDto> trips,
        List<LogDto> logs,
        List<WellnessDto> wellness,
        List<PhaseDto> phases,
        List<GoalDto> goals,
        RulesDto rules,
        JsonNode findings) {

    record AthleteDto(
            String name,
            Double bodyMassKg,
            Integer maxHeartRateBpm,
            Integer restingHeartRateBpm,
            String sex,
            String units,
            String experience) {
    }

    record SessionDto(
            String id,
            String date,
            String kind,
            String intention,
            String title,
            Double durationMin,
            Double distanceM,
            Double climbM,
            Double descentM,
            String terrain,
            Double packKg,
            Double targetRpe,
            Integer targetHrZone,
            String notes,
            String nextDayPlan,
            String startTime,
            TurnaroundDto turnaround,
            List<String> bailouts,
            List<String> conditions,
            RouteDto route) {
    }

    /** Exactly one of the three (schema 3). */
    record TurnaroundDto(String by, Double afterMin, Double atDistanceM) {
    }

    /** Points as [latitude, longitude] or [latitude, longitude, elevation m] (schema 3). */
    record RouteDto(String name, @JsonSerialize(using = PlanJson.CompactPoints.class) List<List<Double>> points) {
    }

    record TripDto(
            String id,
            String title,
            String start,
            String terrain,
            Boolean goal,
            String notes,
            List<StageDto> stages) {
    }

    record StageDto(
            Double durationMin,
            Double distanceM,
            Double climbM,
            Double descentM,
            Double packKg,
            Double targetRpe,
            TurnaroundDto turnaround,
            List<String> bailouts,
            List<String> conditions,
            RouteDto route,
            Double sleepingAltitudeM,
            Double highPointM) {
    }

    record LogDto(
            String id,
            String date,
            String plannedSession,
            String kind,
            String title,
            Double durationMin,
            Double distanceM,
            Double climbM,
            Double descentM,
            Double packKg,
            Double rpe,
            Integer avgHeartRateBpm,
            Integer maxHeartRateBpm,
            FeelDto feelBefore,
            FeelDto feelDuring,
            FeelDto feelAfter,
            Integer soreness,
            List<String> sorenessAreas,
            Double sleepHours,
            Integer sleepQuality,
            Integer motivation,
            List<String> weather,
            String mealsAndHydration,
            String notes,
            String nextDayPlan,
            String startTime) {
    }

    record FeelDto(Integer score, String words) {
    }

    record WellnessDto(
            String date,
            Integer sleepQuality,
            Double sleepHours,
            Integer stress,
            Integer fatigue,
            Integer soreness,
            Integer motivation,
            Integer restingHeartRateBpm) {
    }

    record PhaseDto(String kind, String start, String end) {
    }

    record GoalDto(String title, String date, String trip) {
    }

    record RulesDto(
            String preset,
            Map<String, Double> thresholds,
            List<String> disabledRules,
            List<OverrideDto> overrides) {
    }

    /** Schema 3: the finding's days and measured value (absent when it had none) say what it answers. */
    record OverrideDto(String ruleId, String weekStart, List<String> dates, Double measured, String reason,
            String recordedOn) {
    }

    record FindingDto(
            String ruleId,
            String severity,
            String weekStart,
            List<String> dates,
            Double measured,
            Double threshold,
            String unit,
            String message,
            String why,
            String source,
            String suggestion) {
    }
}
