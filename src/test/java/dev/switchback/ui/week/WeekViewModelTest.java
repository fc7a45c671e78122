package dev.switchback.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeDialogs;
import dev.switchback.ui.app.PlanDocument;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WeekViewModelTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private final FakeDialogs dialogs = new FakeDialogs();
    private PlanDocument doc;
    private WeekViewModel vm;

    @BeforeEach
    void open() {
        doc = new PlanDocument(DemoPlans.week(MON), Optional.empty());
        doc.weekStartProperty().set(MON);
        vm = new WeekViewModel(doc, dialogs, () -> DemoPlans.TODAY);
    }

    private Plan plan() {
        return doc.getPlan();
    }

    @Test
    void showsSevenDaysFromMondayWithTodayMarked() {
        assertThat(vm.days()).hasSize(7);
        assertThat(vm.days().get(0).date()).isEqualTo(MON);
        assertThat(vm.days().get(0).weekday()).isEqualTo("Monday");
        assertThat(vm.days().get(6).date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(vm.days()).filteredOn(WeekModels.Day::today).singleElement()
                .extracting(WeekModels.Day::date).isEqualTo(DemoPlans.TODAY);
    }

    @Test
    void aDayWithNothingOrOnlyARestSessionIsARestDay() {
        assertThat(vm.days().get(0).restDay()).isTrue(); // rest session
        assertThat(vm.days().get(4).restDay()).isTrue(); // nothing planned
        assertThat(vm.days().get(1).restDay()).isFalse();
    }

    @Test
    void cardsShowDistanceClimbPackShareAndEffort() {
        var thursday = vm.days().get(3).cards().get(0);
        assertThat(thursday.title()).isEqualTo("Hill repeats with pack");
        assertThat(thursday.duration()).isEqualTo("1 h 20");
        assertThat(thursday.details()).containsExactly("12 km", "650 m up", "8 kg pack (11\u00a0%)", "RPE 7");
        assertThat(thursday.styleClass()).isEqualTo("kind-run-with-pack");
    }

    @Test
    void navigatesWeeksAndBackToToday() {
        vm.nextWeek();
        assertThat(vm.weekStart()).isEqualTo(MON.plusWeeks(1));
        vm.previousWeek();
        vm.previousWeek();
        assertThat(vm.weekStart()).isEqualTo(MON.minusWeeks(1));
        vm.goTo(LocalDate.of(2027, 3, 4));
        assertThat(vm.weekStart()).isEqualTo(LocalDate.of(2027, 3, 1));
        vm.goToToday();
        assertThat(vm.weekStart()).isEqualTo(MON);
    }

    @Test
    void movingASessionIsOneUndoableEditWithADescription() {
        vm.moveSession(new SessionId("tue-run"), MON.plusDays(4));
        assertThat(plan().session(new SessionId("tue-run")).orElseThrow().date()).isEqualTo(MON.plusDays(4));
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Move Easy trail run to Fri 27 Nov");
        assertThat(doc.isDirty()).isTrue();
        doc.undo();
        assertThat(plan().session(new SessionId("tue-run")).orElseThrow().date()).isEqualTo(MON.plusDays(1));
        assertThat(doc.isDirty()).isFalse();
        doc.redo();
        assertThat(plan().session(new SessionId("tue-run")).orElseThrow().date()).isEqualTo(MON.plusDays(4));
    }

    @Test
    void keyboardMovePastSundayCarriesTheWeekAlong() {
        vm.select(new SessionId("sun-long"));
        vm.moveSelectedBy(1);
        assertThat(plan().session(new SessionId("sun-long")).orElseThrow().date()).isEqualTo(MON.plusWeeks(1));
        assertThat(vm.weekStart()).isEqualTo(MON.plusWeeks(1));
        assertThat(vm.selectedProperty().get()).contains(new SessionId("sun-long"));
    }

    @Test
    void copyAndPasteMakesANewSessionOnTheFocusedDay() {
        vm.select(new SessionId("tue-run"));
        vm.copySelected();
        vm.focusDay(MON.plusDays(4));
        vm.paste();
        assertThat(plan().sessionsOn(MON.plusDays(4))).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Easy trail run");
            assertThat(s.id()).isNotEqualTo(new SessionId("tue-run"));
        });
        assertThat(plan().sessionsOn(MON.plusDays(1))).hasSize(1);
    }

    @Test
    void duplicateAndDeleteWorkOnTheSelectedCard() {
        int before = plan().sessions().size();
        vm.select(new SessionId("wed-strength"));
        vm.duplicateSelected();
        assertThat(plan().sessionsOn(MON.plusDays(2))).hasSize(2);
        vm.deleteSelected();
        vm.select(new SessionId("wed-strength"));
        vm.deleteSelected();
        assertThat(plan().sessions()).hasSize(before - 1);
        assertThat(vm.selectedProperty().get()).isEmpty();
    }

    @Test
    void copyLastWeekCopiesEverySessionOneWeekLaterAsOneEdit() {
        vm.nextWeek();
        vm.copyLastWeek();
        assertThat(plan().sessions()).hasSize(12);
        assertThat(plan().sessionsOn(MON.plusWeeks(1).plusDays(6))).extracting(s -> s.title())
                .containsExactly("Long run");
        doc.undo();
        assertThat(plan().sessions()).hasSize(6);
    }

    @Test
    void copyLastWeekOfAnEmptyWeekSaysSoAndChangesNothing() {
        vm.previousWeek();
        vm.copyLastWeek();
        assertThat(dialogs.infos).singleElement().asString().contains("no sessions to copy");
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void addsASessionThroughTheEditorAndSelectsIt() {
        dialogs.sessionEdits = e -> {
            e.kindProperty().set(SessionKind.HIKE);
            e.titleProperty().set("Evening hike");
        };
        vm.addSession(MON.plusDays(4));
        var added = plan().sessionsOn(MON.plusDays(4));
        assertThat(added).singleElement().extracting(s -> s.title()).isEqualTo("Evening hike");
        assertThat(vm.selectedProperty().get()).contains(added.get(0).id());
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Add Evening hike");
    }

    @Test
    void aSessionAddedToARestDayReplacesTheRestCardAndOneUndoBringsItBack() {
        dialogs.sessionEdits = e -> {
            e.kindProperty().set(SessionKind.HIKE);
            e.titleProperty().set("Evening hike");
        };
        vm.addSession(MON);
        assertThat(plan().sessionsOn(MON)).extracting(s -> s.title()).containsExactly("Evening hike");
        assertThat(vm.days().get(0).restDay()).isFalse();
        assertThat(vm.days().get(0).cards()).extracting(WeekModels.Card::kindLabel).containsExactly("Hike");
        doc.undo();
        assertThat(plan().session(new SessionId("rest-mon"))).isPresent();
        assertThat(plan().sessionsOn(MON)).hasSize(1);
    }

    @Test
    void aSessionMovedOrPastedOntoARestDayTakesItsPlaceButARestSessionDoesNotRemoveTraining() {
        vm.moveSession(new SessionId("tue-run"), MON);
        assertThat(plan().sessionsOn(MON)).extracting(s -> s.id()).containsExactly(new SessionId("tue-run"));
        doc.undo();
        vm.moveSession(new SessionId("rest-mon"), MON.plusDays(1));
        assertThat(plan().sessionsOn(MON.plusDays(1))).extracting(s -> s.id())
                .contains(new SessionId("tue-run"), new SessionId("rest-mon"));
    }

    @Test
    void cardsNameTheirKindInAShortWordForANarrowColumn() {
        assertThat(java.util.Arrays.stream(SessionKind.values())
                .map(k -> new WeekModels.Card(new SessionId("x"), k, "t", "", java.util.List.of(), false,
                        dev.switchback.engine.Compliance.UPCOMING, false).kindLabel()))
                .containsExactly("Trail run", "Pack run", "Hike", "Backpack", "Strength", "Recovery", "Rest")
                .allMatch(l -> l.length() <= 9);
    }

    @Test
    void cancellingTheEditorChangesNothing() {
        dialogs.cancelEditor = true;
        vm.addSession(MON);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void aTripIsABandClippedToTheWeekItCrosses() {
        vm.goTo(MON.plusWeeks(2));
        assertThat(vm.tripsProperty().get()).singleElement().satisfies(t -> {
            assertThat(t.firstColumn()).isEqualTo(4);
            assertThat(t.span()).isEqualTo(3);
            assertThat(t.goal()).isTrue();
            assertThat(t.continuesAfter()).isFalse();
        });
        assertThat(vm.days().get(5).tripStage()).get().asString().startsWith("Day 2 of 3 · ");
        assertThat(vm.days().get(5).restDay()).isFalse();
    }

    @Test
    void theSummaryIsACalmPlaceholderWhenThereIsNoAnalysis() {
        var noEngine = new PlanDocument(DemoPlans.week(MON), Optional.empty(), p -> {
            throw new UnsupportedOperationException("no engine");
        });
        noEngine.weekStartProperty().set(MON);
        var week = new WeekViewModel(noEngine, dialogs, () -> DemoPlans.TODAY);
        assertThat(week.summaryProperty().get().placeholder()).contains("Load analysis not available");
        assertThat(week.summaryProperty().get().items()).isEmpty();
    }

    private String summary(WeekViewModel week, String key) {
        return week.summaryProperty().get().items().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no summary item " + key)).value();
    }

    @Test
    void theSummaryShowsTheEnginesWeekTotalsInTheUsersUnits() {
        var items = vm.summaryProperty().get().items();
        assertThat(items).extracting(WeekModels.SummaryItem::label).containsExactly("Load done",
                "Distance done", "Running done", "Sessions done", "Climb", "Heaviest pack",
                "Pack load", "Rest days", "ACWR");
        assertThat(summary(vm, "heaviest-pack")).isEqualTo("12 kg");
        assertThat(items).allSatisfy(i -> assertThat(i.explanation()).isNotBlank());
        assertThat(items).extracting(WeekModels.SummaryItem::key).doesNotHaveDuplicates();
    }

    @Test
    void theSummaryShowsPlannedAgainstDoneDistanceAndRunning() {
        // planned: trail run 10 + pack run 12 + hike 20 + long run 24 km; running excludes the hike
        assertThat(summary(vm, "distance")).isEqualTo("0 of 66 km");
        assertThat(summary(vm, "running")).isEqualTo("0 of 46 km");
        assertThat(summary(vm, "sessions")).isEqualTo("0 of 5");

        var tue = plan().session(new SessionId("tue-run")).orElseThrow();
        doc.apply("Log", p -> p.withLog(dev.switchback.model.OutingLog.fromPlan(tue, 4)
                .withActuals(java.time.Duration.ofMinutes(55), 9_500, 240, 240, 0)));
        doc.apply("Log", p -> p.withLog(dev.switchback.model.OutingLog.quick(MON, SessionKind.HIKE,
                java.time.Duration.ofMinutes(40), 2, "walk").withActuals(java.time.Duration.ofMinutes(40), 3_000, 0,
                0, 0)));

        assertThat(summary(vm, "distance")).isEqualTo("12.5 of 66 km");
        assertThat(summary(vm, "running")).isEqualTo("9.5 of 46 km");
        assertThat(summary(vm, "sessions")).isEqualTo("1 of 5");
        assertThat(vm.summaryProperty().get().items()).filteredOn(i -> i.key().equals("sessions")).singleElement()
                .satisfies(i -> assertThat(i.explanation()).contains("1 as planned, 1 extra"));
        assertThat(summary(vm, "load")).doesNotStartWith("0 of");
    }

    @Test
    void plannedAndDoneDistancesAreInMilesForAnImperialAthlete() {
        doc.apply("Units", p -> p.withAthlete(p.athlete().withUnits(dev.switchback.model.Units.IMPERIAL)));
        // 66 km = 41.01 mi, 46 km = 28.58 mi
        assertThat(summary(vm, "distance")).isEqualTo("0 of 41 mi");
        assertThat(summary(vm, "running")).isEqualTo("0 of 28.6 mi");
    }

    @Test
    void theSeasonBandSaysThePhaseAndTheWeeksToTheGoal() {
        var season = vm.seasonProperty().get();
        assertThat(season.headline()).isEqualTo("Build, week 1 of 2  ·  2 weeks to Sarek traverse");
        assertThat(season.segments()).extracting(WeekModels.SeasonSegment::current)
                .containsExactly(false, true, false);
        assertThat(season.goalAt()).isPresent();
    }

    @Test
    void cardsCarryComplianceAgainstTheirLogAndToday() {
        var tue = doc.getPlan().session(new dev.switchback.model.SessionId("tue-run")).orElseThrow();
        doc.apply("Log", p -> p.withLog(dev.switchback.model.OutingLog.fromPlan(tue, 4)
                .withActuals(java.time.Duration.ofMinutes(40), 7_000, 150, 150, 0)));

        var cards = vm.days().stream().flatMap(d -> d.cards().stream())
                .collect(java.util.stream.Collectors.toMap(c -> c.id().value(), WeekModels.Card::compliance));

        assertThat(cards.get("tue-run")).isEqualTo(dev.switchback.engine.Compliance.PARTLY);
        assertThat(cards.get("wed-strength")).isEqualTo(dev.switchback.engine.Compliance.UPCOMING);
        assertThat(cards.get("sat-hike")).isEqualTo(dev.switchback.engine.Compliance.UPCOMING);
    }

    private WeekModels.Card card(String id) {
        return vm.days().stream().flatMap(d -> d.cards().stream()).filter(c -> c.id().value().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void aCardIsLoggableFromItsDayOnAndAsksForALogUntilOneIsThere() {
        assertThat(card("tue-run").loggable()).isTrue(); // yesterday
        assertThat(card("wed-strength").loggable()).isTrue(); // today
        assertThat(card("thu-pack").loggable()).isFalse(); // tomorrow
        assertThat(card("rest-mon").loggable()).isFalse(); // rest: nothing to log
        assertThat(card("tue-run").logDue()).isTrue();

        var tue = plan().session(new SessionId("tue-run")).orElseThrow();
        doc.apply("Log", p -> p.withLog(dev.switchback.model.OutingLog.fromPlan(tue, 4)));

        assertThat(card("tue-run").logDue()).isFalse();
        assertThat(card("tue-run").loggable()).isTrue();
        assertThat(card("tue-run").complianceClass()).isEqualTo("card-as-planned");
        assertThat(card("thu-pack").complianceClass()).isEqualTo("card-upcoming");
    }

    /** Records which form the view-model asked the window to open. */
    private static final class Recorder implements OutingLogCommands {
        final java.util.List<String> opened = new java.util.ArrayList<>();

        @Override
        public void logOuting(SessionId session) {
            opened.add("log " + session.value());
        }

        @Override
        public void quickLog(SessionId session) {
            opened.add("quick " + session.value());
        }

        @Override
        public void logUnplanned(LocalDate date) {
            opened.add("log unplanned " + date);
        }

        @Override
        public void quickLogUnplanned(LocalDate date) {
            opened.add("quick unplanned " + date);
        }
    }

    @Test
    void logCommandsOpenTheFormForTheCardOrDayAndSelectIt() {
        Recorder forms = new Recorder();
        vm.setLogCommands(forms);
        vm.logOuting(new SessionId("tue-run"));
        assertThat(vm.selectedProperty().get()).contains(new SessionId("tue-run"));
        vm.quickLog(new SessionId("wed-strength"));
        vm.logUnplanned(MON);
        assertThat(vm.focusedDayProperty().get()).isEqualTo(MON);
        vm.quickLogUnplanned(DemoPlans.TODAY);
        assertThat(forms.opened).containsExactly("log tue-run", "quick wed-strength", "log unplanned " + MON,
                "quick unplanned " + DemoPlans.TODAY);
    }

    @Test
    void nothingIsLoggedAheadOfItsDayNorOnARestSession() {
        Recorder forms = new Recorder();
        vm.setLogCommands(forms);
        vm.logOuting(new SessionId("thu-pack"));
        vm.quickLog(new SessionId("rest-mon"));
        vm.logUnplanned(DemoPlans.TODAY.plusDays(1));
        vm.quickLogUnplanned(DemoPlans.TODAY.plusDays(1));
        assertThat(forms.opened).isEmpty();
        assertThat(vm.canLogOn(DemoPlans.TODAY)).isTrue();
        assertThat(vm.canLogOn(DemoPlans.TODAY.plusDays(1))).isFalse();
    }
}
