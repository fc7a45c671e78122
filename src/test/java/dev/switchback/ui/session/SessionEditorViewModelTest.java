package dev.switchback.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.session.SessionEditorViewModel.Field;
import java.time.Duration;
import java.time.LocalDate;
import dev.switchback.model.Session;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SessionEditorViewModelTest {
    private static final Athlete ALEX = Athlete.of("Alex", 70);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void aNewSessionStartsValidOnItsDay() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.result()).get().satisfies(s -> {
            assertThat(s.date()).isEqualTo(DAY);
            assertThat(s.duration()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void buildsTheSessionFromTypedValuesInSi() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.titleProperty().set("Ridge run");
        vm.durationProperty().set("1:45");
        vm.distanceProperty().set("18.5");
        vm.climbProperty().set("900");
        vm.packProperty().set("6");
        vm.targetRpeProperty().set("6");
        var s = vm.result().orElseThrow();
        assertThat(s.title()).isEqualTo("Ridge run");
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(105));
        assertThat(s.distanceM()).isEqualTo(18_500);
        assertThat(s.climbM()).isEqualTo(900);
        assertThat(s.packKg()).isEqualTo(6);
        assertThat(s.targetRpe()).contains(6.0);
    }

    @Test
    void refusesAnOutOfRangeClimbWithTheModelsReasonNextToTheField() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.climbProperty().set("-5");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.result()).isEmpty();
        assertThat(vm.error(Field.CLIMB)).isEqualTo("Climb must be between 0 and 15000 m (was -5 m)");
        assertThat(vm.error(Field.DISTANCE)).isEmpty();
    }

    @Test
    void packMassAcceptsTheLimitAndRefusesJustAboveIt() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.packProperty().set("80");
        assertThat(vm.error(Field.PACK)).isEmpty();
        vm.packProperty().set("80.1");
        assertThat(vm.error(Field.PACK)).startsWith("Pack mass must be between 0 and 80 kg");
    }

    @Test
    void refusesTextInANumberFieldAndRecoversWhenCorrected() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.distanceProperty().set("12 mi");
        assertThat(vm.error(Field.DISTANCE)).isEqualTo("Distance (km) must be a number such as 12.5 (was \"12 mi\")");
        vm.distanceProperty().set("12 km");
        assertThat(vm.error(Field.DISTANCE)).isEmpty();
        vm.distanceProperty().set("12");
        assertThat(vm.error(Field.DISTANCE)).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void heartRateZoneSixIsRefusedAndFiveAccepted() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.hrZoneProperty().set("6");
        assertThat(vm.error(Field.HR_ZONE)).contains("between 1 and 5");
        vm.hrZoneProperty().set("5");
        assertThat(vm.error(Field.HR_ZONE)).isEmpty();
    }

    @Test
    void showsPackMassAsShareOfBodyMass() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.packProperty().set("14");
        assertThat(vm.packShareProperty().get()).isEqualTo("20\u00a0% of body mass (70 kg)");
        vm.packProperty().set("");
        assertThat(vm.packShareProperty().get()).isEqualTo("no pack");
    }

    @Test
    void choosingRestClearsDurationDistanceAndPackSoTheRestDayIsValid() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.distanceProperty().set("10");
        vm.packProperty().set("5");
        vm.kindProperty().set(SessionKind.REST);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.result().orElseThrow().isRest()).isTrue();
    }

    @Test
    void aRuleAcrossFieldsIsShownForTheWholeForm() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX);
        vm.kindProperty().set(SessionKind.REST);
        vm.durationProperty().set("0:30");
        assertThat(vm.error(Field.FORM)).isEqualTo("A rest day has no duration, distance or pack");
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void editingKeepsTheSessionsIdentity() {
        var original = DemoPlans.week(DemoPlans.MONDAY).sessions().get(1);
        var vm = SessionEditorViewModel.forEdit(original, ALEX);
        vm.titleProperty().set("Renamed");
        assertThat(vm.result().orElseThrow().id()).isEqualTo(original.id());
        assertThat(vm.result().orElseThrow().distanceM()).isEqualTo(original.distanceM());
    }

    @Test
    void imperialUsersTypeMilesAndPoundsStoredAsMetresAndKilograms() {
        var vm = SessionEditorViewModel.forNew(DAY, ALEX.withUnits(Units.IMPERIAL));
        vm.distanceProperty().set("10");
        vm.packProperty().set("22");
        var s = vm.result().orElseThrow();
        assertThat(s.distanceM()).isEqualTo(16_093.44, org.assertj.core.api.Assertions.within(0.01));
        assertThat(s.packKg()).isEqualTo(9.979, org.assertj.core.api.Assertions.within(0.001));
        assertThat(vm.units().distanceUnit()).isEqualTo("mi");
    }

    @Property(tries = 300)
    void aSessionOpenedAndSavedUntouchedIsUnchangedInEitherUnitSystem(
            @ForAll @DoubleRange(min = 0, max = 100_000) double distanceM,
            @ForAll @DoubleRange(min = 0, max = 8_000) double climbM,
            @ForAll @DoubleRange(min = 0, max = 40) double packKg,
            @ForAll Units units) {
        Session start = Session.of(DAY, SessionKind.RUN_WITH_PACK, "Ridge", Duration.ofMinutes(95))
                .withDistanceM(distanceM).withClimbM(climbM).withDescentM(climbM).withPackKg(packKg);
        var vm = SessionEditorViewModel.forEdit(start, ALEX.withUnits(units));
        assertThat(vm.result()).contains(start);
    }

    @Test
    void aMeasureRetypedIsParsedAndOneLeftAloneKeepsItsExactValue() {
        Session start = Session.of(DAY, SessionKind.TRAIL_RUN, "Loop", Duration.ofHours(1))
                .withDistanceM(12_345).withClimbM(333);
        var vm = SessionEditorViewModel.forEdit(start, ALEX.withUnits(Units.IMPERIAL));
        assertThat(vm.distanceProperty().get()).isEqualTo("7.7");
        vm.distanceProperty().set("8");
        var s = vm.result().orElseThrow();
        assertThat(s.distanceM()).isCloseTo(12_874.8, org.assertj.core.data.Offset.offset(0.1));
        assertThat(s.climbM()).isEqualTo(333);
        vm.distanceProperty().set("7.7");
        assertThat(vm.result().orElseThrow().distanceM()).isEqualTo(12_345);
    }
}
