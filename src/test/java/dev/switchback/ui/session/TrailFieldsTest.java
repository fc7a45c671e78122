package dev.switchback.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Athlete;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Units;
import dev.switchback.model.Weather;
import dev.switchback.ui.common.TurnaroundInput;
import dev.switchback.format.UnitFormat;
import dev.switchback.ui.session.SessionEditorViewModel.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The session editor's trail fields (issue 17): offered for long days, parsed, refused in words, routes attached. */
class TrailFieldsTest {
    static final Athlete ATHLETE = Athlete.of("Alex", 68);
    static final LocalDate SAT = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13:30|BY|810", "by 7.05|BY|425", "after 3:30|AFTER|210", "+90|AFTER|90", "14 km|DISTANCE|14000",
        "8.5 mi|DISTANCE|13679"})
    void theTurnaroundIsOneTextForTheThreeKinds(String text, String kind, long value) {
        Turnaround t = TurnaroundInput.parse(text).orElseThrow();
        switch (kind) {
            case "BY" -> assertThat(t.by().orElseThrow().toSecondOfDay() / 60).isEqualTo(value);
            case "AFTER" -> assertThat(t.after().orElseThrow().toMinutes()).isEqualTo(value);
            default -> assertThat(Math.round(t.atDistanceM().orElseThrow())).isEqualTo(value);
        }
        assertThat(TurnaroundInput.parse(TurnaroundInput.show(Optional.of(t), UnitFormat.of(Units.METRIC))))
                .hasValueSatisfying(back -> assertThat(back.by().isPresent()).isEqualTo(t.by().isPresent()));
    }

    @Test
    void aTurnaroundThatIsNoneOfThemIsRefusedInWords() {
        assertThatThrownBy(() -> TurnaroundInput.parse("noon")).hasMessage("Turnaround is a time of day (13:30), an"
                + " elapsed time (after 3:30) or a distance (14 km), or blank for none (was \"noon\")");
        assertThat(TurnaroundInput.parse("  ")).isEmpty();
    }

    @Test
    void theTrailFieldsAreOfferedForLongDaysOnly() {
        var vm = SessionEditorViewModel.forNew(SAT, ATHLETE);
        assertThat(vm.longDayProperty().get()).isFalse();
        vm.durationProperty().set("2:00");
        assertThat(vm.longDayProperty().get()).isTrue();
        vm.durationProperty().set("1:00");
        vm.packProperty().set("5");
        assertThat(vm.longDayProperty().get()).isTrue();
    }

    @Test
    void turnaroundBailoutsAndConditionsAreKeptInTheSession() {
        var vm = SessionEditorViewModel.forNew(SAT, ATHLETE);
        vm.durationProperty().set("4:30");
        vm.turnaroundProperty().set("13:30");
        vm.bailoutsProperty().set("Hütte at km 12\n\n  bus from the valley at 16:40 ");
        vm.conditionProperty(Weather.HOT).set(true);
        Session s = vm.result().orElseThrow();
        assertThat(s.trail().turnaround()).contains(Turnaround.by(LocalTime.of(13, 30)));
        assertThat(s.trail().bailouts()).containsExactly("Hütte at km 12", "bus from the valley at 16:40");
        assertThat(s.trail().conditions()).containsExactly(Weather.HOT);
        vm.turnaroundProperty().set("half past one");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.error(Field.TURNAROUND)).startsWith("Turnaround is a time of day");
    }

    @Test
    void anUntouchedDistanceTurnaroundKeepsItsExactValue() {
        Session s = Session.of(SAT, SessionKind.HIKE, "Long", Duration.ofHours(4)).withTrail(
                dev.switchback.model.TrailPlan.NONE.withTurnaround(Optional.of(Turnaround.atDistance(14_123))));
        var vm = SessionEditorViewModel.forEdit(s, ATHLETE);
        assertThat(vm.turnaroundProperty().get()).isEqualTo("14.1 km");
        assertThat(vm.result().orElseThrow().trail()).isEqualTo(s.trail());
    }

    @Test
    void attachingARouteTakesItsFiguresAndShowsThePredictionWithItsBasis() throws Exception {
        Path gpx = dir.resolve("ridge.gpx");
        Files.writeString(gpx, """
                <?xml version="1.0"?>
                <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte><name>Ridge</name>
                <rtept lat="0" lon="0"><ele>1000</ele></rtept>
                <rtept lat="0" lon="0.01"><ele>1100</ele></rtept>
                <rtept lat="0" lon="0.02"><ele>1000</ele></rtept>
                </rte></gpx>
                """);
        var vm = SessionEditorViewModel.forNew(SAT, ATHLETE);
        vm.kindProperty().set(SessionKind.HIKE);
        vm.durationProperty().set("3:00");
        vm.attachRoute(gpx);
        assertThat(vm.distanceProperty().get()).isEqualTo("2.2");
        assertThat(vm.climbProperty().get()).isEqualTo("100");
        assertThat(vm.descentProperty().get()).isEqualTo("100");
        assertThat(vm.routeSummaryProperty().get()).startsWith("Ridge: 2.2 km, 100 m up, 100 m down · predicted ")
                .endsWith("(Tobler with the pack, not yet corrected by your pace (0 of 5 hikes logged))");
        assertThat(vm.result().orElseThrow().trail().route()).isPresent();
        vm.removeRoute();
        assertThat(vm.result().orElseThrow().trail().route()).isEmpty();
    }

    @Test
    void aFileThatIsNoRouteSaysWhyNextToTheRoute() throws Exception {
        Path bad = dir.resolve("empty.gpx");
        Files.writeString(bad, "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"></gpx>");
        var vm = SessionEditorViewModel.forNew(SAT, ATHLETE);
        vm.attachRoute(bad);
        assertThat(vm.error(Field.ROUTE)).contains("has no route or track point, so there is no route to attach");
        assertThat(vm.routeProperty().get()).isEmpty();
    }
}
