package dev.switchback.ui.print;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.export.ExportException;
import dev.switchback.export.ExportFormat;
import dev.switchback.export.ExportProgress;
import dev.switchback.export.Paper;
import dev.switchback.export.PdfExport;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import dev.switchback.ui.common.DialogService;
import dev.switchback.model.Weeks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The print preview: which weeks, which paper, the page on screen, and the commands print and
 * save as PDF. The sheet is laid out once per range and paper by the export package, so the
 * preview, the printout and the saved PDF are the same pages.
 */
public final class PrintViewModel implements AutoCloseable {
    static final String NO_PRINTER = "No printer is set up on this computer, so the week sheet cannot be "
            + "printed from here. Save it as a PDF instead? You can print the PDF from another computer or a "
            + "phone.";

    public enum Outcome { PRINTED, CANCELLED, NO_PRINTER, SAVING_PDF, FAILED }

    private final Plan plan;
    private final Optional<PlanAnalysis> analysis;
    private final DialogService dialogs;
    private final PrinterAccess printers;
    private final dev.switchback.ui.common.BackgroundRunner runner;
    private final Clock clock;

    private final ObjectProperty<WeekRange> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper(this, "pageLabel", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private PDDocument document;
    private final boolean overviewOnly;

    public PrintViewModel(Plan plan, Optional<PlanAnalysis> analysis, WeekRange weeks, Paper initialPaper,
            DialogService dialogs, PrinterAccess printers, dev.switchback.ui.common.BackgroundRunner runner, Clock clock) {
        this(plan, analysis, weeks, initialPaper, dialogs, printers, runner, clock, false);
    }

    /**
     * @param overviewOnly print (and save) only the overview page of the weeks: the month view's one
     *     page, rather than the overview and a sheet per week
     */
    public PrintViewModel(Plan plan, Optional<PlanAnalysis> analysis, WeekRange weeks, Paper initialPaper,
            DialogService dialogs, PrinterAccess printers, dev.switchback.ui.common.BackgroundRunner runner, Clock clock, boolean overviewOnly) {
        this.overviewOnly = overviewOnly;
        this.plan = Objects.requireNonNull(plan, "plan");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.printers = Objects.requireNonNull(printers, "printers");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        range.set(Objects.requireNonNull(weeks, "weeks"));
        paper.set(Objects.requireNonNull(initialPaper, "paper"));
        range.addListener((o, was, now) -> invalidate());
        paper.addListener((o, was, now) -> invalidate());
        pageIndex.addListener((o, was, now) -> {
            int clamped = Math.max(0, Math.min(now.intValue(), Math.max(0, pageCount.get() - 1)));
            if (clamped != now.intValue()) {
                pageIndex.set(clamped);
            }
            updatePageLabel();
        });
        layOut();
    }

    public ObjectProperty<WeekRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Week 2026-W48" or "2026-W40 to 2026-W52 (13 weeks)", for the window title. */
    public String rangeText() {
        WeekRange r = range.get();
        return r.isSingleWeek() ? "Week " + Weeks.label(r.firstDay())
                : Weeks.label(r.firstDay()) + " to " + Weeks.label(r.lastDay()) + " (" + r.weekCount() + " weeks)";
    }

    public void nextPage() {
        pageIndex.set(pageIndex.get() + 1);
    }

    public void previousPage() {
        pageIndex.set(pageIndex.get() - 1);
    }

    /** The page on screen as an image; empty if it could not be drawn (the status says why). */
    public Optional<Image> preview(float dpi) {
        if (document == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PdfPages.render(document, pageIndex.get(), dpi));
        } catch (IOException e) {
            status.set("The preview could not be drawn: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Prints, or when no printer exists says so and offers the PDF. */
    public Outcome print() {
        if (document == null) {
            return Outcome.FAILED;
        }
        var job = printers.createJob();
        if (job.isEmpty()) {
            status.set("No printer found.");
            if (dialogs.offerPdfInstead(NO_PRINTER)) {
                return savePdf().isPresent() ? Outcome.SAVING_PDF : Outcome.CANCELLED;
            }
            return Outcome.NO_PRINTER;
        }
        busy.set(true);
        try {
            return switch (printers.printAll(job.get(), document)) {
                case PRINTED -> {
                    status.set("Sent " + pageCount.get() + (pageCount.get() == 1 ? " page" : " pages")
                            + " to the printer.");
                    yield Outcome.PRINTED;
                }
                case CANCELLED -> {
                    status.set("Printing cancelled.");
                    yield Outcome.CANCELLED;
                }
                case FAILED -> {
                    status.set("The printer did not accept the job.");
                    dialogs.showError("Print", "The printer did not accept the job. Check that it is on and "
                            + "ready, or save the sheet as a PDF and print that.");
                    yield Outcome.FAILED;
                }
            };
        } finally {
            busy.set(false);
        }
    }

    /** Asks where to save and starts writing the PDF of the current range and paper. */
    public Optional<ExportTask> savePdf() {
        Optional<Path> target = dialogs.chooseExportTarget("Save week sheet as PDF", suggestedName(ExportFormat.PDF), "pdf");
        if (target.isEmpty()) {
            return Optional.empty();
        }
        var task = new ExportTask(plan, analysis, ExportFormat.PDF, range.get(), paper.get(), target.get(), clock,
                overviewOnly);
        busy.set(true);
        status.set("Saving " + target.get().getFileName() + "…");
        task.setOnSucceeded(e -> {
            busy.set(false);
            status.set("Saved " + target.get());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            String message = task.getException() instanceof ExportException ex ? ex.getMessage()
                    : "The PDF could not be written.";
            status.set("Not saved.");
            dialogs.showError("Save as PDF", message);
        });
        task.setOnCancelled(e -> {
            busy.set(false);
            status.set("Cancelled; nothing was saved.");
        });
        runner.start(task);
        return Optional.of(task);
    }

    /** e.g. "switchback-2026-W48.pdf" or "switchback-2026-W40-to-2026-W52.pdf". */
    public String suggestedName(ExportFormat format) {
        WeekRange r = range.get();
        String weeks = r.isSingleWeek() ? Weeks.label(r.firstDay())
                : Weeks.label(r.firstDay()) + "-to-" + Weeks.label(r.lastDay());
        return "switchback-" + weeks + "." + format.extension();
    }

    private void invalidate() {
        closeDocument();
        layOut();
    }

    private void layOut() {
        try {
            document = overviewOnly
                    ? PdfExport.overviewDocument(plan, analysis, range.get(), paper.get(), ExportProgress.NONE)
                    : PdfExport.document(plan, analysis, range.get(), paper.get(), ExportProgress.NONE);
            pageCount.set(document.getNumberOfPages());
            status.set("");
        } catch (ExportException e) {
            document = null;
            pageCount.set(0);
            status.set(e.getMessage());
        }
        pageIndex.set(Math.max(0, Math.min(pageIndex.get(), pageCount.get() - 1)));
        updatePageLabel();
    }

    private void updatePageLabel() {
        pageLabel.set(pageCount.get() == 0 ? "" : "Page " + (pageIndex.get() + 1) + " of " + pageCount.get());
    }

    private void closeDocument() {
        if (document != null) {
            try {
                document.close();
            } catch (IOException ignored) {
                // Only in-memory buffers are released here; nothing the user could act on.
            }
            document = null;
        }
    }

    @Override
    public void close() {
        closeDocument();
    }
}
