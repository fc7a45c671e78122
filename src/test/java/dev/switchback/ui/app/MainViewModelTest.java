package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeDialogs;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService.ExternalChangeChoice;
import dev.switchback.ui.common.DialogService.UnsavedChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeFiles files = new FakeFiles();
    private Preferences prefs;
    private PlanDocument doc;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("switchback-test-" + UUID.randomUUID());
        doc = new PlanDocument(DemoPlans.week(DemoPlans.MONDAY), Optional.empty(), RiggedAnalysis.analyser());
        vm = new MainViewModel(doc, dialogs, files, new RecentFiles(prefs), BackgroundRunner.inline(),
                () -> DemoPlans.TODAY);
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        prefs.removeNode();
    }

    private void rename(String id, String title) {
        doc.apply("Rename", p -> p.withSession(p.session(new SessionId(id)).orElseThrow().withTitle(title)));
    }

    @Test
    void firstStartWritesTheSampleAndOpensItInTheWeekOfToday() {
        vm.start();
        assertThat(doc.getFile()).contains(files.defaultPlanFile());
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.weekStartProperty().get()).isEqualTo(DemoPlans.MONDAY);
        assertThat(vm.statusProperty().get()).startsWith("Welcome");
        assertThat(vm.titleBinding().get()).isEqualTo("Autumn to Sarek  —  plan.json  —  Switchback");
    }

    @Test
    void aPlanThatCannotBeReadIsReportedWithTheStoresMessageAndNothingChanges() {
        var before = doc.getPlan();
        vm.open(Path.of("/nowhere/plan.json"));
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Could not open the plan: Could not read /nowhere/plan.json: the file does not exist. "
                        + "Check the name.");
        assertThat(doc.getPlan()).isSameAs(before);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void saveWritesThePlanMarksItCleanAndRemembersTheFile() {
        vm.start();
        rename("tue-run", "Tempo");
        assertThat(vm.titleBinding().get()).startsWith("• ");
        assertThat(vm.save()).isTrue();
        assertThat(files.disk.get(files.defaultPlanFile())).isEqualTo(doc.getPlan());
        assertThat(doc.isDirty()).isFalse();
        assertThat(vm.recent().files()).contains(files.defaultPlanFile().toAbsolutePath());
    }

    @Test
    void aBlockingFindingStopsTheSaveWhenTheUserGoesBackToEditing() {
        vm.start();
        rename("tue-run", "BLOCK too much");
        var onDisk = files.disk.get(files.defaultPlanFile());
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.blockingAsked).singleElement().asList().singleElement().asString()
                .startsWith("BLOCK too much on 2026-11-24");
        assertThat(files.disk.get(files.defaultPlanFile())).isEqualTo(onDisk);
        assertThat(doc.isDirty()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Not saved: 1 blocking finding to look at.");
    }

    @Test
    void aBlockingFindingIsOverriddenWithTheReasonRecordedInThePlan() {
        vm.start();
        rename("tue-run", "BLOCK too much");
        dialogs.overrideReason = Optional.of("Race simulation, agreed with coach");
        assertThat(vm.save()).isTrue();
        var saved = files.disk.get(files.defaultPlanFile());
        assertThat(saved.rules().overrides()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo("test-block");
            assertThat(o.weekStart()).isEqualTo(DemoPlans.MONDAY);
            assertThat(o.reason()).isEqualTo("Race simulation, agreed with coach");
        });
        // The same finding does not ask again.
        rename("sun-long", "Longer run");
        assertThat(vm.save()).isTrue();
        assertThat(dialogs.blockingAsked).hasSize(1);
    }

    @Test
    void warningsDoNotStopTheSaveAndAreSavedAlongside() {
        vm.start();
        rename("tue-run", "WARN a bit much");
        assertThat(vm.save()).isTrue();
        assertThat(dialogs.blockingAsked).isEmpty();
        assertThat(files.savedFindings.get(files.defaultPlanFile())).singleElement()
                .extracting(f -> f.ruleId()).isEqualTo("test-warn");
    }

    @Test
    void aFailedSaveShowsTheMessageAndKeepsTheEdits() {
        vm.start();
        rename("tue-run", "Tempo");
        files.failNextSave = Optional.of("The disk is full. Free some space and save again.");
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().endsWith("The disk is full. Free some space and save "
                + "again.");
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void saveAsWritesToTheChosenFile() {
        vm.start();
        dialogs.saveTarget = Optional.of(Path.of("/elsewhere/copy.json"));
        assertThat(vm.saveAs()).isTrue();
        assertThat(files.disk).containsKey(Path.of("/elsewhere/copy.json"));
        assertThat(doc.getFile()).contains(Path.of("/elsewhere/copy.json"));
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindowOpen() {
        vm.start();
        assertThat(vm.close()).isTrue();
        assertThat(dialogs.unsavedAsked).isZero();
        rename("tue-run", "Tempo");
        dialogs.unsavedChoice = UnsavedChoice.CANCEL;
        assertThat(vm.close()).isFalse();
        dialogs.unsavedChoice = UnsavedChoice.DISCARD;
        assertThat(vm.close()).isTrue();
        dialogs.unsavedChoice = UnsavedChoice.SAVE;
        assertThat(vm.close()).isTrue();
        assertThat(files.disk.get(files.defaultPlanFile())).isEqualTo(doc.getPlan());
    }

    @Test
    void autosaveWritesTheRecoveryFileOnlyWhenThereAreUnsavedEdits() {
        vm.start();
        vm.autosave();
        assertThat(files.exists(files.recoveryFile())).isFalse();
        rename("tue-run", "Tempo");
        vm.autosave();
        assertThat(files.disk.get(files.recoveryFile())).isEqualTo(doc.getPlan());
        vm.save();
        assertThat(files.exists(files.recoveryFile())).isFalse();
    }

    @Test
    void theNextStartOffersTheRecoveredWorkAsUnsavedEdits() {
        vm.start();
        rename("tue-run", "Tempo");
        vm.autosave();
        var edited = doc.getPlan();

        var doc2 = new PlanDocument(DemoPlans.week(DemoPlans.MONDAY), Optional.empty(), RiggedAnalysis.analyser());
        var vm2 = new MainViewModel(doc2, dialogs, files, new RecentFiles(prefs), BackgroundRunner.inline(),
                () -> DemoPlans.TODAY);
        dialogs.recover = true;
        vm2.start();
        assertThat(doc2.getPlan()).isEqualTo(edited);
        assertThat(doc2.isDirty()).isTrue();
    }

    @Test
    void declinedRecoveryIsDiscardedAndThePlanOnDiskOpens() {
        vm.start();
        rename("tue-run", "Tempo");
        vm.autosave();
        dialogs.recover = false;
        vm.start();
        assertThat(files.exists(files.recoveryFile())).isFalse();
        assertThat(doc.getPlan().session(new SessionId("tue-run")).map(Session::title)).contains("Easy trail run");
    }

    @Test
    void aFileChangedOnDiskIsReloadedWhenTheUserSaysSo() {
        vm.start();
        vm.checkFileOnDisk();
        assertThat(doc.getPlan().name()).isEqualTo("Autumn to Sarek");
        files.put(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.RELOAD_FROM_DISK;
        vm.checkFileOnDisk();
        assertThat(doc.getPlan().name()).isEqualTo("Changed elsewhere");
    }

    @Test
    void keepingMyVersionAfterAnOutsideChangeAsksOnlyOnce() {
        vm.start();
        files.put(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.KEEP_MINE;
        vm.checkFileOnDisk();
        vm.checkFileOnDisk();
        assertThat(doc.getPlan().name()).isEqualTo("Autumn to Sarek");
        assertThat(vm.statusProperty().get()).startsWith("Kept your version");
    }

    @Test
    void savingOverAFileChangedOnDiskAsksFirstAndReloadsWhenTheUserSaysSo() {
        vm.start();
        rename("tue-run", "My edit");
        files.put(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.RELOAD_FROM_DISK;

        assertThat(vm.save()).isFalse();

        assertThat(doc.getPlan().name()).isEqualTo("Changed elsewhere");
    }

    @Test
    void savingOverAFileChangedOnDiskKeepsMineWhenTheUserSaysSo() throws Exception {
        vm.start();
        rename("tue-run", "My edit");
        files.put(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.KEEP_MINE;

        assertThat(vm.save()).isTrue();

        assertThat(files.read(files.defaultPlanFile()).session(new SessionId("tue-run")).map(Session::title))
                .contains("My edit");
    }

    @Test
    void savingAnUnchangedFileDoesNotAsk() {
        vm.start();
        rename("tue-run", "My edit");
        dialogs.externalChoice = ExternalChangeChoice.RELOAD_FROM_DISK;

        assertThat(vm.save()).isTrue();
    }
}
