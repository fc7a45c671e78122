package dev.switchback.ui.print;

import java.io.IOException;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints through the system's printers. JavaFX prints one node per page, so each PDF page is
 * rendered to an image at {@link #PRINT_DPI} and scaled to the printable area, keeping its
 * proportions: an A4 sheet on Letter paper (or the reverse) shrinks slightly instead of being cut.
 */
public final class FxPrinterAccess implements PrinterAccess {
    static final float PRINT_DPI = 200;

    private final Window owner;

    public FxPrinterAccess(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<PrinterJob> createJob() {
        return Optional.ofNullable(PrinterJob.createPrinterJob());
    }

    @Override
    public Result printAll(PrinterJob job, PDDocument document) {
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return Result.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        try {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                var view = new ImageView(PdfPages.render(document, i, PRINT_DPI));
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    job.cancelJob();
                    return Result.FAILED;
                }
            }
        } catch (IOException e) {
            job.cancelJob();
            return Result.FAILED;
        }
        return job.endJob() ? Result.PRINTED : Result.FAILED;
    }
}
