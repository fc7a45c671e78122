package dev.switchback.ui.app;

import dev.switchback.format.Dates;
import dev.switchback.engine.Finding;
import dev.switchback.engine.SaveGate;
import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import dev.switchback.store.FileChangedException;
import dev.switchback.store.FileStamp;
import dev.switchback.store.OpenedPlan;
import dev.switchback.store.ReadOnlyFileException;
import dev.switchback.store.StoreException;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.common.DialogService.ExternalChangeChoice;
import dev.switchback.ui.week.WeekViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's commands that concern the whole file: start, open, save (through the save check),
 * save as, recent files, autosave and recovery, unsaved changes on close, and the file changing on
 * disk. The week's own commands live in {@link WeekViewModel}.
 */
public final class MainViewModel {
    /** The logger, made on first use: Logback starts only when something is logged. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    }

    private final PlanDocument doc;
    private final DialogService dialogs;
    private final PlanFiles files;
    private final RecentFiles recent;
    private final BackgroundRunner runner;
    private final Supplier<LocalDate> today;
    private final WeekViewModel week;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding title;
    /**
     * The document's file as last read or written (or as the user chose to overwrite it): saving over
     * it is refused when its content changed since. Empty while the document has no file.
     */
    private Optional<OpenedPlan> onDisk = Optional.empty();
    private Optional<String> welcome = Optional.empty();

