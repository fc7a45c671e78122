package dev.switchback.export;

import static dev.switchback.export.PdfCanvas.ACCENT;
import static dev.switchback.export.PdfCanvas.ACCENT_SOFT;
import static dev.switchback.export.PdfCanvas.BAR;
import static dev.switchback.export.PdfCanvas.BLOCK;
import static dev.switchback.export.PdfCanvas.FAINT;
import static dev.switchback.export.PdfCanvas.HAIRLINE;
import static dev.switchback.export.PdfCanvas.INFO;
import static dev.switchback.export.PdfCanvas.INK;
import static dev.switchback.export.PdfCanvas.MUTED;
import static dev.switchback.export.PdfCanvas.RULE;
import static dev.switchback.export.PdfCanvas.SHADE;
import static dev.switchback.export.PdfCanvas.TRIP;
import static dev.switchback.export.PdfCanvas.TRIP_SOFT;
import static dev.switchback.export.PdfCanvas.WARN;
import static dev.switchback.export.PdfCanvas.WHITE;

import dev.switchback.export.PdfCanvas.Rgb;
import dev.switchback.export.WeekSheet.DayRow;
import dev.switchback.export.WeekSheet.Entry;
import dev.switchback.export.WeekSheet.EntryKind;
import dev.switchback.export.WeekSheet.FindingLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays out week sheets (one page each) and the season overview as a PDF, all in vector graphics.
 *
 * <p>The grid: 36 pt margins; a header with the week and the athlete; the day table with fixed
 * numeric columns and a "how it felt" column of blank boxes; then the load chart beside the
 * findings; lined space for notes fills what is left. When a week holds more than fits, notes are
 * shortened step by step (see {@link #DETAIL_LEVELS}) rather than spilling onto a second page.
 */
public final class WeekSheetPdf {
    private static final float MARGIN = 36;
    private static final float TOP = 34;
    private static final float BOTTOM = 30;

    private static final float COL_DAY = 40;
    private static final float COL_TIME = 40;
    private static final float COL_DIST = 44;
    private static final float COL_CLIMB = 40;
    private static final float COL_PACK = 34;
    private static final float COL_EFFORT = 48;
    private static final float COL_LOG = 84;
    private static final float BOX_W = 22;
    private static final float BOX_H = 13;

    /** Lines of notes and of next-day notes per entry, from most to least detail. */
    private static final int[][] DETAIL_LEVELS = {{3, 2}, {2, 1}, {1, 1}, {1, 0}, {0, 0}};
    private static final float BOTTOM_BLOCK = 150;

    private final float pageW;
    private final float pageH;
    private final float contentW;

    private WeekSheetPdf(Paper paper) {
        this.pageW = paper.widthPt();
        this.pageH = paper.heightPt();
        this.contentW = pageW - 2 * MARGIN;
    }

    /** Writes the sheets (and the overview first, when given) as one PDF to {@code out}. */
    public static void write(List<WeekSheet> sheets, Optional<SeasonOverview> overview, Paper paper,
            OutputStream out, ExportProgress progress) throws IOException {
        try (PDDocument doc = document(sheets, overview, paper, progress)) {
            doc.save(out);
        }
    }

    /**
     * The month page: the weeks of {@code overview} as a calendar on one page, each day with its sessions and
     * trip days, each week with its phase, time and load: what the month view prints.
     */
    public static PDDocument monthDocument(SeasonOverview overview, Paper paper) throws IOException {
        var pdf = new WeekSheetPdf(paper);
        return laidOut(doc -> {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreator("Switchback");
            info.setProducer("Switchback (Apache PDFBox)");
            info.setAuthor(overview.athlete());
            info.setTitle(overview.planName() + " – " + overview.period());
            pdf.drawPage(doc, new PdfFonts(doc), c -> pdf.drawMonth(c, overview), 1, 1, overview.planName());
        });
    }

    /** The laid-out document, for a preview or for printing; the caller closes it. */
    public static PDDocument document(List<WeekSheet> sheets, Optional<SeasonOverview> overview, Paper paper,
            ExportProgress progress) throws IOException {
        var pdf = new WeekSheetPdf(paper);
        return laidOut(doc -> pdf.render(doc, sheets, overview, progress));
    }

    private interface Layout {
        void draw(PDDocument doc) throws IOException;
    }

    /** A new document drawn by {@code layout}; closed again if drawing fails. */
    private static PDDocument laidOut(Layout layout) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            layout.draw(doc);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    private void render(PDDocument doc, List<WeekSheet> sheets, Optional<SeasonOverview> overview,
            ExportProgress progress) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreator("Switchback");
        info.setProducer("Switchback (Apache PDFBox)");
        if (!sheets.isEmpty()) {
            WeekSheet first = sheets.get(0);
            info.setAuthor(first.header().athlete());
            info.setTitle(first.header().planName() + " – "
                    + (sheets.size() == 1 ? first.header().isoWeek()
                            : first.header().isoWeek() + " to " + sheets.get(sheets.size() - 1).header().isoWeek()));
        }
        var fonts = new PdfFonts(doc);
        int overviewPages = overview.map(this::overviewPageCount).orElse(0);
        int totalPages = overviewPages + sheets.size();
        long totalWork = totalPages + 1L;
        int page = 0;
        if (overview.isPresent()) {
            SeasonOverview o = overview.get();
            int perPage = overviewRowsPerPage(o);
            for (int p = 0; p < overviewPages; p++) {
                List<SeasonOverview.WeekLine> rows = o.weeks().subList(p * perPage,
                        Math.min(o.weeks().size(), (p + 1) * perPage));
                page++;
                drawPage(doc, fonts, c -> drawOverview(c, o, rows, overviewRowHeight(o)), page, totalPages,
                        o.planName());
                progress.update(page, totalWork);
            }
        }
        for (WeekSheet sheet : sheets) {
            page++;
            drawPage(doc, fonts, c -> drawWeek(c, sheet), page, totalPages, sheet.header().planName());
            progress.update(page, totalWork);
        }
    }

    private interface PageBody {
        void draw(PdfCanvas c) throws IOException;
    }

    private void drawPage(PDDocument doc, PdfFonts fonts, PageBody body, int page, int total, String planName)
            throws IOException {
        var pdPage = new PDPage(new PDRectangle(pageW, pageH));
        doc.addPage(pdPage);
        try (var cs = new PDPageContentStream(doc, pdPage)) {
            var c = new PdfCanvas(cs, fonts, pageH);
            body.draw(c);
            float y = pageH - BOTTOM + 14;
            c.line(MARGIN, y - 9, pageW - MARGIN, y - 9, 0.4f, HAIRLINE);
            c.textFit("Switchback · " + planName, MARGIN, y, contentW * 0.7f, false, 6.5f, FAINT);
            c.textRight("Page " + page + " of " + total, pageW - MARGIN, y, false, 6.5f, FAINT);
        }
    }

    // ---------------------------------------------------------------- week page

    private void drawWeek(PdfCanvas c, WeekSheet sheet) throws IOException {
        float y = drawWeekHeader(c, sheet.header());
        float tableTop = y + 8;
        float footerTop = pageH - BOTTOM - 4;
        float bottomBlock = Math.max(BOTTOM_BLOCK, Math.min(200, findingsHeight(c, sheet) + 20));
        float available = footerTop - bottomBlock - 14 - tableTop;

        // Most detail that fits: every entry with fewer note lines first, then fewer entries a day.
        int level = DETAIL_LEVELS.length - 1;
        int maxEntries = 1;
        search:
        for (int cap : new int[] {Integer.MAX_VALUE, 3, 2, 1}) {
            for (int l = 0; l < DETAIL_LEVELS.length; l++) {
                if (tableHeight(c, sheet, l, cap) <= available) {
                    level = l;
                    maxEntries = cap;
                    break search;
                }
            }
        }
        float tableBottom = drawTable(c, sheet, tableTop, level, maxEntries);

        float blockTop = tableBottom + 14;
        float gap = 18;
        float chartW = (contentW - gap) * 0.5f;
        drawChart(c, sheet.chart(), MARGIN, blockTop, chartW, BOTTOM_BLOCK - 6);
        drawFindings(c, sheet, MARGIN + chartW + gap, blockTop, contentW - chartW - gap,
                Math.min(bottomBlock, footerTop - blockTop) - 6);

        float notesTop = blockTop + bottomBlock + 4;
        if (footerTop - notesTop >= 44) {
            drawNotes(c, notesTop, footerTop - 4);
        }
    }

    private float drawWeekHeader(PdfCanvas c, WeekSheet.Header h) throws IOException {
        float x = MARGIN;
        float right = pageW - MARGIN;
        c.text((h.weekLabel() + "  ·  " + h.isoWeek()).toUpperCase(Locale.ROOT), x, TOP + 8, true, 8, ACCENT);
        c.textFit(h.dates(), x, TOP + 28, contentW * 0.62f, true, 19, INK);
        c.textRight(c.fit(h.athlete(), contentW * 0.36f, true, 11), right, TOP + 14, true, 11, INK);
        c.textRight(c.fit(h.planName(), contentW * 0.36f, false, 8), right, TOP + 26, false, 8, MUTED);
        float chipTop = TOP + 36;
        float cx = x;
        if (h.phase().isPresent()) {
            cx += chip(c, h.phase().get(), cx, chipTop, ACCENT_SOFT, ACCENT, contentW * 0.3f) + 6;
        }
        if (h.goal().isPresent()) {
            chip(c, h.goal().get(), cx, chipTop, TRIP_SOFT, TRIP, right - cx);
        }
        float ruleY = chipTop + 22;
        c.line(x, ruleY, right, ruleY, 1.2f, INK);
        return ruleY;
    }

    private float chip(PdfCanvas c, String text, float x, float top, Rgb fill, Rgb ink, float maxW)
            throws IOException {
        String t = c.fit(text, maxW - 14, true, 7.5f);
        float w = c.width(t, true, 7.5f) + 14;
        c.roundRect(x, top, w, 14, 7, fill);
        c.text(t, x + 7, top + 9.8f, true, 7.5f, ink);
        return w;
    }

    private float sessionColumnWidth() {
        return contentW - COL_DAY - COL_TIME - COL_DIST - COL_CLIMB - COL_PACK - COL_EFFORT - COL_LOG;
    }

    /** Text width inside the session column, leaving a gutter before the numbers. */
    private float sessionTextWidth() {
        return sessionColumnWidth() - 14;
    }

    private float tableHeight(PdfCanvas c, WeekSheet sheet, int level, int maxEntries) {
        float h = 16;
        for (DayRow day : sheet.days()) {
            h += dayHeight(c, day, level, maxEntries);
        }
        return h + 20;
    }

    private float dayHeight(PdfCanvas c, DayRow day, int level, int maxEntries) {
        float h = 0;
        List<Entry> shown = shownEntries(day, maxEntries);
        for (Entry e : shown) {
            h += entryHeight(c, e, level);
        }
        if (shown.size() < day.entries().size()) {
            h += 10;
        }
        if (day.room().isPresent()) {
            h += 9;
        }
        return Math.max(h, 30) + 6;
    }

    private static List<Entry> shownEntries(DayRow day, int maxEntries) {
        return day.entries().size() <= maxEntries ? day.entries() : day.entries().subList(0, maxEntries);
    }

    private float entryHeight(PdfCanvas c, Entry e, int level) {
        int notes = c.wrap(e.notes(), sessionTextWidth(), false, 7, DETAIL_LEVELS[level][0]).size();
        int next = c.wrap(nextDayText(e), sessionTextWidth(), false, 7, DETAIL_LEVELS[level][1]).size();
        next += trailLines(c, e).size();
        float extraTitle = TITLE_LEADING * (titleLines(c, e, level).size() - 1);
        return Math.max(24, 19 + extraTitle + 8.8f * (notes + next)) + 4;
    }

    private static final float TITLE_LEADING = 10.5f;

    /** Titles get a second line while the week has room for detail, an ellipsis after that. */
    private List<String> titleLines(PdfCanvas c, Entry e, int level) {
        List<String> lines = c.wrap(e.title(), sessionTextWidth(), true, 9, level <= 1 ? 2 : 1);
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** The turnaround and bailouts: kept at every level of detail (three lines at most), they matter out there. */
    private List<String> trailLines(PdfCanvas c, Entry e) {
        return c.wrap(e.trail(), sessionTextWidth(), true, 7, 3);
    }

    private static String nextDayText(Entry e) {
        return e.nextDay().isBlank() ? "" : "Next day: " + e.nextDay();
    }

    private float drawTable(PdfCanvas c, WeekSheet sheet, float top, int level, int maxEntries) throws IOException {
        float xDay = MARGIN;
        float xSession = xDay + COL_DAY;
        float xTimeR = xSession + sessionColumnWidth() + COL_TIME;
        float xDistR = xTimeR + COL_DIST;
        float xClimbR = xDistR + COL_CLIMB;
        float xPackR = xClimbR + COL_PACK;
        float xEffortR = xPackR + COL_EFFORT;
        float xLog = xEffortR + 10;
        float right = pageW - MARGIN;

        float hb = top + 10;
        c.text("DAY", xDay, hb, true, 6.5f, MUTED);
        c.text("SESSION", xSession, hb, true, 6.5f, MUTED);
        c.textRight("TIME", xTimeR, hb, true, 6.5f, MUTED);
        c.textRight("DISTANCE", xDistR, hb, true, 6.5f, MUTED);
        c.textRight("CLIMB", xClimbR, hb, true, 6.5f, MUTED);
        c.textRight("PACK", xPackR, hb, true, 6.5f, MUTED);
        c.textRight("EFFORT", xEffortR, hb, true, 6.5f, MUTED);
        c.text("HOW IT FELT", xLog, hb, true, 6.5f, MUTED);
        float y = top + 16;
        c.line(MARGIN, y, right, y, 0.6f, RULE);

        for (DayRow day : sheet.days()) {
            float h = dayHeight(c, day, level, maxEntries);
            if (day.rest()) {
                c.fillRect(xSession - 4, y + 0.5f, xEffortR - xSession + 8, h - 1, SHADE);
            }
            c.text(day.dayName(), xDay, y + 13, true, 9.5f, INK);
            c.text(day.dayDate(), xDay, y + 23, false, 7, MUTED);
            float ey = y + 4;
            List<Entry> shown = shownEntries(day, maxEntries);
            for (int i = 0; i < shown.size(); i++) {
                Entry e = shown.get(i);
                float eh = entryHeight(c, e, level);
                if (i > 0) {
                    c.dashedLine(xSession, ey - 1.5f, xEffortR, ey - 1.5f, 0.4f, RULE);
                }
                drawEntry(c, e, xSession, ey, level, xTimeR, xDistR, xClimbR, xPackR, xEffortR, xLog, eh);
                ey += eh;
            }
            if (shown.size() < day.entries().size()) {
                int more = day.entries().size() - shown.size();
                c.text("+ " + more + " more on this day (see the app)", xSession, ey + 6, false, 6.5f, MUTED);
                ey += 10;
            }
            if (day.room().isPresent()) {
                c.text(day.room().get(), xSession, ey + 6, false, 6.5f, MUTED);
            }
            y += h;
            c.line(MARGIN, y, right, y, 0.4f, HAIRLINE);
        }
        // Week totals
        c.line(MARGIN, y, right, y, 0.8f, INK);
        WeekSheet.Totals t = sheet.totals();
        float tb = y + 12;
        c.text("Week", xDay, tb, true, 8.5f, INK);
        String summary = t.sessions() + (t.sessions() == 1 ? " session" : " sessions") + " · " + t.restDays()
                + (t.restDays() == 1 ? " rest day" : " rest days")
                + (t.heaviestPack().isEmpty() ? "" : " · heaviest pack " + t.heaviestPack());
        c.textFit(summary, xSession, tb, sessionTextWidth(), false, 7.5f, MUTED);
        c.textRight(t.duration(), xTimeR, tb, true, 8, INK);
        c.textRight(t.distance(), xDistR, tb, true, 8, INK);
        c.textRight(t.climb(), xClimbR, tb, true, 8, INK);
        return y + 18;
    }

    private void drawEntry(PdfCanvas c, Entry e, float x, float top, int level, float xTimeR, float xDistR,
            float xClimbR, float xPackR, float xEffortR, float xLog, float height) throws IOException {
        float textW = sessionTextWidth();
        boolean trip = e.kind() == EntryKind.TRIP_STAGE;
        boolean rest = e.kind() == EntryKind.REST;
        if (trip) {
            c.fillRect(x - 4, top + 1, 2.2f, height - 6, TRIP);
        }
        c.textFit(e.kindLabel().toUpperCase(Locale.ROOT), x, top + 7, textW, true, 6, trip ? TRIP : MUTED);
        float nb = top + 17.5f;
        float tb = nb;
        for (String line : titleLines(c, e, level)) {
            c.text(line, x, tb, true, 9, rest ? MUTED : INK);
            tb += TITLE_LEADING;
        }
        c.textRight(e.duration(), xTimeR, nb, false, 8, INK);
        c.textRight(e.distance(), xDistR, nb, false, 8, INK);
        c.textRight(e.climb(), xClimbR, nb, false, 8, INK);
        c.textRight(e.pack(), xPackR, nb, false, 8, INK);
        c.textRight(e.effort(), xEffortR, nb, !e.effort().startsWith("≈"), 8, e.effort().startsWith("≈") ? MUTED : INK);
        float ly = tb - TITLE_LEADING + 9.5f;
        for (String line : trailLines(c, e)) {
            c.text(line, x, ly, true, 7, TRIP);
            ly += 8.8f;
        }
        for (String line : c.wrap(e.notes(), textW, false, 7, DETAIL_LEVELS[level][0])) {
            c.text(line, x, ly, false, 7, INK);
            ly += 8.8f;
        }
        for (String line : c.wrap(nextDayText(e), textW, false, 7, DETAIL_LEVELS[level][1])) {
            c.text(line, x, ly, false, 7, MUTED);
            ly += 8.8f;
        }
        String[] boxes = rest ? new String[] {"Feel", "Sleep"} : new String[] {"RPE", "Feel", "Sleep"};
        float bx = xLog;
        for (String label : boxes) {
            c.text(label, bx + 1, top + 7, false, 5.5f, FAINT);
            c.strokeRect(bx, top + 9, BOX_W, BOX_H, 0.6f, RULE);
            bx += BOX_W + 4;
        }
    }

    // ---------------------------------------------------------------- chart, findings, notes

    private void drawChart(PdfCanvas c, WeekSheet.Chart chart, float x, float top, float w, float h)
            throws IOException {
        c.text(chart.measure().toUpperCase(Locale.ROOT), x, top + 8, true, 6.5f, MUTED);
        float plotTop = top + 22;
        float plotW = w * 0.6f;
        float baseY = top + h - 14;
        float plotH = baseY - plotTop;
        double max = chart.bars().stream().mapToDouble(WeekSheet.Bar::value).max().orElse(0);
        double scale = max <= 0 ? 0 : plotH / (max * 1.08);
        int n = chart.bars().size();
        float slot = n == 0 ? plotW : plotW / n;
        float barW = slot * 0.58f;
        for (int i = 1; i <= 3; i++) {
            float gy = baseY - plotH * i / 3f;
            c.line(x, gy, x + plotW, gy, 0.3f, HAIRLINE);
        }
        for (int i = 0; i < n; i++) {
            WeekSheet.Bar b = chart.bars().get(i);
            float bx = x + i * slot + (slot - barW) / 2;
            float bh = (float) (b.value() * scale);
            if (bh > 0) {
                c.fillRect(bx, baseY - bh, barW, bh, b.current() ? ACCENT : BAR);
            }
            c.textCentre(b.valueText(), bx + barW / 2, baseY - bh - 3, b.current(), 6, b.current() ? INK : MUTED);
            c.textCentre(b.label(), bx + barW / 2, baseY + 9, b.current(), 6.5f, b.current() ? INK : MUTED);
        }
        c.line(x, baseY, x + plotW, baseY, 0.6f, RULE);

        float fx = x + plotW + 14;
        float fw = w - plotW - 14;
        float fy = plotTop + 2;
        for (WeekSheet.Figure f : chart.figures()) {
            c.text(f.label(), fx, fy + 6, false, 6.5f, MUTED);
            c.textRight(f.value(), fx + fw, fy + 7, true, 9.5f, INK);
            if (!f.note().isEmpty()) {
                c.textFit(f.note(), fx, fy + 14, fw, false, 5.5f, FAINT);
            }
            fy += f.note().isEmpty() ? 16 : 19;
            c.line(fx, fy - 4, fx + fw, fy - 4, 0.3f, HAIRLINE);
        }
    }

    private float findingsHeight(PdfCanvas c, WeekSheet sheet) {
        float w = (contentW - 18) * 0.5f - 36;
        float h = 22;
        for (FindingLine f : sheet.findings()) {
            h += findingHeight(c, f, w);
        }
        return h;
    }

    private float findingHeight(PdfCanvas c, FindingLine f, float w) {
        int lines = c.wrap(f.message(), w, true, 7.5f, 3).size();
        int sugg = c.wrap("→ " + f.suggestion(), w, false, 7, 3).size();
        int over = f.override().isEmpty() ? 0 : c.wrap(f.override(), w, false, 7, 2).size();
        return 9 * lines + 8.5f * (sugg + over) + 8 + 6;
    }

    private void drawFindings(PdfCanvas c, WeekSheet sheet, float x, float top, float w, float h)
            throws IOException {
        c.text("FINDINGS", x, top + 8, true, 6.5f, MUTED);
        float y = top + 22;
        if (!sheet.analysed()) {
            for (String line : c.wrap("Load figures and rule findings are added when the plan has been checked "
                    + "in Switchback. This sheet shows the plan itself.", w, false, 7.5f, 4)) {
                c.text(line, x, y, false, 7.5f, MUTED);
                y += 10;
            }
            return;
        }
        if (sheet.findings().isEmpty()) {
            c.text("✓  No findings this week: the plan passes every rule.", x, y, false, 7.5f, INK);
            return;
        }
        float textX = x + 36;
        float textW = w - 36;
        float limit = top + h;
        int shown = 0;
        for (FindingLine f : sheet.findings()) {
            float fh = findingHeight(c, f, textW);
            boolean last = shown == sheet.findings().size() - 1;
            if (y - 8 + fh > limit - (last ? 0 : 10)) {
                break;
            }
            Rgb colour = switch (f.severity()) {
                case "BLOCK" -> BLOCK;
                case "WARN" -> WARN;
                default -> INFO;
            };
            c.roundRect(x, y - 7.5f, 30, 10, 2.5f, colour);
            c.textCentre(f.severity(), x + 15, y, true, 5.8f, WHITE);
            float ly = y;
            for (String line : c.wrap(f.message(), textW, true, 7.5f, 3)) {
                c.text(line, textX, ly, true, 7.5f, INK);
                ly += 9;
            }
            for (String line : c.wrap("→ " + f.suggestion(), textW, false, 7, 3)) {
                c.text(line, textX, ly, false, 7, INK);
                ly += 8.5f;
            }
            if (!f.override().isEmpty()) {
                for (String line : c.wrap(f.override(), textW, false, 7, 2)) {
                    c.text(line, textX, ly, false, 7, MUTED);
                    ly += 8.5f;
                }
            }
            c.textFit(f.source(), textX, ly, textW, false, 5.8f, FAINT);
            y += fh;
            shown++;
        }
        int left = sheet.findings().size() - shown;
        if (left > 0) {
            c.text("+ " + left + " more " + (left == 1 ? "finding" : "findings") + " in the app", textX, y,
                    false, 6.5f, MUTED);
        }
    }

    private void drawNotes(PdfCanvas c, float top, float bottom) throws IOException {
        c.text("NOTES FOR THE WEEK · SLEEP, SORENESS, WHAT TO CHANGE", MARGIN, top + 8, true, 6.5f, MUTED);
        for (float y = top + 26; y <= bottom; y += 17) {
            c.line(MARGIN, y, pageW - MARGIN, y, 0.4f, RULE);
        }
    }

    // ---------------------------------------------------------------- overview

    private static final float OVERVIEW_TABLE_TOP = TOP + 104;

    private float overviewRowHeight(SeasonOverview o) {
        float available = pageH - BOTTOM - 10 - OVERVIEW_TABLE_TOP - 16;
        return Math.max(11, Math.min(16, available / Math.max(1, o.weeks().size())));
    }

    private int overviewRowsPerPage(SeasonOverview o) {
        float available = pageH - BOTTOM - 10 - OVERVIEW_TABLE_TOP - 16;
        return Math.max(1, (int) (available / overviewRowHeight(o)));
    }

    int overviewPageCount(SeasonOverview o) {
        int per = overviewRowsPerPage(o);
        return Math.max(1, (o.weeks().size() + per - 1) / per);
    }

    private static Rgb phaseColour(String phase) {
        return switch (phase) {
            case "Base" -> Rgb.of(0xcfd8df);
            case "Build" -> Rgb.of(0x8fb5c4);
            case "Peak" -> ACCENT;
            case "Taper" -> Rgb.of(0xe3c99a);
            case "Recovery" -> Rgb.of(0xb9d3b0);
            default -> SHADE;
        };
    }

    /** The heading of the overview and of the month page: kicker, plan, athlete, period, goals; the rule's y. */
    private float drawSeasonHeading(PdfCanvas c, String kicker, SeasonOverview o) throws IOException {
        float x = MARGIN;
        float right = pageW - MARGIN;
        c.text(kicker, x, TOP + 8, true, 8, ACCENT);
        String athlete = c.fit(o.athlete(), contentW * 0.36f, true, 11);
        c.textRight(athlete, right, TOP + 14, true, 11, INK);
        c.textFit(o.planName(), x, TOP + 28, contentW - c.width(athlete, true, 11) - 16, true, 19, INK);
        c.textFit(o.period(), x, TOP + 42, contentW, false, 8, MUTED);
        float cx = x;
        for (String g : o.goals()) {
            if (cx > right - 60) {
                break;
            }
            cx += chip(c, "Goal: " + g, cx, TOP + 50, TRIP_SOFT, TRIP, right - cx) + 6;
        }
        float ruleY = TOP + 72;
        c.line(x, ruleY, right, ruleY, 1.2f, INK);
        return ruleY;
    }

    private void drawOverview(PdfCanvas c, SeasonOverview o, List<SeasonOverview.WeekLine> rows, float rowH)
            throws IOException {
        float x = MARGIN;
        float right = pageW - MARGIN;
        float ruleY = drawSeasonHeading(c, "SEASON OVERVIEW", o);

        // Phase strip over all weeks of the season, with a legend.
        float stripTop = ruleY + 10;
        float segW = contentW / Math.max(1, o.weeks().size());
        for (int i = 0; i < o.weeks().size(); i++) {
            c.fillRect(x + i * segW, stripTop, segW + 0.2f, 7, phaseColour(o.weeks().get(i).phase()));
        }
        float lx = x;
        for (String p : List.of("Base", "Build", "Peak", "Taper", "Recovery")) {
            if (o.weeks().stream().noneMatch(w -> w.phase().equals(p))) {
                continue;
            }
            c.fillRect(lx, stripTop + 12, 7, 7, phaseColour(p));
            c.text(p, lx + 10, stripTop + 18, false, 6.5f, MUTED);
            lx += 16 + c.width(p, false, 6.5f) + 8;
        }

        float[] widths = {48, 66, 50, 28, 40, 46, 42};
        String[] titles = {"WEEK", "DATES", "PHASE", "SESS.", "TIME", "DISTANCE", "CLIMB"};
        boolean[] rightAligned = {false, false, false, true, true, true, true};
        float fixed = 0;
        for (float wdt : widths) {
            fixed += wdt;
        }
        float barCol = (contentW - fixed) * 0.38f;
        float tripCol = contentW - fixed - barCol;
        float top = OVERVIEW_TABLE_TOP;
        float hb = top + 10;
        float cxx = x;
        for (int i = 0; i < titles.length; i++) {
            if (rightAligned[i]) {
                c.textRight(titles[i], cxx + widths[i], hb, true, 6.5f, MUTED);
            } else {
                c.text(titles[i], cxx, hb, true, 6.5f, MUTED);
            }
            cxx += widths[i];
        }
        float barX = cxx + 12;
        c.text(o.measure().toUpperCase(Locale.ROOT), barX, hb, true, 6.5f, MUTED);
        float tripX = cxx + barCol + 8;
        c.text("TRIPS AND GOALS", tripX, hb, true, 6.5f, MUTED);
        float y = top + 16;
        c.line(x, y, right, y, 0.6f, RULE);
        double max = o.weeks().stream().mapToDouble(SeasonOverview.WeekLine::barValue).max().orElse(0);
        float size = rowH >= 13 ? 7.5f : 6.8f;
        float barMax = barCol - 12 - 28;
        for (int r = 0; r < rows.size(); r++) {
            SeasonOverview.WeekLine w = rows.get(r);
            if (r % 2 == 1) {
                c.fillRect(x, y, contentW, rowH, SHADE);
            }
            float b = y + rowH / 2 + size * 0.36f;
            String[] cells = {w.isoWeek(), w.dates(), w.phase(), w.sessions() == 0 ? "" : Integer.toString(w.sessions()),
                    w.time(), w.distance(), w.climb()};
            float cellX = x;
            for (int i = 0; i < cells.length; i++) {
                if (i == 2 && !w.phase().isEmpty()) {
                    c.fillRect(cellX, y + rowH / 2 - 2.5f, 5, 5, phaseColour(w.phase()));
                    c.text(cells[i], cellX + 8, b, false, size, INK);
                } else if (rightAligned[i]) {
                    c.textRight(cells[i], cellX + widths[i], b, false, size, INK);
                } else {
                    c.text(cells[i], cellX, b, i == 0, size, INK);
                }
                cellX += widths[i];
            }
            float bw = max <= 0 ? 0 : (float) (w.barValue() / max * barMax);
            if (bw > 0) {
                c.fillRect(barX, y + rowH * 0.25f, bw, rowH * 0.5f, w.trips().isEmpty() ? BAR : TRIP);
            }
            c.text(w.barText(), barX + bw + 3, b, false, size - 0.8f, MUTED);
            c.textFit(w.trips(), tripX, b, tripCol - 8, !w.trips().isEmpty(), size, TRIP);
            y += rowH;
        }
        c.line(x, y, right, y, 0.6f, RULE);
        float chartTop = y + 22;
        float chartBottom = pageH - BOTTOM - 18;
        if (rows.size() == o.weeks().size() && chartBottom - chartTop >= 150) {
            drawSeasonChart(c, o, x, chartTop, contentW, Math.min(260, chartBottom - chartTop));
        }
    }

    // ---------------------------------------------------------------- month page

    private static final float MONTH_WEEK_COL = 74;

    private void drawMonth(PdfCanvas c, SeasonOverview o) throws IOException {
        float x = MARGIN;
        float right = pageW - MARGIN;
        float ruleY = drawSeasonHeading(c, "MONTH AT A GLANCE", o);

        float dayW = (contentW - MONTH_WEEK_COL) / 7;
        float head = ruleY + 16;
        c.text("WEEK", x, head, true, 6.5f, MUTED);
        String[] names = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
        for (int i = 0; i < 7; i++) {
            c.text(names[i], x + MONTH_WEEK_COL + i * dayW + 3, head, true, 6.5f, MUTED);
        }
        float top = head + 5;
        float bottom = pageH - BOTTOM - 14;
        int weeks = Math.max(1, o.weeks().size());
        float rowH = (bottom - top) / weeks;
        float size = 6.6f;
        float lead = size + 2.2f;
        for (int r = 0; r < o.weeks().size(); r++) {
            SeasonOverview.WeekLine w = o.weeks().get(r);
            float y = top + r * rowH;
            c.line(x, y, right, y, 0.6f, RULE);
            if (!w.phase().isEmpty()) {
                c.fillRect(x, y + 1, 3, rowH - 2, phaseColour(w.phase()));
            }
            float wy = y + 11;
            c.text(w.isoWeek(), x + 6, wy, true, 7.5f, INK);
            String[] facts = {w.phase(), w.time().isEmpty() ? "" : w.time() + " planned",
                    // without an analysis the bar measures the planned time, already said
                    w.barText().isEmpty() || o.measure().startsWith("Planned time") ? ""
                            : w.barText() + " " + measureUnit(o.measure())};
            for (String f : facts) {
                if (!f.isEmpty()) {
                    wy += lead;
                    c.textFit(f, x + 6, wy, MONTH_WEEK_COL - 10, false, size, MUTED);
                }
            }
            for (int i = 0; i < 7 && i < w.days().size(); i++) {
                SeasonOverview.DayCell d = w.days().get(i);
                float dx = x + MONTH_WEEK_COL + i * dayW;
                if (i >= 5) {
                    c.fillRect(dx, y + 0.3f, dayW, rowH - 0.6f, SHADE);
                }
                c.line(dx, y, dx, y + rowH, 0.3f, HAIRLINE);
                c.text(d.label(), dx + 3, y + 9, true, size, INK);
                float ey = y + 9;
                int room = Math.max(1, (int) ((rowH - 12) / lead));
                // trip days first and in the trip colour, as on the week sheet
                List<String> lines = new java.util.ArrayList<>();
                List<Boolean> tripLine = new java.util.ArrayList<>();
                for (String e : d.entries()) {
                    for (String l : c.wrap(e, dayW - 6, false, size, 4)) {
                        lines.add(l);
                        tripLine.add(e.contains(" · day ") || e.startsWith("Goal: "));
                    }
                }
                for (int l = 0; l < lines.size() && l < room; l++) {
                    ey += lead;
                    boolean more = l == room - 1 && lines.size() > room;
                    c.text(more ? "+ " + (lines.size() - l) + " more" : lines.get(l), dx + 3, ey, false, size,
                            more ? MUTED : tripLine.get(l) ? TRIP : INK);
                }
            }
        }
        c.line(x, top + weeks * rowH, right, top + weeks * rowH, 0.6f, RULE);
    }

    /** "Load (AU)" is said "AU" after a number, "Planned time (h)" "h". */
    private static String measureUnit(String measure) {
        int open = measure.lastIndexOf('(');
        return open < 0 ? "" : measure.substring(open + 1, measure.length() - 1);
    }

    /** One bar per week over the whole season; trip weeks in the trip colour, phases as a band below. */
    private void drawSeasonChart(PdfCanvas c, SeasonOverview o, float x, float top, float w, float h)
            throws IOException {
        c.text(o.measure().toUpperCase(Locale.ROOT) + " PER WEEK", x, top + 8, true, 6.5f, MUTED);
        float plotTop = top + 24;
        float baseY = top + h - 24;
        float plotH = baseY - plotTop;
        int n = o.weeks().size();
        double max = o.weeks().stream().mapToDouble(SeasonOverview.WeekLine::barValue).max().orElse(0);
        float slot = w / Math.max(1, n);
        float barW = Math.min(22, Math.max(1.5f, slot * 0.62f));
        for (int i = 1; i <= 4; i++) {
            float gy = baseY - plotH * i / 4f;
            c.line(x, gy, x + w, gy, 0.3f, HAIRLINE);
        }
        int labelEvery = Math.max(1, (int) Math.ceil(n / 26.0));
        for (int i = 0; i < n; i++) {
            SeasonOverview.WeekLine wk = o.weeks().get(i);
            float bx = x + i * slot + (slot - barW) / 2;
            float bh = max <= 0 ? 0 : (float) (wk.barValue() / max * plotH);
            if (bh > 0) {
                c.fillRect(bx, baseY - bh, barW, bh, wk.trips().isEmpty() ? BAR : TRIP);
            }
            if (slot >= 18) {
                c.textCentre(wk.barText(), bx + barW / 2, baseY - bh - 3, false, 5.5f, MUTED);
            }
            c.fillRect(x + i * slot, baseY + 3, slot + 0.2f, 4, phaseColour(wk.phase()));
            if (i % labelEvery == 0) {
                c.textCentre("W" + wk.isoWeek().substring(wk.isoWeek().length() - 2), bx + barW / 2, baseY + 15,
                        false, 6, MUTED);
            }
        }
        c.line(x, baseY, x + w, baseY, 0.6f, RULE);
    }
}
