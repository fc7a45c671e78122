package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickLogViewModelTest {
    private final LogSamples s = new LogSamples();
    private final PlanDocument doc = new PlanDocument(s.plan(), Optional.empty());

    @Test
    void quickLogOfAPlannedSessionTakesTheRestAsPlanned() {
        QuickLogViewModel vm = QuickLogViewModel.forPlanned(doc, s.packRun.id());
        assertThat(vm.durationProperty().get()).isEqualTo("1:30");
        assertThat(vm.rpeProperty().get()).isEqualTo(5);
        vm.rpeProperty().set(7);
        vm.durationProperty().set("95");
        vm.noteProperty().set("windy on the ridge ");
        assertThat(vm.save()).isTrue();
        OutingLog log = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(log.rpe()).isEqualTo(7);
        assertThat(log.duration()).isEqualTo(Duration.ofMinutes(95));
        assertThat(log.notes()).isEqualTo("windy on the ridge");
        assertThat(log.distanceM()).isEqualTo(13_000);
        assertThat(log.packKg()).isEqualTo(8);
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Quick log Run with pack on Thu 19 Nov");
    }

    @Test
    void quickLoggingAgainReplacesTheEarlierLog() {
        QuickLogViewModel first = QuickLogViewModel.forPlanned(doc, s.packRun.id());
        first.save();
        QuickLogViewModel again = QuickLogViewModel.forPlanned(doc, s.packRun.id());
        again.rpeProperty().set(8);
        again.save();
        assertThat(doc.getPlan().logs().stream().filter(l -> l.plannedSession().isPresent()
                && l.plannedSession().get().equals(s.packRun.id()))).hasSize(1);
        assertThat(doc.getPlan().logFor(s.packRun.id()).orElseThrow().rpe()).isEqualTo(8);
    }

    @Test
    void quickLogOfAnUnplannedOuting() {
        QuickLogViewModel vm = QuickLogViewModel.forUnplanned(doc, LogSamples.MONDAY.plusDays(2));
        vm.kindProperty().set(SessionKind.HIKE);
        vm.rpeProperty().set(3);
        vm.durationProperty().set("0:45");
        vm.noteProperty().set("walk");
        assertThat(vm.save()).isTrue();
        assertThat(doc.getPlan().logsOn(LogSamples.MONDAY.plusDays(2))).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(SessionKind.HIKE);
            assertThat(l.plannedSession()).isEmpty();
            assertThat(l.duration()).isEqualTo(Duration.ofMinutes(45));
        });
    }

    @Test
    void aBadDurationIsRefused() {
        QuickLogViewModel vm = QuickLogViewModel.forPlanned(doc, s.packRun.id());
        vm.durationProperty().set("an hour");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Duration must be hours:minutes");
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "1:30; ''", "90; ''", "1h30; ''", "1.5h; ''", "1 h 30 min; ''",
            "an hour; Duration must be hours:minutes such as 1:30, minutes such as 90, or 1h30 or 1.5h (was \"an hour\")",
            "25:00; Actual duration must be between 0 and 24 h (was 1500 min)"})
    void theDurationIsCheckedAsItIsTypedWithTheFormsEveryFieldAccepts(String typed, String reason) {
        QuickLogViewModel vm = QuickLogViewModel.forPlanned(doc, s.packRun.id());
        vm.durationProperty().set(typed);
        assertThat(vm.durationErrorProperty().get()).isEqualTo(reason);
        assertThat(vm.save()).isEqualTo(reason.isEmpty());
    }
}