    public MainViewModel(PlanDocument doc, DialogService dialogs, PlanFiles files, RecentFiles recent,
            BackgroundRunner runner, Supplier<LocalDate> today) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.files = files;
        this.recent = recent;
        this.runner = runner;
        this.today = today;
        this.week = new WeekViewModel(doc, dialogs, today, runner::later);
        this.title = Bindings.createStringBinding(() -> (doc.isDirty() ? "• " : "") + doc.getPlan().name()
                + doc.getFile().map(f -> "  —  " + f.getFileName()).orElse("") + "  —  Switchback",
                doc.planProperty(), doc.dirtyProperty(), doc.fileProperty());
    }

    public WeekViewModel week() {
        return week;
    }

    public PlanDocument document() {
        return doc;
    }

    /**
     * First thing after the window shows: offer a recovery file left by a crash, else open the data
     * folder's plan, else create it from the sample plan.
     */
    public void start() {
        Optional<java.time.Instant> autosaved = files.recoverySavedAt();
        if (autosaved.isPresent()) {
            String when = Dates.weekdayDayTime(autosaved.get().atZone(ZoneId.systemDefault()).toLocalDateTime());
            if (dialogs.askRecover(files.recoveryFile(), when)) {
                busy.set(true);
                status.set("Recovering the work autosaved " + when + " …");
                runner.run("Recovering unsaved work", this::readRecovered, r -> {
                    busy.set(false);
                    recovered(r, when);
                }, e -> {
                    busy.set(false);
                    recoveryFailed(e);
                });
                return;
            }
        }
        files.discardRecovery();
        openUsersPlan(files.defaultPlanFile());
    }

    /**
     * The autosaved work cannot be read: keep the damaged file aside (someone may rescue it by hand),
     * say where, and open the user's plan as it was last saved, never an empty one.
     */
    private void recoveryFailed(StoreException e) {
        Log.LOG.warn("Could not recover the autosaved work: {}", e.getMessage());
        Optional<Path> origin = files.recoveryOrigin().filter(files::exists);
        Optional<Path> kept = files.setAsideRecovery();
        Path plan = origin.orElse(files.defaultPlanFile());
        // The store's advice (edit the file, restore a backup) is for plan files; for the autosave the
        // answer is what follows: it is kept aside and the plan opens.
        String what = e.getMessage();
        int advice = what.indexOf(" Open the file in a text editor");
        String message = "Switchback could not read the autosaved work: " + (advice > 0 ? what.substring(0, advice)
                : what) + " " + kept.map(k -> "The damaged autosave is kept as " + k + ".")
                .orElse("The damaged autosave could not be kept.") + " Your plan " + plan
                + " opens as it was last saved.";
        status.set("Could not recover the autosaved work; opened " + plan.getFileName() + " as last saved.");
        dialogs.showError("Could not recover the autosaved work", message);
        openUsersPlan(plan);
    }

    /** The data folder's plan (made from the sample on first start), or {@code plan} if it is another file. */
    private void openUsersPlan(Path plan) {
        boolean sampleWritten;
        try {
            // Also writes the sample on first start, which only ever concerns the data folder's plan.
            sampleWritten = files.prepare(today.get());
        } catch (StoreException e) {
            failed("Could not prepare the data folder", e);
            return;
        }
        if (sampleWritten) {
            welcome = Optional.of("Welcome: this is a sample plan laid out around today, saved in "
                    + plan.getParent() + ". Change it, or start your own.");
        }
        open(plan);
    }

    /** Recovered work, and the file it belongs to if that file still holds what the work was based on. */
    private record Recovered(RecoveredWork work, Optional<OpenedPlan> base, Optional<String> problem) {
    }

    /**
     * Off the FX thread: reads the recovery file and checks its origin, which means reading (and
     * hashing) that file too.
     */
    private Recovered readRecovered() throws StoreException {
        RecoveredWork work = files.readRecovery().orElseThrow(() -> new StoreException(files.recoveryFile(),
                "The autosaved work in " + files.recoveryFile() + " is gone; another Switchback window may have"
                        + " taken it. Open your plan with File > Open."));
        if (work.origin().isEmpty()) {
            return new Recovered(work, Optional.empty(), Optional.empty());
        }
        Path file = work.origin().get().file();
        if (!files.exists(file)) {
            return new Recovered(work, Optional.empty(), Optional.of(file + " no longer exists."));
        }
        try {
            OpenedPlan now = files.open(file);
            return now.stamp().sameContentAs(work.origin().get().stamp())
                    ? new Recovered(work, Optional.of(now), Optional.empty())
                    : new Recovered(work, Optional.empty(),
                            Optional.of(file + " was changed after your work was autosaved."));
        } catch (StoreException e) {
            Log.LOG.warn("Recovered work's file {} cannot be read: {}", file, e.getMessage());
            return new Recovered(work, Optional.empty(), Optional.of(file + " cannot be read any more."));
        }
    }

    /**
     * Restores autosaved work as unsaved edits to the file it came from; if that file is gone or
     * changed, to no file and says so, so that saving asks where (Save As) and the other version on
     * disk survives.
     */
    private void recovered(Recovered r, String when) {
        onDisk = r.base();
        doc.replaceUnsaved(r.work().plan(), r.base().map(OpenedPlan::file));
        if (r.problem().isPresent()) {
            String message = r.problem().get() + " Your recovered work is open; use Save As to keep it as a new"
                    + " file, so that neither version is lost.";
            status.set("Recovered the work autosaved " + when + ". " + message);
            dialogs.showInfo("Recovered work needs a new file", message);
        } else {
            status.set("Recovered the work autosaved " + when
                    + r.base().map(b -> " for " + b.file().getFileName()).orElse("") + ". Save to keep it.");
        }
        showWeekOf(r.work().plan());
    }

    private void showWeekOf(Plan plan) {
        LocalDate t = today.get();
        boolean todayInPlan = plan.firstDate().map(f -> !t.isBefore(f)).orElse(true)
                && plan.lastDate().map(l -> !t.isAfter(l)).orElse(true);
        doc.weekStartProperty().set(Weeks.monday(todayInPlan ? t : plan.firstDate().orElse(t)));
    }

    // ---- open ----

    public void openWithChooser() {
        if (!confirmDiscardOrSave()) {
            return;
        }
        dialogs.chooseFileToOpen(doc.getFile().map(Path::getParent)).ifPresent(this::openFile);
    }

    /** Opens a recent file or one dropped on the window, asking about unsaved changes first. */
    public void openRecent(Path file) {
        if (confirmDiscardOrSave()) {
            openFile(file);
        }
    }

    private void openFile(Path file) {
        open(file);
    }

    /** Reads {@code file} in the background; the window stays responsive and shows progress. */
    public void open(Path file) {
        busy.set(true);
        status.set("Opening " + file.getFileName() + " …");
        runner.run("Opening " + file.getFileName(), () -> files.open(file), opened -> {
            busy.set(false);
            Plan plan = opened.plan();
            doc.replace(plan, Optional.of(file));
            onDisk = Optional.of(opened);
            recent.add(file);
            status.set(welcome.orElse("Opened " + file));
            welcome = Optional.empty();
            showWeekOf(plan);
        }, e -> {
            busy.set(false);
            failed("Could not open the plan", e);
        });
    }

    private void failed(String what, StoreException e) {
        Log.LOG.warn("{}: {}", what, e.getMessage());
        status.set(what + ".");
        dialogs.showError(what, e.getMessage());
    }

    // ---- save ----

    /** Ctrl+S. Returns whether the plan is on disk now. */
    public boolean save() {
        Optional<Path> file = doc.getFile();
        if (file.isEmpty()) {
            return saveAs();
        }
        return saveTo(file.get());
    }

    public boolean saveAs() {
        String suggested = doc.getFile().map(f -> f.getFileName().toString())
                .orElse(doc.getPlan().name().replaceAll("[^A-Za-z0-9 _-]", "").strip().replace(' ', '-') + ".json");
        Optional<Path> target = dialogs.chooseFileToSave(doc.getFile().map(Path::getParent), suggested);
        return target.map(this::saveTo).orElse(false);
    }

    /**
     * Runs the save check first: blocking findings need a reason, recorded as overrides in the plan,
     * or the save is cancelled and the user goes back to editing. Warnings are saved alongside.
     */
    public boolean saveTo(Path file) {
        Optional<OpenedPlan> base = onDisk.filter(o -> o.file().equals(file));
        Optional<FileStamp> changed = base.flatMap(this::changedSince);
        if (changed.isPresent()) {
            if (dialogs.askExternalChange(file) == ExternalChangeChoice.RELOAD_FROM_DISK) {
                open(file);
                return false;
            }
            base = Optional.of(keepMineOver(base.get(), changed.get()));
            onDisk = base;
        }
        SaveCheck check = SaveCheck.of(doc.getSavedPlan(), doc.getPlan(), doc.getAnalysis());
        if (!check.blocking().isEmpty()) {
            Optional<String> reason = dialogs.askOverrideReason(lines(check.blocking()), lines(check.warnings()));
            if (reason.isEmpty() || reason.get().isBlank()) {
                status.set("Not saved: " + check.blocking().size() + " blocking finding"
                        + (check.blocking().size() == 1 ? "" : "s") + " to look at.");
                return false;
            }
            recordOverrides(check.blocking(), reason.get().strip());
        }
        OpenedPlan written;
        try {
            written = base.isPresent() ? files.saveOver(base.get(), doc.getPlan(), check.toRecord())
                    : files.save(file, doc.getPlan(), check.toRecord());
        } catch (FileChangedException e) {
            // Changed in the moment between the question above and the write: nothing was written.
            failed("Not saved: the file changed on disk", e);
            return false;
        } catch (ReadOnlyFileException e) {
            return savingReadOnly(file);
        } catch (StoreException e) {
            failed("Could not save the plan", e);
            return false;
        }
        doc.markSaved(file);
        onDisk = Optional.of(written);
        recent.add(file);
        files.discardRecovery();
        status.set("Saved " + file + (check.warnings().isEmpty() ? "" : " with " + check.warnings().size()
                + " warning" + (check.warnings().size() == 1 ? "" : "s")));
        return true;
    }

    /** The file is marked read-only: never overwritten without the user saying so. */
    private boolean savingReadOnly(Path file) {
        switch (dialogs.askReadOnly(file)) {
            case SAVE_ELSEWHERE:
                return saveAs();
            case MAKE_WRITABLE_AND_SAVE:
                try {
                    files.makeWritable(file);
                } catch (StoreException e) {
                    failed("Could not make the file writable", e);
                    return false;
                }
                return saveTo(file);
            default:
                status.set("Not saved: " + file.getFileName() + " is read-only.");
                return false;
        }
    }

    private void recordOverrides(List<Finding> blocking, String reason) {
        LocalDate on = today.get();
        doc.apply("Override " + blocking.size() + " blocking finding" + (blocking.size() == 1 ? "" : "s"),
                p -> SaveGate.withOverrides(p, blocking, reason, on));
    }

    private List<String> lines(List<Finding> findings) {
        var units = dev.switchback.format.UnitFormat.of(doc.getPlan().athlete().units());
        return findings.stream().map(f -> f.messageIn(units) + " (" + Weeks.label(f.weekStart()) + ")").toList();
    }

    // ---- autosave, close, changes on disk ----

    /** Every 30 s: write unsaved edits to the recovery file, so a crash loses at most that much. */
    public void autosave() {
        if (!doc.isDirty()) {
            return;
        }
        try {
            files.saveRecovery(doc.getPlan(), origin());
        } catch (StoreException e) {
            Log.LOG.warn("Autosave failed: {}", e.getMessage());
            status.set("Autosave failed: " + e.getMessage());
        }
    }

    /** Asks about unsaved changes; true when the window may close (or another plan may open). */
    public boolean confirmDiscardOrSave() {
        if (!doc.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsavedChanges(doc.getPlan().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The window is closing: true if it may. A clean close removes the recovery file. */
    public boolean close() {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        files.discardRecovery();
        return true;
    }

    /** The file the unsaved work belongs to, and what it held when read. */
    private Optional<RecoveredWork.Origin> origin() {
        return onDisk.filter(o -> doc.getFile().equals(Optional.of(o.file())))
                .map(o -> new RecoveredWork.Origin(o.file().toAbsolutePath(), o.stamp()));
    }

    /**
     * When the window regains focus: has someone else changed the file's content since we read or
     * wrote it? Only content counts: a file touched or copied back unchanged is no conflict.
     */
    public void checkFileOnDisk() {
        Optional<OpenedPlan> base = onDisk.filter(o -> doc.getFile().equals(Optional.of(o.file())));
        if (base.isEmpty()) {
            return;
        }
        Optional<FileStamp> changed = changedSince(base.get());
        if (changed.isEmpty()) {
            return;
        }
        Path file = base.get().file();
        if (dialogs.askExternalChange(file) == ExternalChangeChoice.RELOAD_FROM_DISK) {
            open(file);
        } else {
            onDisk = Optional.of(keepMineOver(base.get(), changed.get()));
            status.set("Kept your version; saving will replace the file on disk.");
        }
    }

    /** The file's stamp now, if its content differs from {@code base}; empty when same or gone. */
    private Optional<FileStamp> changedSince(OpenedPlan base) {
        return files.stamp(base.file()).filter(now -> !now.sameContentAs(base.stamp()));
    }

    /**
     * The user saw the other version and chose theirs: the next save may replace exactly that
     * version, and is refused again if the file changes once more.
     */
    private static OpenedPlan keepMineOver(OpenedPlan base, FileStamp seen) {
        return new OpenedPlan(base.file(), base.plan(), seen, base.schemaVersion());
    }

    // ---- properties ----

    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public RecentFiles recent() {
        return recent;
    }
}
