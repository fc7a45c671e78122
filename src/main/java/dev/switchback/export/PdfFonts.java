package dev.switchback.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of one PDF document and the per-character fallback between them.
 *
 * <p>DejaVu Sans (regular, bold) covers Latin, Greek and Cyrillic; Droid Sans Fallback covers CJK
 * and is only parsed and embedded when a character needs it. Both are embedded as subsets. A
 * character no font has is drawn as {@link #PLACEHOLDER} so nothing is silently dropped and
 * nothing crashes.
 */
final class PdfFonts {
    static final String RESOURCE_DIR = "/dev/switchback/export/fonts/";
    /** U+FFFD REPLACEMENT CHARACTER, which DejaVu Sans has. */
    static final int PLACEHOLDER = 0xFFFD;

    private static volatile byte[] regularBytes;
    private static volatile byte[] boldBytes;
    private static volatile byte[] fallbackBytes;

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private Face fallback;

    /** One font as the PDF uses it and the cmap to ask whether it has a character. */
    private record Face(PDType0Font pdf, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** A stretch of text that one font draws. */
    record Run(PDFont font, String text) {
    }

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        this.regular = load(document, regularBytes());
        this.bold = load(document, boldBytes());
    }

    private static Face load(PDDocument document, byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // No glyph substitution: PDFBox's GSUB path (ligatures) made layout ten times slower, and
        // the sheet's short labels and numbers gain nothing from ligatures. Text extraction
        // (copy, search, screen readers) also stays letter for letter.
        ttf.setEnableGsub(false);
        // The document closes the font when it is closed.
        PDType0Font font = PDType0Font.load(document, ttf, true);
        return new Face(font, ttf.getUnicodeCmapLookup());
    }

    private Face fallback() throws IOException {
        if (fallback == null) {
            fallback = load(document, fallbackBytes());
        }
        return fallback;
    }

    /** Splits {@code text} into runs, each drawn by the first font that has its characters. */
    List<Run> runs(String text, boolean useBold) {
        Face primary = useBold ? bold : regular;
        var runs = new ArrayList<Run>();
        var current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                cp = Character.isWhitespace(cp) ? ' ' : -1;
                if (cp < 0) {
                    continue;
                }
            }
            PDFont font;
            if (primary.has(cp)) {
                font = primary.pdf();
            } else if (fallbackHas(cp)) {
                font = fallbackFont();
            } else {
                font = primary.pdf();
                cp = primary.has(PLACEHOLDER) ? PLACEHOLDER : '?';
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private boolean fallbackHas(int cp) {
        try {
            return fallback().has(cp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont fallbackFont() {
        return fallback.pdf();
    }

    /** Width of {@code text} in points at {@code size}. */
    float width(String text, boolean useBold, float size) {
        // Layout measures the same labels and prefixes again and again; widths scale with size.
        Map<String, Float> cache = useBold ? boldWidths : regularWidths;
        Float unit = cache.get(text);
        if (unit == null) {
            float w = 0;
            try {
                for (Run r : runs(text, useBold)) {
                    w += r.font().getStringWidth(r.text()) / 1000f;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            unit = w;
            if (cache.size() < WIDTH_CACHE_LIMIT) {
                cache.put(text, unit);
            }
        }
        return unit * size;
    }

    private static final int WIDTH_CACHE_LIMIT = 50_000;
    private final Map<String, Float> regularWidths = new HashMap<>();
    private final Map<String, Float> boldWidths = new HashMap<>();

    /** True when some embedded font can draw {@code codePoint} (the placeholder is not counted). */
    boolean canDraw(int codePoint) {
        return regular.has(codePoint) || fallbackHas(codePoint);
    }

    private static byte[] regularBytes() throws IOException {
        if (regularBytes == null) {
            regularBytes = resource("DejaVuSans.ttf");
        }
        return regularBytes;
    }

    private static byte[] boldBytes() throws IOException {
        if (boldBytes == null) {
            boldBytes = resource("DejaVuSans-Bold.ttf");
        }
        return boldBytes;
    }

    private static byte[] fallbackBytes() throws IOException {
        if (fallbackBytes == null) {
            fallbackBytes = resource("DroidSansFallbackFull.ttf");
        }
        return fallbackBytes;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }
}
