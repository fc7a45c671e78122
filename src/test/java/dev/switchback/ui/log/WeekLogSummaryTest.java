package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekLogSummaryTest {
    private final LogSamples s = new LogSamples();

    @Test
    void countsKilometresAndSessionsByCompliance() {
        // Week of 16 Nov seen on Sat 21: tempo done, pack run missed, long hike and easy spin upcoming.
        WeekLogSummary w = WeekLogSummary.of(s.plan(), LogSamples.MONDAY, LogSamples.MONDAY.plusDays(5),
                Optional.empty());
        assertThat(w.plannedKm()).isEqualTo(40);
        assertThat(w.doneKm()).isEqualTo(9.1);
        assertThat(w.text()).isEqualTo("Done 9.1 of 40 km · 1 of 4 sessions (1 as planned, 1 missed)");
    }

    @Test
    void anExtraOutingIsCounted() {
        Plan plan = s.plan().withLog(OutingLog.fromPlan(s.packRun, 6)
                .withActuals(java.time.Duration.ofMinutes(40), 6_000, 200, 200, 8))
                .withLog(OutingLog.quick(LogSamples.MONDAY.plusDays(2), dev.switchback.model.SessionKind.HIKE,
                        java.time.Duration.ofMinutes(50), 3, "walk"));
        WeekLogSummary w = WeekLogSummary.of(plan, LogSamples.MONDAY, LogSamples.MONDAY.plusDays(5), Optional.empty());
        assertThat(w.text()).isEqualTo("Done 15.1 of 40 km · 2 of 4 sessions (1 as planned, 1 extra)");
    }
}
