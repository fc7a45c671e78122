package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {
    @TempDir
    Path dir;

    @Test
    void writesOnePagePerWeekWithEverySessionTitle() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path out = dir.resolve("week.pdf");
        PdfExport.write(plan, Optional.of(ExportFixtures.analysis(plan)), WeekRange.week(ExportFixtures.W48),
                Paper.A4, out, ExportProgress.NONE);
        if (System.getenv("SWITCHBACK_KEEP_PDF") != null) {
            Files.copy(out, Path.of(System.getenv("SWITCHBACK_KEEP_PDF")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Höhenweg", "Łódź", "北岳");
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
