package dev.switchback.engine;

import static dev.switchback.engine.Plans.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixesTest {
    final Session hike = Plans.hike(MONDAY, 4, 120, 20).withDistanceM(8000).withClimbM(600).withDescentM(500);
    final Plan plan = Plans.plan(List.of(hike));

    private Session only(Plan p) {
        return p.sessions().get(0);
    }

    @Test
    void movesASession() {
        Plan p = Fixes.apply(plan, new Suggestion.MoveSession(hike.id(), MONDAY.plusDays(2), "Move"));
        assertThat(only(p).date()).isEqualTo(MONDAY.plusDays(2));
        assertThat(only(plan).date()).isEqualTo(MONDAY);
    }

    @Test
    void capsAPackButNeverRaisesIt() {
        assertThat(only(Fixes.apply(plan, new Suggestion.CapPack(hike.id(), 13.6, "Cap"))).packKg()).isEqualTo(13.6);
        assertThat(only(Fixes.apply(plan, new Suggestion.CapPack(hike.id(), 30, "Cap"))).packKg()).isEqualTo(20);
    }

    @Test
    void removesASessionAndOnlyThatOne() {
        Session other = Plans.run(MONDAY.plusDays(1), 3, 40);
        Plan two = Plans.plan(List.of(hike, other));
        Plan p = Fixes.apply(two, new Suggestion.RemoveSession(hike.id(), "Drop"));
        assertThat(p.sessions()).containsExactly(other);
        assertThat(two.sessions()).hasSize(2);
        assertThat(Fixes.target(new Suggestion.RemoveSession(hike.id(), "Drop"))).isEqualTo(hike.id());
    }

    @Test
    void usingTheEstimateDropsTheTargetRpeAndNothingElse() {
        Session p = only(Fixes.apply(plan, new Suggestion.UseEstimatedEffort(hike.id(), 6.2, "Use")));
        assertThat(p.targetRpe()).isEmpty();
        assertThat(p.withTargetRpe(hike.targetRpe())).isEqualTo(hike);
    }

    @Test
    void replacesWithARestDayKeepingTheId() {
        Session rest = only(Fixes.apply(plan, new Suggestion.ReplaceWithRest(hike.id(), "Rest")));
        assertThat(rest.kind()).isEqualTo(SessionKind.REST);
        assertThat(rest.id()).isEqualTo(hike.id());
        assertThat(rest.duration()).isZero();
        assertThat(rest.packKg()).isZero();
    }

    @Test
    void shortensWithDistanceAndClimbScaledSoTheEffortStays() {
        Session s = only(Fixes.apply(plan, new Suggestion.Shorten(hike.id(), Duration.ofMinutes(90), "Shorten")));
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(s.distanceM()).isEqualTo(6000);
        assertThat(s.climbM()).isEqualTo(450);
        assertThat(s.descentM()).isEqualTo(375);
    }

    @Test
    void lowersTheEffort() {
        Session s = only(Fixes.apply(plan, new Suggestion.LowerEffort(hike.id(), 5, "Easier")));
        assertThat(s.targetRpe()).isEqualTo(Optional.of(5.0));
    }

    @Test
    void adviceOrAMissingSessionLeavesThePlanAsItWas() {
        assertThat(Fixes.apply(plan, new Suggestion.Advice("Rest more"))).isSameAs(plan);
        assertThat(Fixes.apply(plan, new Suggestion.ReplaceWithRest(new dev.switchback.model.SessionId("gone"), "x")))
                .isSameAs(plan);
    }
}
