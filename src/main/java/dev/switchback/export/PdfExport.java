package dev.switchback.export;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDF week sheet: one page per week; a range of more than one week starts with the season
 * overview. Written atomically.
 */
public final class PdfExport {
    private PdfExport() {
    }

    public static void write(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range, Paper paper, Path target,
            ExportProgress progress) throws ExportException {
        List<WeekSheet> sheets = WeekSheets.build(plan, analysis, range);
        Optional<SeasonOverview> overview = overview(plan, analysis, range);
        AtomicFile.write(target, out -> {
            try {
                WeekSheetPdf.write(sheets, overview, paper, out, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        progress.update(1, 1);
    }

    /** The laid-out document for a preview or for printing; the caller closes it. */
    public static PDDocument document(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range, Paper paper,
            ExportProgress progress) throws ExportException {
        try {
            return WeekSheetPdf.document(WeekSheets.build(plan, analysis, range), overview(plan, analysis, range),
                    paper, progress);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(null, "Could not lay out the week sheet (" + e.getMessage()
                    + "). Try again; if it keeps failing, report it with the plan file.", e);
        }
    }

    /**
     * The month page of {@code range}, on one page: a calendar of its weeks with each day's sessions and trip
     * days and each week's phase, time and load, as the month view prints it.
     */
    public static PDDocument overviewDocument(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range,
            Paper paper, ExportProgress progress) throws ExportException {
        try {
            PDDocument doc = WeekSheetPdf.monthDocument(WeekSheets.overview(plan, analysis, range), paper);
            progress.update(1, 1);
            return doc;
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(null, "Could not lay out the overview page (" + e.getMessage()
                    + "). Try again; if it keeps failing, report it with the plan file.", e);
        }
    }

    /** {@link #overviewDocument} written to {@code target}, atomically. */
    public static void writeOverview(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range, Paper paper,
            Path target, ExportProgress progress) throws ExportException {
        SeasonOverview overview = WeekSheets.overview(plan, analysis, range);
        AtomicFile.write(target, out -> {
            try (PDDocument doc = WeekSheetPdf.monthDocument(overview, paper)) {
                doc.save(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        progress.update(1, 1);
    }

    private static Optional<SeasonOverview> overview(Plan plan, Optional<PlanAnalysis> analysis, WeekRange range) {
        return range.isSingleWeek() ? Optional.empty() : Optional.of(WeekSheets.overview(plan, analysis, range));
    }
}
