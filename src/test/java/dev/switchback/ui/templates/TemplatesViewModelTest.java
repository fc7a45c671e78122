package dev.switchback.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionTemplate;
import dev.switchback.model.TemplateLibrary;
import dev.switchback.model.WeekTemplate;
import dev.switchback.store.TemplateStore;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeDialogs;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.BackgroundRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template commands over a real library file and a document, without the FX toolkit. */
class TemplatesViewModelTest {
    static final LocalDate MON = DemoPlans.MONDAY;
    static final LocalDate TODAY = DemoPlans.TODAY; // Wednesday

    @TempDir
    Path dir;
    PlanDocument doc;
    FakeDialogs dialogs;
    TemplateStore store;
    TemplatesViewModel vm;
    final List<Session> shown = new ArrayList<>();

    @BeforeEach
    void setUp() {
        doc = new PlanDocument(DemoPlans.week(MON), Optional.empty());
        dialogs = new FakeDialogs();
        store = TemplateStore.inDataFolder(dir);
        var n = new AtomicInteger();
        vm = new TemplatesViewModel(doc, dialogs, store, BackgroundRunner.inline(), () -> TODAY, shown::add,
                () -> new SessionId("new-" + n.incrementAndGet()));
    }

    Session session(String id) {
        return doc.getPlan().session(new SessionId(id)).orElseThrow();
    }

