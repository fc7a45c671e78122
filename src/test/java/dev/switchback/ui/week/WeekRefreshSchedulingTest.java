package dev.switchback.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.FakeDialogs;
import dev.switchback.ui.app.IncrementalAnalyser;
import dev.switchback.ui.app.PlanDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When the week is presented (start-up, issue 14): the window's first frame gets the week without what the
 * engine adds (metrics, headroom, adjust reasons), which follow when the deferred work runs; opening a plan
 * presents its week once, with its own analysis, never with the previous plan's.
 */
class WeekRefreshSchedulingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static PlanDocument document(Plan plan) {
        var doc = new PlanDocument(plan, Optional.empty(), new IncrementalAnalyser(() -> TODAY));
        doc.weekStartProperty().set(dev.switchback.model.Weeks.monday(TODAY));
        return doc;
    }

    @Test
    void theFirstPresentationLeavesTheEnginesAdditionsForLater() {
        var doc = document(SamplePlan.create(TODAY));
        List<Runnable> later = new ArrayList<>();
        var week = new WeekViewModel(doc, new FakeDialogs(), () -> TODAY, later::add);

        assertThat(week.days()).hasSize(7).allSatisfy(d -> assertThat(d.room()).isEmpty());
        assertThat(week.summaryProperty().get().items()).isEmpty();
        assertThat(later).hasSize(1);

        later.get(0).run();
        var atOnce = new WeekViewModel(doc, new FakeDialogs(), () -> TODAY);
        assertThat(week.days()).isEqualTo(atOnce.days());
        assertThat(week.days()).anySatisfy(d -> assertThat(d.room()).isPresent()); // the headroom is there now
        assertThat(week.summaryProperty().get()).isEqualTo(atOnce.summaryProperty().get());
        assertThat(week.adjustReasonProperty().get()).isEqualTo(atOnce.adjustReasonProperty().get());
    }

    @Test
    void openingAPlanPresentsItsWeekOnceWithItsOwnAnalysis() {
        var doc = document(Plan.empty("My plan", Athlete.of("Runner", 70)));
        var week = new WeekViewModel(doc, new FakeDialogs(), () -> TODAY);
        List<List<WeekModels.Day>> presented = new ArrayList<>();
        week.daysProperty().addListener((obs, was, now) -> presented.add(now));

        Plan sample = SamplePlan.create(TODAY);
        doc.replace(sample, Optional.of(Path.of("plan.json")));
        // what MainViewModel does after an open: the week of today, a new LocalDate equal to the one shown
        doc.weekStartProperty().set(LocalDate.of(2026, 11, 23));

        var expected = new WeekPresenter(TODAY).present(sample, Optional.of(Engine.analyse(sample, TODAY)),
                TODAY).days();
        assertThat(presented).containsExactly(expected);
    }

    @Test
    void aPlanWithoutAnalysisIsPresentedFromThePlanAlone() {
        var doc = new PlanDocument(Plan.empty("My plan", Athlete.of("Runner", 70)), Optional.empty(), p -> {
            throw new UnsupportedOperationException("no engine");
        });
        doc.weekStartProperty().set(dev.switchback.model.Weeks.monday(TODAY));
        var week = new WeekViewModel(doc, new FakeDialogs(), () -> TODAY);

        doc.replace(SamplePlan.create(TODAY), Optional.empty());

        assertThat(week.days().stream().mapToLong(d -> d.cards().size()).sum()).isPositive();
    }
}
