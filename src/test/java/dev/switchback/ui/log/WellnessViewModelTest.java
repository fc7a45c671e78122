package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.HooperBand;
import dev.switchback.model.Wellness;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WellnessViewModelTest {
    private final LogSamples s = new LogSamples();
    private final PlanDocument doc = new PlanDocument(s.plan(), Optional.empty());
    /** The sample plan's last check-in is Thu 19 Nov (4, 3, 4, 3). */
    private final LocalDate friday = LogSamples.MONDAY.plusDays(4);

    @Test
    void aNewDayStartsFromYesterdaysRatingsButNotItsMeasurements() {
        WellnessViewModel vm = new WellnessViewModel(doc, friday);
        assertThat(vm.sleepQualityProperty().get()).isEqualTo(4);
        assertThat(vm.fatigueProperty().get()).isEqualTo(4);
        assertThat(vm.hooperSum().get()).isEqualTo(14);
        assertThat(vm.band().get()).isEqualTo(HooperBand.HIGH);
        assertThat(vm.sleepHoursProperty().get()).isEmpty();
        assertThat(vm.restingHeartRateProperty().get()).isEmpty();
    }

    @Test
    void savesTheCheckInAsOneUndoableEdit() {
        WellnessViewModel vm = new WellnessViewModel(doc, friday);
        vm.sleepQualityProperty().set(2);
        vm.stressProperty().set(2);
        vm.fatigueProperty().set(3);
        vm.sorenessProperty().set(2);
        vm.motivationProperty().set(1);
        vm.sleepHoursProperty().set("7,5");
        vm.restingHeartRateProperty().set("49");
        assertThat(vm.save()).isTrue();
        Wellness w = doc.getPlan().wellnessOn(friday).orElseThrow();
        assertThat(w.hooperSum()).isEqualTo(9);
        assertThat(w.sleepHours()).contains(7.5);
        assertThat(w.restingHeartRate()).contains(49);
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Wellness check-in Fri 20 Nov");
    }

    @Test
    void changingTheDayLoadsThatDaysCheckIn() {
        WellnessViewModel vm = new WellnessViewModel(doc, friday);
        vm.dateProperty().set(LogSamples.MONDAY);
        Wellness monday = doc.getPlan().wellnessOn(LogSamples.MONDAY).orElseThrow();
        assertThat(vm.hooperSum().get()).isEqualTo(monday.hooperSum());
        assertThat(vm.sleepHoursProperty().get()).isEqualTo("7");
    }

    @ParameterizedTest(name = "sleep \"{0}\", RHR \"{1}\"")
    @CsvSource(delimiter = ';', value = {
        "eight; ; Sleep must be hours such as 7.5 or 7:30 (was \"eight\")",
        "25; ; Sleep must be between 0 and 24 h (was 25 h)",
        "7; 52.5; Resting heart rate must be a whole number such as 52 (was \"52.5\")",
        "7; 20; Resting heart rate must be between 25 and 150 bpm (was 20 bpm)",
    })
    void badMeasurementsAreRefusedWithAMessage(String hours, String rhr, String message) {
        WellnessViewModel vm = new WellnessViewModel(doc, friday);
        vm.sleepHoursProperty().set(hours);
        vm.restingHeartRateProperty().set(rhr == null ? "" : rhr);
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(message);
        assertThat(doc.getPlan().wellnessOn(friday)).isEmpty();
    }

    @Test
    void measurementsAreCheckedAsTheyAreTypedEachWithItsOwnReason() {
        WellnessViewModel vm = new WellnessViewModel(doc, friday);
        vm.sleepHoursProperty().set("25");
        assertThat(vm.sleepHoursErrorProperty().get()).isEqualTo("Sleep must be between 0 and 24 h (was 25 h)");
        assertThat(vm.restingHeartRateErrorProperty().get()).isEmpty();
        vm.restingHeartRateProperty().set("52.5");
        assertThat(vm.restingHeartRateErrorProperty().get())
                .isEqualTo("Resting heart rate must be a whole number such as 52 (was \"52.5\")");
        vm.sleepHoursProperty().set("7.5");
        assertThat(vm.sleepHoursErrorProperty().get()).isEmpty();
        vm.restingHeartRateProperty().set("");
        assertThat(vm.restingHeartRateErrorProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).as("nothing said before Save").isEmpty();
    }

    @Test
    void theSumIsBandedByThePlansOwnRuleThresholds() {
        doc.apply("Raise the Hooper limit", p -> p.withRules(p.rules().withThresholds(
                java.util.Map.of("wellness-hooper.sumLimit", 14.0))));
        WellnessViewModel vm = new WellnessViewModel(doc, friday);
        vm.sleepQualityProperty().set(4);
        vm.stressProperty().set(3);
        vm.fatigueProperty().set(3);
        vm.sorenessProperty().set(3);
        assertThat(vm.band().get()).isEqualTo(HooperBand.WATCH);
        assertThat(vm.sumText()).isEqualTo("Hooper sum 13 of 28: watch (9-14)");
    }
}
