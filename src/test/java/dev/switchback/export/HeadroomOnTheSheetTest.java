package dev.switchback.export;

import dev.switchback.format.UnitFormat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.plan.DayRoom;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printed sheet shows the engine's headroom under each day from today on, in the window's words. */
class HeadroomOnTheSheetTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void daysFromTodayCarryTheRoomLineAndEarlierDaysNone() {
        Plan plan = SamplePlan.create(TODAY);
        PlanAnalysis analysis = Engine.analyse(plan, TODAY);
        WeekSheet sheet = WeekSheets.build(plan, Optional.of(analysis), TODAY);
        var words = new HeadroomText(UnitFormat.of(plan.athlete().units()));
        List<DayRoom> rooms = Headroom.week(plan, analysis, TODAY, TODAY);

        assertThat(sheet.days().get(0).room()).isEmpty();
        assertThat(sheet.days().get(1).room()).isEmpty();
        for (int i = 2; i < 7; i++) {
            assertThat(sheet.days().get(i).room()).isEqualTo(words.line(rooms.get(i))).isPresent();
        }
        assertThat(sheet.days().get(2).room().get()).startsWith("room: up to ");
    }

    @Test
    void withoutAnAnalysisOrLongBeforeTodayThereIsNoRoomLine() {
        Plan plan = SamplePlan.create(TODAY);
        assertThat(WeekSheets.build(plan, Optional.empty(), TODAY).days()).allMatch(d -> d.room().isEmpty());
        assertThat(WeekSheets.build(plan, Optional.of(Engine.analyse(plan, TODAY)), TODAY.minusWeeks(3)).days())
                .allMatch(d -> d.room().isEmpty());
    }

    @Test
    void theWordsNameTheRunThePackAndWhatBinds() {
        var words = new HeadroomText(UnitFormat.of(dev.switchback.model.Units.METRIC));
        var binding = new DayRoom.Binding("weekly-ramp", "Weekly load ramp", "WARN", "This week's load is 1.31x");
        var room = new DayRoom(TODAY, DayRoom.State.OPEN, Duration.ofMinutes(95), 4, false, 12, Duration.ofHours(2),
                Optional.of(binding), Optional.empty());
        assertThat(words.line(room)).contains("room: up to 1 h 35 at RPE 4, or a 12 kg pack for 2 h");
        assertThat(words.why(room)).contains("Longer: Weekly load ramp (WARN) - This week's load is 1.31x");
        var none = new DayRoom(TODAY, DayRoom.State.OPEN, Duration.ZERO, 4, false, 0, Duration.ZERO,
                Optional.of(binding), Optional.empty());
        assertThat(words.line(none)).contains("no room for more (Weekly load ramp)");
        var capped = new DayRoom(TODAY, DayRoom.State.OPEN, Duration.ofHours(8), 4, true, 0, Duration.ZERO,
                Optional.empty(), Optional.empty());
        assertThat(words.line(capped)).contains("room: 8 h or more at RPE 4");
        assertThat(words.line(new DayRoom(TODAY, DayRoom.State.TRIP, Duration.ZERO, 4, false, 0, Duration.ZERO,
                Optional.empty(), Optional.empty()))).isEmpty();
    }
}
