package dev.switchback.ui.print;

import java.util.Optional;
import javafx.print.PrinterJob;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The printers of this computer; a fake in tests, where none exists. */
public interface PrinterAccess {

    enum Result { PRINTED, CANCELLED, FAILED }

    /** A job on the default printer; empty when the system has no printer. */
    Optional<PrinterJob> createJob();

    /** Shows page setup and the print dialog, then prints every page of {@code document}. */
    Result printAll(PrinterJob job, PDDocument document);
}
