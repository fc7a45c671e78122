package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.SessionId;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A session's start time leads its line on the printed week sheet; without one, nothing is added. */
class StartTimeOnTheSheetTest {
    @Test
    void theStartTimeLeadsTheKindLine() {
        Plan plan = ExportFixtures.plan();
        var hills = plan.session(new SessionId("s-hills")).orElseThrow();
        plan = plan.withSession(hills.withStartTime(Optional.of(LocalTime.of(6, 45))));
        WeekSheet sheet = WeekSheets.build(plan, Optional.empty(), ExportFixtures.W48);
        var labels = sheet.days().stream().flatMap(d -> d.entries().stream()).map(WeekSheet.Entry::kindLabel).toList();
        assertThat(labels).contains("06:45 · Trail run · Peak");
        assertThat(labels).filteredOn(l -> l.startsWith("Run with pack")).isNotEmpty();
    }
}
