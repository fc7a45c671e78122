package dev.switchback.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Drawing helpers over one page's content stream, in a top-left coordinate system (y grows down)
 * so the layout code reads like the page. Text goes through {@link PdfFonts} for per-character
 * font fallback.
 */
final class PdfCanvas {

    /** An RGB colour, components 0..1. Chosen so each has a distinct grey level when printed in grey. */
    record Rgb(float r, float g, float b) {
        static Rgb of(int hex) {
            return new Rgb(((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f);
        }
    }

    static final Rgb INK = Rgb.of(0x1f2328);
    static final Rgb MUTED = Rgb.of(0x5f6670);
    static final Rgb FAINT = Rgb.of(0x8a9099);
    static final Rgb RULE = Rgb.of(0xc9ced4);
    static final Rgb HAIRLINE = Rgb.of(0xe2e5e9);
    static final Rgb SHADE = Rgb.of(0xf3f4f6);
    static final Rgb ACCENT = Rgb.of(0x1d5c73);
    static final Rgb ACCENT_SOFT = Rgb.of(0xdcebf0);
    static final Rgb TRIP = Rgb.of(0x8a5a1c);
    static final Rgb TRIP_SOFT = Rgb.of(0xf6eddf);
    static final Rgb WARN = Rgb.of(0xa86400);
    static final Rgb BLOCK = Rgb.of(0xa52a2a);
    static final Rgb INFO = Rgb.of(0x4d6478);
    static final Rgb BAR = Rgb.of(0xaab3bd);
    static final Rgb WHITE = new Rgb(1, 1, 1);

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final float pageHeight;

    PdfCanvas(PDPageContentStream cs, PdfFonts fonts, float pageHeight) {
        this.cs = cs;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float width(String text, boolean bold, float size) {
        return fonts.width(text, bold, size);
    }

    /** Draws text with its baseline at {@code baseline} (measured from the top of the page). */
    void text(String text, float x, float baseline, boolean bold, float size, Rgb colour) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
        cs.beginText();
        cs.newLineAtOffset(x, pageHeight - baseline);
        for (PdfFonts.Run run : fonts.runs(text, bold)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
        cs.endText();
    }

    void textRight(String text, float right, float baseline, boolean bold, float size, Rgb colour)
            throws IOException {
        text(text, right - width(text, bold, size), baseline, bold, size, colour);
    }

    void textCentre(String text, float centre, float baseline, boolean bold, float size, Rgb colour)
            throws IOException {
        text(text, centre - width(text, bold, size) / 2, baseline, bold, size, colour);
    }

    /** Text cut to {@code maxWidth} with an ellipsis. */
    void textFit(String text, float x, float baseline, float maxWidth, boolean bold, float size, Rgb colour)
            throws IOException {
        text(fit(text, maxWidth, bold, size), x, baseline, bold, size, colour);
    }

    String fit(String text, float maxWidth, boolean bold, float size) {
        String t = oneLine(text);
        if (width(t, bold, size) <= maxWidth) {
            return t;
        }
        int end = t.length();
        while (end > 0 && width(t.substring(0, end).stripTrailing() + "…", bold, size) > maxWidth) {
            end = t.offsetByCodePoints(end, -1);
        }
        return t.substring(0, end).stripTrailing() + "…";
    }

    /**
     * Breaks text into at most {@code maxLines} lines no wider than {@code maxWidth}; the last line
     * ends with an ellipsis when text was left out. Breaks at spaces, or anywhere in a word too long
     * for a line (and so between CJK characters, which have no spaces).
     */
    List<String> wrap(String text, float maxWidth, boolean bold, float size, int maxLines) {
        // Layout measures the same notes several times while it looks for the detail that fits.
        return wrapped.computeIfAbsent(new WrapKey(text, maxWidth, bold, size, maxLines),
                k -> computeWrap(text, maxWidth, bold, size, maxLines));
    }

    private record WrapKey(String text, float maxWidth, boolean bold, float size, int maxLines) {
    }

    private final Map<WrapKey, List<String>> wrapped = new HashMap<>();

    private List<String> computeWrap(String text, float maxWidth, boolean bold, float size, int maxLines) {
        var lines = new ArrayList<String>();
        if (maxLines <= 0 || text.isBlank()) {
            return lines;
        }
        String[] paragraphs = text.strip().split("\\R+");
        boolean truncated = false;
        outer:
        for (String paragraph : paragraphs) {
            String rest = oneLine(paragraph).strip();
            while (!rest.isEmpty()) {
                if (lines.size() == maxLines) {
                    truncated = true;
                    break outer;
                }
                if (width(rest, bold, size) <= maxWidth) {
                    lines.add(rest);
                    rest = "";
                    break;
                }
                int cut = breakPoint(rest, maxWidth, bold, size);
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
        }
        if (truncated && !lines.isEmpty()) {
            int last = lines.size() - 1;
            String l = lines.get(last);
            while (!l.isEmpty() && width(l.stripTrailing() + "…", bold, size) > maxWidth) {
                l = l.substring(0, l.offsetByCodePoints(l.length(), -1));
            }
            lines.set(last, l.stripTrailing() + "…");
        }
        return lines;
    }

    private int breakPoint(String text, float maxWidth, boolean bold, float size) {
        int[] ends = text.codePoints().map(Character::charCount).toArray();
        for (int i = 1; i < ends.length; i++) {
            ends[i] += ends[i - 1];
        }
        // Largest prefix (in whole code points) that fits; at least one code point.
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, ends[mid]), bold, size) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int fitEnd = ends[lo];
        int space = text.lastIndexOf(' ', fitEnd);
        if (space > 0 && fitEnd < text.length()) {
            return space + 1;
        }
        return fitEnd;
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    void fillRect(float x, float top, float w, float h, Rgb colour) throws IOException {
        cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
        cs.addRect(x, pageHeight - top - h, w, h);
        cs.fill();
    }

    void strokeRect(float x, float top, float w, float h, float lineWidth, Rgb colour) throws IOException {
        cs.setStrokingColor(colour.r(), colour.g(), colour.b());
        cs.setLineWidth(lineWidth);
        cs.addRect(x, pageHeight - top - h, w, h);
        cs.stroke();
    }

    void roundRect(float x, float top, float w, float h, float r, Rgb fill) throws IOException {
        float y = pageHeight - top - h;
        float k = 0.5523f * r;
        cs.setNonStrokingColor(fill.r(), fill.g(), fill.b());
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
        cs.fill();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb colour) throws IOException {
        cs.setStrokingColor(colour.r(), colour.g(), colour.b());
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, pageHeight - y1);
        cs.lineTo(x2, pageHeight - y2);
        cs.stroke();
    }

    void dashedLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb colour) throws IOException {
        cs.setLineDashPattern(new float[] {2, 2}, 0);
        line(x1, y1, x2, y2, lineWidth, colour);
        cs.setLineDashPattern(new float[] {}, 0);
    }
}