    @Test
    void savingASessionOffersItsTitleAndKeepsItInTheLibraryNotInThePlan() throws Exception {
        dialogs.name = Optional.of("  Ridge hike ");
        vm.saveAsTemplate(new SessionId("sat-hike"));
        assertThat(dialogs.namesOffered).containsExactly("Ridge hike");
        assertThat(store.read().sessions()).containsExactly(new SessionTemplate("Ridge hike", session("sat-hike")));
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNameInUseAsksToReplaceAndNoKeepsTheOldTemplate() throws Exception {
        dialogs.name = Optional.of("Long");
        vm.saveAsTemplate(new SessionId("sun-long"));
        dialogs.name = Optional.of("LONG");
        dialogs.confirmAnswer = false;
        vm.saveAsTemplate(new SessionId("sat-hike"));
        assertThat(dialogs.confirmsAsked).containsExactly(
                "Replace template?: A template named \"Long\" is already in the library. Replace it?");
        assertThat(store.read().session("long").orElseThrow().session().title()).isEqualTo("Long run");
        dialogs.confirmAnswer = true;
        vm.saveAsTemplate(new SessionId("sat-hike"));
        assertThat(store.read().sessions()).extracting(SessionTemplate::name).containsExactly("LONG");
        assertThat(store.read().session("long").orElseThrow().session().title()).isEqualTo("Ridge hike");
    }

    @Test
    void anEmptyNameIsRefusedInTheDialog() throws Exception {
        dialogs.name = Optional.of("   ");
        vm.saveAsTemplate(new SessionId("sat-hike"));
        assertThat(dialogs.nameRefusals).containsExactly("Template name must not be empty");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void insertingByTypingPutsANewSessionOnTheDayWithItsStartTimeAsOneUndoableEdit() throws Exception {
        Session hike = session("sat-hike").withStartTime(Optional.of(java.time.LocalTime.of(8, 15)));
        store.update(lib -> lib.withSession(new SessionTemplate("Ridge hike", hike))
                .withSession(new SessionTemplate("Easy trail run", session("tue-run"))));
        LocalDate friday = MON.plusDays(4);
        dialogs.picking = p -> p.filterProperty().set("RIDGE");
        Plan before = doc.getPlan();
        vm.insertTemplate(friday);
        Session added = doc.getPlan().session(new SessionId("new-1")).orElseThrow();
        assertThat(added).isEqualTo(hike.withId(new SessionId("new-1")).withDate(friday));
        assertThat(doc.getPlan().sessions()).hasSize(before.sessions().size() + 1);
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Insert Ridge hike on Fri 27 Nov");
        assertThat(shown).containsExactly(added);
        doc.undo();
        assertThat(doc.getPlan()).isEqualTo(before);
    }

    @Test
    void thePickerFiltersByTheStartOfANameOrAWordAndEnterTakesTheSelectedOne() {
        var picker = new TemplatePickerViewModel("Insert", List.of(new TemplatePickerViewModel.Choice("Easy trail run", ""),
                new TemplatePickerViewModel.Choice("Long run", ""), new TemplatePickerViewModel.Choice("Run with pack", "")));
        picker.filterProperty().set("run");
        assertThat(picker.matchesProperty().get()).extracting(TemplatePickerViewModel.Choice::name)
                .containsExactly("Run with pack", "Easy trail run", "Long run");
        assertThat(picker.choice()).contains("Run with pack");
        picker.moveSelection(1);
        picker.moveSelection(1);
        picker.moveSelection(1);
        assertThat(picker.choice()).contains("Long run");
        picker.filterProperty().set("TRA");
        assertThat(picker.choice()).contains("Easy trail run");
        picker.filterProperty().set("xyz");
        assertThat(picker.choice()).isEmpty();
        assertThat(picker.hintProperty().get()).isEqualTo("No template's name or word starts with \"xyz\"");
    }

    /** templates.json was read on the FX thread; the window's runner reads it now and the command goes on after. */
    @Test
    void theLibraryIsReadThroughTheRunnerAndTheCommandGoesOnWhenItIsRead() throws Exception {
        store.update(lib -> lib.withSession(new SessionTemplate("Easy", session("tue-run"))));
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        var queued = new TemplatesViewModel(doc, dialogs, store, BackgroundRunner.on(background::add, fx::add),
                () -> TODAY, shown::add, () -> new SessionId("queued"));
        List<String> offered = new ArrayList<>();
        dialogs.picking = p -> p.matchesProperty().get().forEach(c -> offered.add(c.name()));
        queued.insertTemplate(MON.plusDays(4));
        assertThat(background).as("the read waits for the background").hasSize(1);
        assertThat(offered).isEmpty();
        // saved after the command was given, before the background ran: the read is the background's
        store.update(lib -> lib.withSession(new SessionTemplate("Ridge", session("sat-hike"))));
        background.remove(0).run();
        assertThat(offered).as("nothing is shown off the FX thread").isEmpty();
        assertThat(fx).hasSize(1);
        fx.remove(0).run();
        assertThat(offered).containsExactlyInAnyOrder("Easy", "Ridge");
        assertThat(doc.getPlan().session(new SessionId("queued"))).isPresent();
    }

    /** templates.json was written on the FX thread; the window's runner writes it now, a refusal said on the FX thread. */
    @Test
    void aTemplateIsWrittenThroughTheRunnerAndATakenNameIsSaidOnTheFxThread() throws Exception {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        var queued = new TemplatesViewModel(doc, dialogs, store, BackgroundRunner.on(background::add, fx::add),
                () -> TODAY, shown::add, () -> new SessionId("queued"));
        dialogs.name = Optional.of("Ridge hike");
        queued.saveAsTemplate(new SessionId("sat-hike"));
        background.remove(0).run(); // the read
        fx.remove(0).run(); // asks the name, then hands the write to the background
        assertThat(store.read().sessions()).as("nothing written on the FX thread").isEmpty();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(store.read().sessions()).extracting(SessionTemplate::name).containsExactly("Ridge hike");
        fx.forEach(Runnable::run);
        fx.clear();
        assertThat(dialogs.errors).isEmpty();

        // the library refuses a change (a rename to a name taken, made behind the dialog's back): nothing is
        // written and the message is shown on the FX thread, not thrown into the background
        store.update(lib -> lib.withSession(new SessionTemplate("Easy", session("tue-run"))));
        TemplatesViewModel.write(BackgroundRunner.on(background::add, fx::add), store,
                lib -> lib.renameSession("Easy", "Ridge hike"), lib -> { }, m -> dialogs.showError("Template library not changed", m));
        background.remove(0).run();
        assertThat(dialogs.errors).isEmpty();
        fx.remove(0).run();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(store.read().sessions()).extracting(SessionTemplate::name).containsExactlyInAnyOrder("Ridge hike",
                "Easy");
    }

    @Test
    void insertOnARestDayReplacesTheRestInTheSameEdit() throws Exception {
        store.update(lib -> lib.withSession(new SessionTemplate("Easy", session("tue-run"))));
        vm.insertTemplate(MON);
        assertThat(doc.getPlan().sessionsOn(MON)).extracting(Session::title).containsExactly("Easy trail run");
        doc.undo();
        assertThat(doc.getPlan().sessionsOn(MON)).extracting(Session::isRest).containsExactly(true);
    }

    @Test
    void anEmptyLibrarySaysHowToFillIt() {
        vm.insertTemplate(MON);
        vm.applyWeekTemplate(MON.plusWeeks(1));
        assertThat(dialogs.infos).hasSize(2);
        assertThat(dialogs.infos.get(0)).contains("Save as template…");
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void savingAWeekAndApplyingItToTheTripWeekSkipsTheTripDaysAndSaysSo() throws Exception {
        dialogs.name = Optional.of("Build");
        vm.saveWeekAsTemplate(MON);
        assertThat(dialogs.namesOffered).containsExactly("Week of 23 Nov");
        WeekTemplate week = store.read().week("build").orElseThrow();
        assertThat(week.slots()).extracting(WeekTemplate.Slot::dayOffset).containsExactly(0, 1, 2, 3, 5, 6);

        LocalDate tripWeek = MON.plusWeeks(2); // the trip is Fri to Sun of that week
        Plan before = doc.getPlan();
        vm.applyWeekTemplate(tripWeek);
        assertThat(dialogs.choicesAsked).isEmpty(); // nothing planned there to replace
        assertThat(doc.getPlan().sessions().stream().filter(s -> s.id().value().startsWith("new-")))
                .extracting(Session::date).containsExactly(tripWeek, tripWeek.plusDays(1), tripWeek.plusDays(2),
                        tripWeek.plusDays(3));
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Apply Build to 7 – 13 Dec 2026");
        assertThat(dialogs.infos).containsExactly("Some days were left as they are: Applied 4 of 6 sessions of"
                + " \"Build\". Not changed: Sat 12 Dec (a trip day): Ridge hike; Sun 13 Dec (a trip day): Long run.");
        doc.undo();
        assertThat(doc.getPlan()).isEqualTo(before);
    }

    @Test
    void applyingOntoAPlannedWeekAsksAddOrReplaceAndNeverTouchesThePast() throws Exception {
        store.update(lib -> lib.withWeek(WeekTemplate.of("Easy week", MON, List.of(session("tue-run"),
                session("sun-long")))));
        dialogs.choice = Optional.of(1); // replace
        vm.applyWeekTemplate(MON); // this week: Mon and Tue are past (today is Wednesday)
        assertThat(dialogs.choicesAsked).singleElement().asString().contains("Add beside the week's sessions",
                "Replace the planned sessions");
        Plan plan = doc.getPlan();
        assertThat(plan.sessions().stream().filter(s -> !s.date().isBefore(MON) && s.date().isBefore(MON.plusWeeks(1))))
                .extracting(s -> s.id().value()).containsExactlyInAnyOrder("rest-mon", "tue-run", "new-1");
        assertThat(plan.session(new SessionId("new-1")).orElseThrow().date()).isEqualTo(MON.plusDays(6));
        assertThat(dialogs.infos).singleElement().asString().contains("Tue 24 Nov (already past): Easy trail run");

        dialogs.choice = Optional.empty(); // cancelled: nothing changes
        Plan now = doc.getPlan();
        vm.applyWeekTemplate(MON);
        assertThat(doc.getPlan()).isEqualTo(now);
    }

    @Test
    void anUnreadableLibraryIsNotOverwrittenAndTheUserIsToldWhichFile() throws Exception {
        Files.writeString(store.file(), "{ broken");
        dialogs.name = Optional.of("Ridge hike");
        vm.saveAsTemplate(new SessionId("sat-hike"));
        vm.insertTemplate(MON);
        assertThat(dialogs.errors).hasSize(2).allSatisfy(e -> assertThat(e).contains("templates.json, line 1",
                "Switchback does not change this file"));
        assertThat(store.file()).hasContent("{ broken");
    }

    @Test
    void theLibraryRenamesAndDeletesAndRefusesATakenName() throws Exception {
        store.update(lib -> lib.withSession(new SessionTemplate("Easy", session("tue-run")))
                .withSession(new SessionTemplate("Hills", session("thu-pack")))
                .withWeek(WeekTemplate.of("Build", MON, List.of(session("tue-run")))));
        dialogs.managing = library -> {
            assertThat(library.entriesProperty().get()).extracting(Object::toString).containsExactly(
                    "Session: Easy · Trail run · 1 h · 10 km", "Session: Hills · Run with pack · 1 h 20 · 12 km · 8 kg",
                    "Week: Build · 1 session: Tue");
            dialogs.name = Optional.of("hills");
            library.rename(library.entry(TemplateLibraryViewModel.Kind.SESSION, "Easy").orElseThrow());
            assertThat(dialogs.nameRefusals).containsExactly("Another template is already named \"Hills\"");
            dialogs.name = Optional.of("Recovery");
            library.rename(library.entry(TemplateLibraryViewModel.Kind.SESSION, "Easy").orElseThrow());
            library.delete(library.entry(TemplateLibraryViewModel.Kind.WEEK, "Build").orElseThrow());
            assertThat(library.entriesProperty().get()).extracting(TemplateLibraryViewModel.Entry::name)
                    .containsExactly("Hills", "Recovery");
        };
        vm.manageTemplates();
        TemplateLibrary lib = store.read();
        assertThat(lib.sessions()).extracting(SessionTemplate::name).containsExactly("Hills", "Recovery");
        assertThat(lib.weeks()).isEmpty();
    }
}
