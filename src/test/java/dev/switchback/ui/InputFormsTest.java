package dev.switchback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import javafx.beans.property.StringProperty;
import java.util.List;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.log.OutingLogViewModel;
import dev.switchback.ui.log.QuickLogViewModel;
import dev.switchback.ui.log.WellnessViewModel;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.session.SessionEditorViewModel.Field;
import dev.switchback.ui.settings.AthleteFormViewModel;
import dev.switchback.ui.trip.TripEditorViewModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's proof, "every accepted input form parses the same in every field": each form a duration, a
 * distance, a climb or a mass may be typed in gives the same stored value in every form field that takes it
 * (session editor, log form, quick log, trip stage table, settings, wellness), and a refusal is the same
 * sentence everywhere, with the field's own name. The view-models are the forms' logic; no toolkit needed.
 */
class InputFormsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    private static final String DURATION_FORMS = " must be hours:minutes such as 1:30, minutes such as 90, or 1h30 or"
            + " 1.5h (was \"soon\")";

    private static Plan plan(Units units) {
        Session s = Session.of(DAY, SessionKind.HIKE, "Ridge", Duration.ofHours(2)).withId(new SessionId("s-1"))
                .withDistanceM(10_000).withClimbM(500).withPackKg(8);
        return Plan.empty("Forms", Athlete.of("Ada", 68).withUnits(units)).withSession(s);
    }

    private static Map<String, Function<String, Object>> durationFields() {
        Athlete athlete = Athlete.of("Ada", 68);
        var fields = new LinkedHashMap<String, Function<String, Object>>();
        fields.put("Duration", t -> {
            var vm = SessionEditorViewModel.forNew(DAY, athlete);
            vm.titleProperty().set("Run");
            vm.durationProperty().set(t);
            return vm.result().<Object>map(Session::duration).orElse(vm.error(Field.DURATION));
        });
        fields.put("Duration ", t -> {
            var doc = new PlanDocument(plan(Units.METRIC), Optional.empty());
            var vm = OutingLogViewModel.forPlanned(doc, new SessionId("s-1"));
            vm.durationProperty().set(t);
            String reason = vm.fieldErrorProperty("duration").get();
            return reason.isEmpty() ? vm.build().duration() : reason;
        });
        fields.put("Duration  ", t -> {
            var doc = new PlanDocument(plan(Units.METRIC), Optional.empty());
            var vm = QuickLogViewModel.forPlanned(doc, new SessionId("s-1"));
            vm.durationProperty().set(t);
            String reason = vm.durationErrorProperty().get();
            return reason.isEmpty() && vm.save() ? doc.getPlan().logFor(new SessionId("s-1")).orElseThrow().duration()
                    : reason;
        });
        fields.put("Hours", t -> {
            var vm = TripEditorViewModel.forNew(DAY, athlete);
            vm.stages().get(0).hoursProperty().set(t);
            return vm.result().<Object>map(trip -> trip.stages().get(0).duration())
                    .orElseGet(() -> vm.stages().get(0).problem("hours", vm.units()).orElse("?"));
        });
        return fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:30", "01:30", "90", "90 min", "1h30", "1h 30m", "1 h 30", "1 h 30 min", "1.5h",
            "1,5h", "1.5 h", " 1:30 "})
    void everyDurationFieldReadsEveryAcceptedFormAsTheSameTime(String typed) {
        durationFields().forEach((name, field) -> assertThat(field.apply(typed)).as("%s, typed %s", name.strip(), typed)
                .isEqualTo(Duration.ofMinutes(90)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon"})
    void everyDurationFieldRefusesWithTheSameSentenceAndItsOwnName(String typed) {
        durationFields().forEach((name, field) -> assertThat(field.apply(typed)).as(name.strip())
                .isEqualTo(name.strip() + DURATION_FORMS));
    }

    /** A quantity field's stored SI value for a typed text, in the athlete's units. */
    private static Map<String, Function<String, Object>> quantityFields(String measure, Units units) {
        Athlete athlete = Athlete.of("Ada", 68).withUnits(units);
        var fields = new LinkedHashMap<String, Function<String, Object>>();
        fields.put("session editor", t -> {
            var vm = SessionEditorViewModel.forNew(DAY, athlete);
            vm.kindProperty().set(SessionKind.HIKE);
            vm.titleProperty().set("Ridge");
            switch (measure) {
                case "distance" -> vm.distanceProperty().set(t);
                case "climb" -> vm.climbProperty().set(t);
                default -> vm.packProperty().set(t);
            }
            return vm.result().<Object>map(s -> switch (measure) {
                case "distance" -> s.distanceM();
                case "climb" -> s.climbM();
                default -> s.packKg();
            }).orElseGet(() -> vm.error(measure.equals("distance") ? Field.DISTANCE
                    : measure.equals("climb") ? Field.CLIMB : Field.PACK));
        });
        fields.put("log form", t -> {
            var doc = new PlanDocument(plan(units), Optional.empty());
            var vm = OutingLogViewModel.forPlanned(doc, new SessionId("s-1"));
            String key = measure.equals("mass") ? "pack" : measure;
            switch (measure) {
                case "distance" -> vm.distanceProperty().set(t);
                case "climb" -> vm.climbProperty().set(t);
                default -> vm.packProperty().set(t);
            }
            String reason = vm.fieldErrorProperty(key).get();
            if (!reason.isEmpty()) {
                return reason;
            }
            var log = vm.build();
            return switch (measure) {
                case "distance" -> log.distanceM();
                case "climb" -> log.climbM();
                default -> log.packKg();
            };
        });
        fields.put("trip stage table", t -> {
            var vm = TripEditorViewModel.forNew(DAY, athlete);
            var row = vm.stages().get(0);
            String column = measure.equals("mass") ? "pack" : measure;
            switch (measure) {
                case "distance" -> row.distanceProperty().set(t);
                case "climb" -> row.climbProperty().set(t);
                default -> row.packProperty().set(t);
            }
            Optional<String> problem = row.problem(column, vm.units());
            if (problem.isPresent()) {
                return problem.get();
            }
            var stage = vm.result().orElseThrow().stages().get(0);
            return switch (measure) {
                case "distance" -> stage.distanceM();
                case "climb" -> stage.climbM();
                default -> stage.packKg();
            };
        });
        if (measure.equals("mass")) {
            fields.put("settings' body mass", t -> {
                var vm = new AthleteFormViewModel(() -> athlete, () -> { });
                vm.load(athlete);
                vm.bodyMassProperty().set(t);
                vm.validate();
                String reason = vm.bodyMassErrorProperty().get();
                return reason.isEmpty() ? vm.build().bodyMassKg() : reason;
            });
        }
        return fields;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "distance; METRIC; 12.5; 12500", "distance; METRIC; '12,5'; 12500", "distance; METRIC; 12.5 km; 12500",
            "distance; METRIC; 12.5km; 12500",
            "distance; IMPERIAL; 7.5; 12070.08", "distance; IMPERIAL; '7,5 mi'; 12070.08",
            "climb; METRIC; 1230; 1230", "climb; METRIC; 1230 m; 1230", "climb; IMPERIAL; 4035 ft; 1229.868",
            "mass; METRIC; 68.5; 68.5", "mass; METRIC; '68,5 kg'; 68.5",
            "mass; IMPERIAL; 150 lb; 68.0388555", "mass; IMPERIAL; '150,0'; 68.0388555"})
    void everyQuantityFieldReadsEveryAcceptedFormAsTheSameValue(String measure, Units units, String typed,
            double si) {
        quantityFields(measure, units).forEach((name, field) -> assertThat(field.apply(typed))
                .as("%s, typed %s", name, typed).isInstanceOfSatisfying(Double.class,
                        v -> assertThat(v).isCloseTo(si, org.assertj.core.data.Offset.offset(0.001))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "distance; METRIC; Distance (km) must be a number such as 12.5 (was \"ten\")",
            "climb; IMPERIAL; Climb (ft) must be a number such as",
            "mass; METRIC; (kg) must be a number such as"})
    void everyQuantityFieldRefusesTextWithTheSameSentence(String measure, Units units, String reason) {
        quantityFields(measure, units).forEach((name, field) -> assertThat(field.apply("ten")).as(name)
                .asString().contains(reason).endsWith("(was \"ten\")"));
    }

    /** Sleep is measured in hours: a plain number is hours, and the duration forms read as that time. */
    @ParameterizedTest
    @ValueSource(strings = {"7.5", "7,5", "7:30", "7h30", "7 h 30", "7.5h", "450 min"})
    void sleepIsHoursInEveryDurationFormAndAsAPlainNumber(String typed) {
        var doc = new PlanDocument(plan(Units.METRIC), Optional.empty());
        var vm = new WellnessViewModel(doc, DAY);
        vm.sleepHoursProperty().set(typed);
        assertThat(vm.sleepHoursErrorProperty().get()).isEmpty();
        assertThat(vm.build().sleepHours()).contains(7.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"long", "7:75"})
    void sleepThatIsNoTimeIsRefusedWithItsReasonUnderTheField(String typed) {
        var vm = new WellnessViewModel(new PlanDocument(plan(Units.METRIC), Optional.empty()), DAY);
        vm.sleepHoursProperty().set(typed);
        assertThat(vm.sleepHoursErrorProperty().get()).isEqualTo("Sleep must be hours such as 7.5 or 7:30 (was \""
                + typed + "\")");
        assertThat(vm.save()).isFalse();
    }

    /** Clears a field and types {@code text} into it, as a user re-typing what the field shows. */
    private static void retype(StringProperty field, String text) {
        field.set("");
        field.set(text);
    }

    /**
     * "A round trip of displayed values never moves a number": re-typing what a form shows, with or without its
     * unit, saves a value that shows the same number again, in every form and both units.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Units.class)
    void reTypingWhatAFormShowsNeverMovesANumber(Units units) {
        UnitFormat f = UnitFormat.of(units);
        Athlete athlete = Athlete.of("Ada", 68).withUnits(units);
        Session stored = Session.of(DAY, SessionKind.HIKE, "Ridge", Duration.ofSeconds(89 * 60 + 40))
                .withId(new SessionId("s-1")).withDistanceM(12_345).withClimbM(1234).withPackKg(13.46);
        List<String> shown = List.of(f.number(Measure.DISTANCE, 12_345), f.number(Measure.CLIMB, 1234),
                f.number(Measure.MASS, 13.46));
        for (String suffix : List.of("", " unit")) {
            var editor = SessionEditorViewModel.forEdit(stored, athlete);
            List<StringProperty> fields = List.of(editor.distanceProperty(), editor.climbProperty(),
                    editor.packProperty());
            List<Measure> measures = List.of(Measure.DISTANCE, Measure.CLIMB, Measure.MASS);
            for (int i = 0; i < 3; i++) {
                assertThat(fields.get(i).get()).isEqualTo(shown.get(i));
                retype(fields.get(i), shown.get(i) + (suffix.isEmpty() ? "" : " " + measures.get(i).unit(units)));
            }
            retype(editor.durationProperty(), editor.durationProperty().get());
            Session saved = editor.result().orElseThrow();
            assertThat(List.of(f.number(Measure.DISTANCE, saved.distanceM()), f.number(Measure.CLIMB, saved.climbM()),
                    f.number(Measure.MASS, saved.packKg()))).as("editor, suffix '%s'", suffix).isEqualTo(shown);
            assertThat(UnitFormat.duration(saved.duration())).isEqualTo("1 h 30");

            var doc = new PlanDocument(Plan.empty("Forms", athlete).withSession(stored), Optional.empty());
            var log = OutingLogViewModel.forPlanned(doc, new SessionId("s-1"));
            List<StringProperty> logFields = List.of(log.distanceProperty(), log.climbProperty(), log.packProperty());
            for (int i = 0; i < 3; i++) {
                assertThat(logFields.get(i).get()).isEqualTo(shown.get(i));
                retype(logFields.get(i), shown.get(i) + (suffix.isEmpty() ? "" : " " + measures.get(i).unit(units)));
            }
            var logged = log.build();
            assertThat(List.of(f.number(Measure.DISTANCE, logged.distanceM()), f.number(Measure.CLIMB, logged.climbM()),
                    f.number(Measure.MASS, logged.packKg()))).as("log form, suffix '%s'", suffix).isEqualTo(shown);
        }
    }

    /**
     * The case: an imperial athlete of 68 kg re-types the shown "149.9" lb: the advice of the pack-mass
     * rule stays "Cap ... at 30 lb (20 % of 149.9 lb)", also typed with its unit or a decimal comma, and leaving
     * it alone keeps exactly 68 kg.
     */
    @org.junit.jupiter.api.Test
    void reTypingTheShownBodyMassKeepsThePackAdvice() {
        Athlete athlete = Athlete.of("Ada", 68).withUnits(Units.IMPERIAL);
        Plan plan = Plan.empty("Forms", athlete).withSession(Session.of(DAY, SessionKind.HIKE, "Ridge",
                Duration.ofHours(3)).withId(new SessionId("s-1")).withDistanceM(10_000).withPackKg(24));
        String before = advice(plan);
        assertThat(before).contains("149.9 lb");
        for (String typed : List.of("149.9", " 149.9 ", "149.9 lb", "149.9lb", "149,9")) {
            var form = new AthleteFormViewModel(() -> athlete, () -> { });
            form.load(athlete);
            assertThat(form.bodyMassProperty().get()).isEqualTo("149.9");
            retype(form.bodyMassProperty(), typed);
            assertThat(form.validate()).isTrue();
            Athlete after = form.build();
            assertThat(UnitFormat.of(Units.IMPERIAL).massNumber(after.bodyMassKg())).isEqualTo("149.9");
            assertThat(after.bodyMassKg()).as("typed %s", typed).isEqualTo(68.0);
            assertThat(advice(plan.withAthlete(after))).as("typed %s", typed).isEqualTo(before);
        }
        var untouched = new AthleteFormViewModel(() -> athlete, () -> { });
        untouched.load(athlete);
        untouched.validate();
        assertThat(untouched.build().bodyMassKg()).isEqualTo(68.0);
    }

    private static String advice(Plan plan) {
        Finding f = Engine.analyse(plan, DAY.minusDays(10)).findings(DAY, DAY).stream()
                .filter(x -> x.ruleId().equals("pack-mass")).findFirst().orElseThrow();
        return f.suggestionText(UnitFormat.of(Units.IMPERIAL));
    }
}
