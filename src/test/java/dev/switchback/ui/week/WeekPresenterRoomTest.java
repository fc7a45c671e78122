package dev.switchback.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.export.HeadroomText;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The week view's line under each day is the engine's headroom, with the binding rules as its tooltip. */
class WeekPresenterRoomTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void eachDayFromTodayShowsItsRoomAndWhy() {
        Plan plan = SamplePlan.create(TODAY);
        PlanAnalysis analysis = Engine.analyse(plan, TODAY);
        var screen = new WeekPresenter(TODAY).present(plan, Optional.of(analysis), TODAY.plusWeeks(1));
        var rooms = Headroom.week(plan, analysis, TODAY.plusWeeks(1), TODAY);
        var words = new HeadroomText(UnitFormat.of(plan.athlete().units()));

        for (int i = 0; i < 7; i++) {
            assertThat(screen.days().get(i).room()).isEqualTo(words.line(rooms.get(i)));
            assertThat(screen.days().get(i).roomWhy()).isEqualTo(words.why(rooms.get(i)));
        }
        assertThat(screen.days().get(0).room()).contains("no room for more (Rest day)");
        assertThat(screen.days().get(1).room().get()).matches("room: up to \\d h( \\d\\d)? at RPE 4, or a .*");
    }

    @Test
    void pastDaysAndAWeekWithoutAnalysisShowNoRoom() {
        Plan plan = SamplePlan.create(TODAY);
        var screen = new WeekPresenter(TODAY).present(plan, Optional.of(Engine.analyse(plan, TODAY)), TODAY);
        assertThat(screen.days().get(0).room()).isEmpty();
        assertThat(screen.days().get(1).room()).isEmpty();
        assertThat(screen.days().get(2).room()).isPresent();
        assertThat(new WeekPresenter(TODAY).present(plan, Optional.empty(), TODAY).days())
                .allMatch(d -> d.room().isEmpty());
    }
}
