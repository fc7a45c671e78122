package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.store.PlanStore;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeDialogs;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.common.DialogService.ExternalChangeChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's file commands over real files in a temporary folder, without the FX toolkit: what
 * counts as "changed on disk" (content, not modification time) and where recovered work goes.
 */
class MainViewModelOnDiskTest {
    @TempDir
    Path home;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Preferences prefs;
    private StorePlanFiles files;
    private PlanDocument doc;
    private MainViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        PlanStore.save(home.resolve("plan.json"), DemoPlans.week(DemoPlans.MONDAY), List.of());
        prefs = Preferences.userRoot().node("switchback-test-" + UUID.randomUUID());
        files = new StorePlanFiles(home);
        doc = newDocument();
        vm = newWindow(doc);
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        prefs.removeNode();
    }

    private static PlanDocument newDocument() {
        return new PlanDocument(DemoPlans.week(DemoPlans.MONDAY), Optional.empty(), RiggedAnalysis.analyser());
    }

    private MainViewModel newWindow(PlanDocument d) {
        return new MainViewModel(d, dialogs, files, new RecentFiles(prefs), BackgroundRunner.inline(),
                () -> DemoPlans.TODAY);
    }

    private void rename(PlanDocument d, String title) {
        d.apply("Rename", p -> p.withSession(p.session(new SessionId("tue-run")).orElseThrow().withTitle(title)));
    }

    private static String tuesdayTitle(Path file) throws Exception {
        return PlanStore.read(file).session(new SessionId("tue-run")).map(Session::title).orElseThrow();
    }

    /** Another program writes {@code plan} and leaves the modification time as it was. */
    private static void rewriteKeepingTime(Path file, Plan plan) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        PlanStore.save(file, plan, List.of());
        Files.setLastModifiedTime(file, before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 3_600_000));
    }

    // ---- changed on disk: content, not time ----

    @Test
    void aFileTouchedButNotChangedIsNoConflictOnFocusOrSave() throws Exception {
        vm.start();
        rename(doc, "My edit");
        touch(files.defaultPlanFile());

        vm.checkFileOnDisk();
        assertThat(vm.save()).isTrue();

        assertThat(dialogs.externalAsked).isZero();
        assertThat(tuesdayTitle(files.defaultPlanFile())).isEqualTo("My edit");
    }

    @Test
    void aFileChangedWithinTheSameModificationTimeIsSeenOnFocusAndReloaded() throws Exception {
        vm.start();
        rewriteKeepingTime(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.RELOAD_FROM_DISK;

        vm.checkFileOnDisk();

        assertThat(dialogs.externalAsked).isEqualTo(1);
        assertThat(doc.getPlan().name()).isEqualTo("Changed elsewhere");
    }

    @Test
    void savingOverAFileChangedWithinTheSameModificationTimeAsksAndKeepsMineWhenTheUserSaysSo() throws Exception {
        vm.start();
        rename(doc, "My edit");
        rewriteKeepingTime(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.KEEP_MINE;

        assertThat(vm.save()).isTrue();

        assertThat(dialogs.externalAsked).isEqualTo(1);
        assertThat(tuesdayTitle(files.defaultPlanFile())).isEqualTo("My edit");
        assertThat(PlanStore.read(files.defaultPlanFile()).name()).isEqualTo("Autumn to Sarek");
    }

    @Test
    void savingOverAFileChangedWithinTheSameModificationTimeReloadsWhenTheUserSaysSo() throws Exception {
        vm.start();
        rename(doc, "My edit");
        rewriteKeepingTime(files.defaultPlanFile(), doc.getPlan().withName("Changed elsewhere"));
        dialogs.externalChoice = ExternalChangeChoice.RELOAD_FROM_DISK;

        assertThat(vm.save()).isFalse();

        assertThat(doc.getPlan().name()).isEqualTo("Changed elsewhere");
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void keepingMineAcceptsThatVersionOnlyAndAFurtherChangeAsksAgain() throws Exception {
        vm.start();
        rename(doc, "My edit");
        Path file = files.defaultPlanFile();
        rewriteKeepingTime(file, doc.getPlan().withName("First outside change"));
        dialogs.externalChoice = ExternalChangeChoice.KEEP_MINE;
        vm.checkFileOnDisk();
        vm.checkFileOnDisk();
        assertThat(dialogs.externalAsked).isEqualTo(1);

        rewriteKeepingTime(file, doc.getPlan().withName("Second outside change"));
        dialogs.externalChoice = ExternalChangeChoice.RELOAD_FROM_DISK;
        assertThat(vm.save()).isFalse();

        assertThat(dialogs.externalAsked).isEqualTo(2);
        assertThat(doc.getPlan().name()).isEqualTo("Second outside change");
    }

    @Test
    void aFileDeletedMeanwhileIsWrittenAgainWithoutAsking() throws Exception {
        vm.start();
        rename(doc, "My edit");
        Files.delete(files.defaultPlanFile());

        vm.checkFileOnDisk();
        assertThat(vm.save()).isTrue();

        assertThat(dialogs.externalAsked).isZero();
        assertThat(tuesdayTitle(files.defaultPlanFile())).isEqualTo("My edit");
    }

    // ---- recovered work and its original file ----

    private Path otherPlan() throws Exception {
        Path other = Files.createDirectories(home.resolve("trips")).resolve("other.json");
        PlanStore.save(other, DemoPlans.week(DemoPlans.MONDAY).withName("Other plan"), List.of());
        return other;
    }

    /** Edits {@code file} in a first run that ends without closing, after one autosave. */
    private void crashWithUnsavedEditTo(Path file) {
        vm.start();
        vm.open(file);
        rename(doc, "Unsaved edit");
        vm.autosave();
    }

    private PlanDocument nextStartRecovering() {
        PlanDocument doc2 = newDocument();
        dialogs.recover = true;
        newWindow(doc2).start();
        return doc2;
    }

    @Test
    void recoveredWorkReopensAgainstTheFileItCameFromAndSavesThere() throws Exception {
        Path other = otherPlan();
        crashWithUnsavedEditTo(other);
        String planJsonBefore = Files.readString(files.defaultPlanFile());

        PlanDocument doc2 = nextStartRecovering();

        assertThat(doc2.getFile()).contains(other.toAbsolutePath());
        assertThat(doc2.isDirty()).isTrue();
        assertThat(doc2.getPlan().name()).isEqualTo("Other plan");
        assertThat(dialogs.infos).isEmpty();
        var vm2 = newWindow(doc2);
        vm2.start(); // a second window start would offer the same work again: the folder is unchanged
        assertThat(vm2.save()).isTrue();
        assertThat(tuesdayTitle(other)).isEqualTo("Unsaved edit");
        assertThat(Files.readString(files.defaultPlanFile())).isEqualTo(planJsonBefore);
        assertThat(files.exists(files.recoveryFile())).isFalse();
    }

    @Test
    void recoveredWorkWhoseFileIsGoneSaysSoAndSavesOnlyWhereTheUserChooses() throws Exception {
        Path other = otherPlan();
        crashWithUnsavedEditTo(other);
        Files.delete(other);

        PlanDocument doc2 = nextStartRecovering();

        assertThat(doc2.getFile()).isEmpty();
        assertThat(doc2.isDirty()).isTrue();
        assertThat(dialogs.infos).singleElement().asString().contains(other.toAbsolutePath() + " no longer exists")
                .contains("Save As");
        assertThat(doc2.getPlan().session(new SessionId("tue-run")).map(Session::title)).contains("Unsaved edit");
    }

    @Test
    void recoveredWorkWhoseFileChangedSinceSaysSoAndLeavesTheOtherVersionAlone() throws Exception {
        Path other = otherPlan();
        crashWithUnsavedEditTo(other);
        PlanStore.save(other, PlanStore.read(other).withName("Changed after the crash"), List.of());

        PlanDocument doc2 = nextStartRecovering();
        var vm2 = new MainViewModel(doc2, dialogs, files, new RecentFiles(prefs), BackgroundRunner.inline(),
                () -> DemoPlans.TODAY);
        Path chosen = home.resolve("recovered.json");
        dialogs.saveTarget = Optional.of(chosen);
        assertThat(vm2.save()).isTrue();

        assertThat(dialogs.infos).singleElement().asString().contains(other.toAbsolutePath()
                + " was changed after your work was autosaved");
        assertThat(PlanStore.read(other).name()).isEqualTo("Changed after the crash");
        assertThat(tuesdayTitle(chosen)).isEqualTo("Unsaved edit");
    }

    @Test
    void recoveredWorkOfAPlanNeverSavedBelongsToNoFile() {
        rename(doc, "Unsaved edit");
        vm.autosave();

        PlanDocument doc2 = nextStartRecovering();

        assertThat(doc2.getFile()).isEmpty();
        assertThat(doc2.isDirty()).isTrue();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void aRecoveryFileWithoutItsOriginRecordBelongsToNoFileRatherThanTheDataFolderPlan() throws Exception {
        crashWithUnsavedEditTo(files.defaultPlanFile());
        Files.delete(files.originFile());

        PlanDocument doc2 = nextStartRecovering();

        assertThat(doc2.getFile()).isEmpty();
        assertThat(doc2.getPlan().session(new SessionId("tue-run")).map(Session::title)).contains("Unsaved edit");
    }

    @Test
    void declinedRecoveryRemovesTheFileAndItsOriginRecord() throws Exception {
        crashWithUnsavedEditTo(otherPlan());
        dialogs.recover = false;
        newWindow(newDocument()).start();
        assertThat(files.exists(files.recoveryFile())).isFalse();
        assertThat(files.exists(files.originFile())).isFalse();
    }

    // ---- nothing lost: damaged recovery, read-only files, leftovers ----

    @Test
    void aDamagedRecoveryFileIsKeptAsideAndTheUsersPlanOpens() throws Exception {
        crashWithUnsavedEditTo(files.defaultPlanFile());
        Files.writeString(files.recoveryFile(), "{\"schemaVersion\": 1, \"name\": ");  // cut off by the crash

        PlanDocument doc2 = nextStartRecovering();

        assertThat(doc2.getFile()).contains(files.defaultPlanFile());
        assertThat(doc2.isDirty()).isFalse();
        assertThat(doc2.getPlan()).isEqualTo(PlanStore.read(files.defaultPlanFile()));
        assertThat(files.exists(files.recoveryFile())).isFalse();
        List<Path> kept;
        try (var list = Files.list(home)) {
            kept = list.filter(p -> p.getFileName().toString().matches("recovery-damaged-[0-9]{8}-[0-9]{6}\\.json"))
                    .toList();
        }
        assertThat(kept).singleElement();
        assertThat(Files.readString(kept.get(0))).isEqualTo("{\"schemaVersion\": 1, \"name\": ");
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Could not recover the autosaved work: Switchback could not read the autosaved work:"
                        + " recovery.json, line 1").doesNotContain("text editor")
                .contains("The damaged autosave is kept as " + kept.get(0))
                .endsWith("Your plan " + files.defaultPlanFile() + " opens as it was last saved.");
        // The next start does not offer it again.
        dialogs.errors.clear();
        assertThat(files.recoverySavedAt()).isEmpty();
    }

    @Test
    void aDamagedRecoveryOfAnotherFileOpensThatFile() throws Exception {
        Path other = otherPlan();
        crashWithUnsavedEditTo(other);
        Files.writeString(files.recoveryFile(), "garbage");

        PlanDocument doc2 = nextStartRecovering();

        assertThat(doc2.getFile()).contains(other.toAbsolutePath());
        assertThat(doc2.getPlan().name()).isEqualTo("Other plan");
    }

    private void makeReadOnly(Path file) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    }

    @Test
    void aReadOnlyPlanIsNotSavedOverWhenTheUserCancels() throws Exception {
        vm.start();
        Path plan = files.defaultPlanFile();
        makeReadOnly(plan);
        byte[] before = Files.readAllBytes(plan);
        rename(doc, "Edited");
        dialogs.readOnlyChoice = DialogService.ReadOnlyChoice.CANCEL;

        assertThat(vm.save()).isFalse();

        assertThat(dialogs.readOnlyAsked).containsExactly(plan);
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(doc.isDirty()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Not saved: plan.json is read-only.");
    }

    @Test
    void aReadOnlyPlanCanBeSavedElsewhere() throws Exception {
        vm.start();
        Path plan = files.defaultPlanFile();
        makeReadOnly(plan);
        byte[] before = Files.readAllBytes(plan);
        rename(doc, "Edited");
        dialogs.readOnlyChoice = DialogService.ReadOnlyChoice.SAVE_ELSEWHERE;
        Path copy = home.resolve("copy.json");
        dialogs.saveTarget = Optional.of(copy);

        assertThat(vm.save()).isTrue();

        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(tuesdayTitle(copy)).isEqualTo("Edited");
        assertThat(doc.getFile()).contains(copy);
    }

    @Test
    void aReadOnlyPlanIsMadeWritableAndSavedWhenTheUserSaysSo() throws Exception {
        vm.start();
        Path plan = files.defaultPlanFile();
        makeReadOnly(plan);
        rename(doc, "Edited");
        dialogs.readOnlyChoice = DialogService.ReadOnlyChoice.MAKE_WRITABLE_AND_SAVE;

        assertThat(vm.save()).isTrue();

        assertThat(tuesdayTitle(plan)).isEqualTo("Edited");
        assertThat(Files.getPosixFilePermissions(plan))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(dialogs.readOnlyAsked).containsExactly(plan);
    }

    @Test
    void aSaveAndACleanCloseRemoveTheAutosaveAndItsBackups() throws Exception {
        vm.start();
        for (int i = 0; i < 4; i++) {
            rename(doc, "Edit " + i);
            vm.autosave();
        }
        assertThat(PlanStore.backups(files.recoveryFile())).allSatisfy(b -> assertThat(b).exists());
        assertThat(vm.save()).isTrue();
        assertThat(PlanStore.backups(files.recoveryFile())).noneSatisfy(b -> assertThat(b).exists());
        assertThat(files.recoveryFile()).doesNotExist();

        rename(doc, "Edit again");
        vm.autosave();
        vm.autosave();
        dialogs.unsavedChoice = DialogService.UnsavedChoice.DISCARD;
        assertThat(vm.close()).isTrue();
        try (var left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("recovery")
                    || n.startsWith(".recovery") && !n.endsWith(".lock"));
        }
    }

    @Test
    void startingAfterACrashDeletesTheSavesLeftoversBesideThePlan() throws Exception {
        Path plan = files.defaultPlanFile();
        Path leftover = home.resolve(".plan.json.8214093337153928406.tmp");
        Path backupLeftover = home.resolve(".plan.json.backup.77.tmp");
        Path notOurs = home.resolve(".plan.json.mine.tmp");
        for (Path p : List.of(leftover, backupLeftover, notOurs)) {
            Files.copy(plan, p);
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }

        vm.start();

        assertThat(leftover).doesNotExist();
        assertThat(backupLeftover).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(doc.getFile()).contains(plan);
    }
}
