package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PlannedEffortTest {

    @Test
    void theRunnersTargetIsTakenAsItIs() {
        Session s = Plans.run(Plans.MONDAY, 6.5, 50);
        assertThat(PlannedEffort.of(s, Plans.athlete())).contains(new PlannedEffort(6.5, false));
    }

    @Test
    void withoutATargetTheLoadModelsEstimateIsRoundedToHalfAPoint() {
        Session s = Plans.hike(Plans.MONDAY, 4, 240, 14).withTargetRpe(Optional.empty());
        double raw = LoadModel.planned(s, Plans.athlete()).rpeUsed();
        PlannedEffort e = PlannedEffort.of(s, Plans.athlete()).orElseThrow();
        assertThat(e.estimated()).isTrue();
        assertThat(e.rpe()).isEqualTo(Math.round(raw * 2) / 2.0);
    }

    @Test
    void aRestSessionHasNoEffort() {
        Session rest = Session.of(Plans.MONDAY, SessionKind.REST, "Rest", Duration.ZERO);
        assertThat(PlannedEffort.of(rest, Plans.athlete())).isEmpty();
    }

    @Property(tries = 50)
    void anEstimateIsAlwaysOnTheHalfPointGrid(@ForAll @IntRange(min = 20, max = 400) int minutes,
            @ForAll @IntRange(min = 0, max = 25) int packKg) {
        Session s = Plans.hike(Plans.MONDAY, 4, minutes, packKg).withTargetRpe(Optional.empty());
        double rpe = PlannedEffort.of(s, Plans.athlete()).orElseThrow().rpe();
        assertThat(rpe * 2).isEqualTo(Math.rint(rpe * 2));
    }
}
