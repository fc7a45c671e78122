package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.GoalEvent;
import dev.switchback.model.Plan;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextGoalTest {
    private static final LocalDate MONDAY = Plans.MONDAY;
    private final Trip sarek = new Trip(new TripId("sarek"), "Sarek traverse", MONDAY.plusWeeks(5).plusDays(3),
            List.of(TripStage.of(Duration.ofHours(6), 15_000, 800, 14)), Terrain.TRAIL, true, "");

    @Test
    void aGoalTripCountsWhenNoGoalEventNamesIt() {
        Plan plan = Plans.plan(List.of()).withTrip(sarek);
        NextGoal g = NextGoal.of(plan, MONDAY.plusDays(2)).orElseThrow();
        assertThat(g.title()).isEqualTo("Sarek traverse");
        assertThat(g.weeksAway()).isEqualTo(5);
        assertThat(g.countdown()).isEqualTo("5 weeks to Sarek traverse");
        assertThat(g.when()).isEqualTo("in 5 weeks");
    }

    @Test
    void theEarliestGoalOnOrAfterTheMondayWinsAndOnesBeforeItDoNot() {
        Plan plan = Plans.plan(List.of()).withTrip(sarek).withGoals(List.of(
                new GoalEvent("Spring race", MONDAY.minusDays(1), Optional.empty()),
                new GoalEvent("Club 30 km", MONDAY.plusDays(6), Optional.empty())));
        NextGoal g = NextGoal.of(plan, MONDAY).orElseThrow();
        assertThat(g.title()).isEqualTo("Club 30 km");
        assertThat(g.countdown()).isEqualTo("Club 30 km this week");
        assertThat(NextGoal.of(plan, MONDAY.plusWeeks(4)).orElseThrow().countdown())
                .isEqualTo("1 week to Sarek traverse");
        assertThat(NextGoal.of(plan, MONDAY.plusWeeks(6))).isEmpty();
    }

    @Test
    void aGoalEventThatNamesTheTripIsTheOneShown() {
        Plan plan = Plans.plan(List.of()).withTrip(sarek).withGoals(List.of(
                new GoalEvent("Sarek, the big one", sarek.start(), Optional.of(sarek.id()))));
        assertThat(NextGoal.of(plan, MONDAY).orElseThrow().title()).isEqualTo("Sarek, the big one");
    }
}
