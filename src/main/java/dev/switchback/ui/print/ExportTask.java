package dev.switchback.ui.print;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.export.CsvExport;
import dev.switchback.export.ExportException;
import dev.switchback.export.ExportFormat;
import dev.switchback.export.ExportProgress;
import dev.switchback.export.IcsExport;
import dev.switchback.export.Paper;
import dev.switchback.export.PdfExport;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;

/**
 * Writes one export off the FX thread, reporting progress (pages laid out) and a message; the
 * value is the file written. Fails with the {@link ExportException}, whose message is for people.
 * Cancelling stops at the next page and leaves no file (the write is atomic).
 */
public final class ExportTask extends Task<Path> {
    private final Plan plan;
    private final Optional<PlanAnalysis> analysis;
    private final ExportFormat format;
    private final WeekRange range;
    private final Paper paper;
    private final Path target;
    private final Clock clock;
    private final boolean overviewOnly;

    public ExportTask(Plan plan, Optional<PlanAnalysis> analysis, ExportFormat format, WeekRange range, Paper paper,
            Path target, Clock clock) {
        this(plan, analysis, format, range, paper, target, clock, false);
    }

    /** @param overviewOnly a PDF of the range's overview page alone (the month view's print) */
    public ExportTask(Plan plan, Optional<PlanAnalysis> analysis, ExportFormat format, WeekRange range, Paper paper,
            Path target, Clock clock, boolean overviewOnly) {
        this.overviewOnly = overviewOnly;
        this.plan = plan;
        this.analysis = analysis;
        this.format = format;
        this.range = range;
        this.paper = paper;
        this.target = target;
        this.clock = clock;
        updateTitle("Export " + format.name());
    }

    public Path target() {
        return target;
    }

    @Override
    protected Path call() throws ExportException {
        updateMessage("Writing " + target.getFileName() + "…");
        switch (format) {
            case PDF -> {
                if (overviewOnly) {
                    PdfExport.writeOverview(plan, analysis, range, paper, target, ExportProgress.NONE);
                    break;
                }
                PdfExport.write(plan, analysis, range, paper, target, (done, total) -> {
                if (isCancelled()) {
                    throw new CancellationException("export cancelled");
                }
                updateProgress(done, total);
                updateMessage("Laying out page " + Math.min(done + 1, total - 1) + " of " + (total - 1) + "…");
                });
            }
            case ICS -> IcsExport.write(plan, Optional.of(range), clock.instant(), target);
            case CSV -> CsvExport.write(plan, Optional.of(range), target);
            default -> throw new IllegalStateException(format.name());
        }
        updateProgress(1, 1);
        updateMessage("Saved " + target.getFileName());
        return target;
    }
}
