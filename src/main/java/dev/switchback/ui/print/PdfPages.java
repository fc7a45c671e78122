package dev.switchback.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Turns laid-out PDF pages into JavaFX images, for the preview and for printing. */
final class PdfPages {
    private PdfPages() {
    }

    static Image render(PDDocument document, int pageIndex, float dpi) throws IOException {
        BufferedImage img = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        return toFx(img);
    }

    // javafx.embed.swing is not on the class path; copying the pixels is all SwingFXUtils would do.
    static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        var fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
