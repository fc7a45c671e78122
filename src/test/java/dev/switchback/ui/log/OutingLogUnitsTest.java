package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Units;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.app.PlanDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The log form in the athlete's units: shown and typed in km/mi, m/ft, kg/lb; stored in SI. */
class OutingLogUnitsTest {

    private static PlanDocument doc(LogSamples s, Units units) {
        Plan plan = s.plan();
        return new PlanDocument(plan.withAthlete(plan.athlete().withUnits(units)), Optional.empty());
    }

    private static OutingLogViewModel packRunForm(LogSamples s, PlanDocument doc) {
        return new OutingLogViewModel(doc, OutingLog.fromPlan(s.packRun, 5), Optional.of(s.packRun), false,
                ZoneOffset.UTC);
    }

    @Test
    void imperialShowsThePlannedValuesInMilesFeetAndPounds() {
        LogSamples s = new LogSamples();
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc(s, Units.IMPERIAL), s.packRun.id());
        // 13 km = 8.08 mi, 600 m = 1968.5 ft, 8 kg = 17.64 lb
        assertThat(vm.distanceProperty().get()).isEqualTo("8.1");
        assertThat(vm.climbProperty().get()).isEqualTo("1969");
        assertThat(vm.descentProperty().get()).isEqualTo("1969");
        assertThat(vm.packProperty().get()).isEqualTo("17.6");
        assertThat(List.of(vm.distanceLabel(), vm.climbLabel(), vm.descentLabel(), vm.packLabel()))
                .containsExactly("Distance (mi)", "Climb (ft)", "Descent (ft)", "Pack mass (lb)");
        assertThat(vm.plannedSummary()).isEqualTo(
                "Planned: Run with pack · 1:30 · 8.1 mi · 1969 ft climb · 17.6 lb pack · RPE 5");
    }

    @Test
    void metricShowsKilometresMetresAndKilograms() {
        LogSamples s = new LogSamples();
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc(s, Units.METRIC), s.packRun.id());
        assertThat(List.of(vm.distanceProperty().get(), vm.climbProperty().get(), vm.packProperty().get()))
                .containsExactly("13", "600", "8");
        assertThat(List.of(vm.distanceLabel(), vm.climbLabel(), vm.descentLabel(), vm.packLabel()))
                .containsExactly("Distance (km)", "Climb (m)", "Descent (m)", "Pack mass (kg)");
    }

    @Test
    void savingThePreFilledImperialFormStoresThePlannedSiValuesExactly() {
        LogSamples s = new LogSamples();
        PlanDocument doc = doc(s, Units.IMPERIAL);
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc, s.packRun.id());
        assertThat(vm.save()).isTrue();
        OutingLog log = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(List.of(log.distanceM(), log.climbM(), log.descentM(), log.packKg()))
                .containsExactly(13_000.0, 600.0, 600.0, 8.0);
    }

    @ParameterizedTest(name = "{0}: typed {1} {2} {3} -> {4} m, {5} m, {6} kg")
    @CsvSource({
        "IMPERIAL, 10, 2000, 20, 16093.44, 609.6, 9.0718474",
        "METRIC,   10, 2000, 20, 10000,    2000,  20",
    })
    void typedValuesAreReadInTheUsersUnits(Units units, String dist, String climb, String pack, double metres,
            double climbM, double kg) {
        LogSamples s = new LogSamples();
        PlanDocument doc = doc(s, units);
        OutingLogViewModel vm = packRunForm(s, doc);
        vm.distanceProperty().set(dist);
        vm.climbProperty().set(climb);
        vm.packProperty().set(pack);
        OutingLog log = vm.build();
        assertThat(log.distanceM()).isCloseTo(metres, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(log.climbM()).isCloseTo(climbM, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(log.packKg()).isCloseTo(kg, org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest(name = "{0}: \"{2}\" in {1} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "IMPERIAL; distance; twelve; Distance (mi) must be a number such as 7.8 (was \"twelve\")",
        "METRIC; distance; twelve; Distance (km) must be a number such as 12.5 (was \"twelve\")",
        "IMPERIAL; climb; lots; Climb (ft) must be a number such as 2000 (was \"lots\")",
        "IMPERIAL; pack; heavy; Pack mass (lb) must be a number such as 18 (was \"heavy\")",
        "IMPERIAL; distance; 186.5; Distance must be between 0 and 186.4 mi (was 186.5 mi)",
        "METRIC; distance; 301; Distance must be between 0 and 300 km (was 301 km)",
        "IMPERIAL; climb; 49214; Climb must be between 0 and 49213 ft (was 49214 ft)",
        "IMPERIAL; pack; 176.5; Pack mass must be between 0 and 176.4 lb (was 176.5 lb)",
        "METRIC; pack; 81; Pack mass must be between 0 and 80 kg (was 81 kg)",
        "IMPERIAL; pack; -1; Pack mass must be between 0 and 176.4 lb (was -1 lb)",
    })
    void messagesNameTheUnitTheUserSees(Units units, String field, String typed, String message) {
        LogSamples s = new LogSamples();
        PlanDocument doc = doc(s, units);
        Plan before = doc.getPlan();
        OutingLogViewModel vm = packRunForm(s, doc);
        switch (field) {
            case "distance" -> vm.distanceProperty().set(typed);
            case "climb" -> vm.climbProperty().set(typed);
            default -> vm.packProperty().set(typed);
        }
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(message);
        assertThat(doc.getPlan()).isSameAs(before);
    }

    @ParameterizedTest(name = "{0}: the limit as shown is accepted as the limit")
    @EnumSource(Units.class)
    void theLimitAsShownIsAcceptedAsTheLimit(Units units) {
        LogSamples s = new LogSamples();
        OutingLogViewModel vm = packRunForm(s, doc(s, units));
        boolean metric = units == Units.METRIC;
        vm.distanceProperty().set(metric ? "300" : "186.4");
        vm.climbProperty().set(metric ? "15000" : "49213");
        vm.packProperty().set(metric ? "80" : "176.4");
        OutingLog log = vm.build();
        assertThat(log.distanceM()).isLessThanOrEqualTo(300_000).isGreaterThan(299_900);
        assertThat(log.climbM()).isEqualTo(15_000);
        assertThat(log.packKg()).isEqualTo(80);
    }

    @Test
    void gpxValuesAreShownInTheUsersUnitsAndStoredUnrounded() {
        LogSamples s = new LogSamples();
        PlanDocument doc = doc(s, Units.IMPERIAL);
        OutingLogViewModel vm = packRunForm(s, doc);
        vm.applyGpx(new GpxTrack(List.of(Path.of("ridge.gpx")), 1201, 12_040, Optional.of(604.0),
                Optional.of(598.0), Optional.of(Duration.ofMinutes(120)), Optional.empty()));
        assertThat(vm.distanceProperty().get()).isEqualTo("7.5");
        assertThat(vm.climbProperty().get()).isEqualTo("1982");
        assertThat(vm.gpxStatusProperty().get()).startsWith("Imported ridge.gpx: 7.5 mi, 1982 ft up, 1962 ft down");
        OutingLog log = vm.build();
        assertThat(log.distanceM()).isEqualTo(12_040);
        assertThat(log.climbM()).isEqualTo(604);
    }

    /** A value shown and saved unchanged must not change the model, in either unit system. */
    @Property(tries = 300)
    void aLogOpenedAndSavedUnchangedIsTheSameLog(@ForAll Units units,
            @ForAll @DoubleRange(min = 0, max = 300_000) double distanceM,
            @ForAll @DoubleRange(min = 0, max = 15_000) double climbM,
            @ForAll @DoubleRange(min = 0, max = 15_000) double descentM,
            @ForAll @DoubleRange(min = 0, max = 80) double packKg) {
        LogSamples s = new LogSamples();
        PlanDocument doc = doc(s, units);
        OutingLog log = OutingLog.fromPlan(s.packRun, 5).withActuals(Duration.ofMinutes(95), distanceM, climbM,
                descentM, packKg);
        doc.apply("log", p -> p.withLog(log));
        OutingLogViewModel vm = OutingLogViewModel.forLog(doc, log.id());
        assertThat(vm.build()).isEqualTo(log);
    }

    /** The same number in other text ("8.1" -> "8.10"), so the form reads it instead of keeping the SI value. */
    private static String retyped(String shown) {
        return shown.contains(".") ? shown + "0" : shown + ".0";
    }

    /** Typing back what is shown (say, after clearing the field) gives a value that shows the same again. */
    @Property(tries = 300)
    void retypingTheShownTextIsStable(@ForAll Units units,
            @ForAll @DoubleRange(min = 0, max = 300_000) double distanceM,
            @ForAll @DoubleRange(min = 0, max = 15_000) double climbM,
            @ForAll @DoubleRange(min = 0, max = 80) double packKg) {
        LogSamples s = new LogSamples();
        PlanDocument doc = doc(s, units);
        OutingLog log = OutingLog.fromPlan(s.packRun, 5).withActuals(Duration.ofMinutes(95), distanceM, climbM,
                climbM, packKg);
        doc.apply("log", p -> p.withLog(log));
        OutingLogViewModel first = OutingLogViewModel.forLog(doc, log.id());
        String dist = first.distanceProperty().get();
        String climb = first.climbProperty().get();
        String pack = first.packProperty().get();
        first.distanceProperty().set(retyped(dist));
        first.climbProperty().set(retyped(climb));
        first.packProperty().set(retyped(pack));
        assertThat(first.save()).isTrue();
        OutingLogViewModel again = OutingLogViewModel.forLog(doc, log.id());
        assertThat(List.of(again.distanceProperty().get(), again.climbProperty().get(), again.packProperty().get()))
                .containsExactly(dist, climb, pack);
        // and saving that unchanged changes nothing more
        OutingLog saved = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(again.build()).isEqualTo(saved);
    }
}
