package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleOverride;
import dev.switchback.model.Weeks;
import dev.switchback.store.StoreException;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.common.DialogService.ExternalChangeChoice;
import dev.switchback.ui.week.WeekViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

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
    private Optional<Long> diskStamp = Optional.empty();
    private Optional<String> welcome = Optional.empty();

    public MainViewModel(PlanDocument doc, DialogService dialogs, PlanFiles files, RecentFiles recent,
            BackgroundRunner runner, Supplier<LocalDate> today) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.files = files;
        this.recent = recent;
        this.runner = runner;
        this.today = today;
        this.week = new WeekViewModel(doc, dialogs, today);
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
        Path recovery = files.recoveryFile();
        if (files.exists(recovery)) {
            String when = files.lastModified(recovery)
                    .map(ms -> WHEN.format(Instant.ofEpochMilli(ms).atZone(ZoneId.systemDefault()))).orElse("earlier");
            if (dialogs.askRecover(recovery, when)) {
                runner.run("Recovering unsaved work", () -> files.read(recovery), plan -> {
                    doc.replaceUnsaved(plan, Optional.of(files.defaultPlanFile()));
                    stampDisk();
                    status.set("Recovered the work autosaved " + when + ". Save to keep it.");
                    showWeekOf(plan);
                }, e -> failed("Could not recover the autosaved work", e));
                return;
            }
            files.delete(recovery);
        }
        Path plan = files.defaultPlanFile();
        boolean sampleWritten;
        try {
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
        runner.run("Opening " + file.getFileName(), () -> files.read(file), plan -> {
            busy.set(false);
            doc.replace(plan, Optional.of(file));
            recent.add(file);
            stampDisk();
            status.set(welcome.orElse("Opened " + file));
            welcome = Optional.empty();
            showWeekOf(plan);
        }, e -> {
            busy.set(false);
            failed("Could not open the plan", e);
        });
    }

    private void failed(String what, StoreException e) {
        LOG.warn("{}: {}", what, e.getMessage());
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
        try {
            files.save(file, doc.getPlan(), check.toRecord());
        } catch (StoreException e) {
            failed("Could not save the plan", e);
            return false;
        }
        doc.markSaved(file);
        recent.add(file);
        files.delete(files.recoveryFile());
        stampDisk();
        status.set("Saved " + file + (check.warnings().isEmpty() ? "" : " with " + check.warnings().size()
                + " warning" + (check.warnings().size() == 1 ? "" : "s")));
        return true;
    }

    private void recordOverrides(List<Finding> blocking, String reason) {
        LocalDate on = today.get();
        doc.apply("Override " + blocking.size() + " blocking finding" + (blocking.size() == 1 ? "" : "s"), p -> {
            List<RuleOverride> all = new ArrayList<>(p.rules().overrides());
            for (Finding f : blocking) {
                if (!p.rules().isOverridden(f.ruleId(), f.weekStart())) {
                    all.add(new RuleOverride(f.ruleId(), f.weekStart(), reason, on));
                }
            }
            return p.withRules(p.rules().withOverrides(all));
        });
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.message() + " (" + Weeks.label(f.weekStart()) + ")").toList();
    }

    // ---- autosave, close, changes on disk ----

    /** Every 30 s: write unsaved edits to the recovery file, so a crash loses at most that much. */
    public void autosave() {
        if (!doc.isDirty()) {
            return;
        }
        try {
            files.save(files.recoveryFile(), doc.getPlan(), List.of());
        } catch (StoreException e) {
            LOG.warn("Autosave failed: {}", e.getMessage());
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
        files.delete(files.recoveryFile());
        return true;
    }

    /** When the window regains focus: has someone else changed the file since we read or wrote it? */
    public void checkFileOnDisk() {
        Optional<Path> file = doc.getFile();
        if (file.isEmpty() || diskStamp.isEmpty()) {
            return;
        }
        Optional<Long> now = files.lastModified(file.get());
        if (now.isEmpty() || now.equals(diskStamp)) {
            return;
        }
        diskStamp = now;
        if (dialogs.askExternalChange(file.get()) == ExternalChangeChoice.RELOAD_FROM_DISK) {
            open(file.get());
        } else {
            status.set("Kept your version; saving will replace the file on disk.");
        }
    }

    private void stampDisk() {
        diskStamp = doc.getFile().flatMap(files::lastModified);
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
