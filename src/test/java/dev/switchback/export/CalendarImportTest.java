package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar a user imports: rest days left out, done marked, times, lines of at most 75 octets. */
class CalendarImportTest {
    static final Instant STAMP = Instant.parse("2026-11-20T08:00:00Z");
    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @TempDir
    Path dir;

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static List<VEvent> events(Calendar c) {
        return c.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    static String text(Plan plan, IcsExport.Options options) throws Exception {
        return IcsExport.text(IcsExport.calendar(plan, Optional.empty(), STAMP, options));
    }

    static void assertLinesFit(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void restDaysAreLeftOutUnlessAsked() throws Exception {
        Plan plan = ExportFixtures.plan();
        long rest = plan.sessions().stream().filter(Session::isRest).count();
        assertThat(rest).isPositive();
        List<VEvent> without = events(parse(text(plan, new IcsExport.Options(false, ZURICH))));
        List<VEvent> with = events(parse(text(plan, new IcsExport.Options(true, ZURICH))));
        assertThat(without).noneMatch(e -> e.getSummary().getValue().equals("Rest"));
        assertThat(with).hasSize(without.size() + (int) rest);
    }

    @Test
    void aLoggedSessionIsMarkedDoneWithWhatWasLogged() throws Exception {
        VEvent hills = events(parse(text(ExportFixtures.plan(), new IcsExport.Options(false, ZURICH)))).stream()
                .filter(e -> e.getSummary().getValue().contains("Hill repeats")).findFirst().orElseThrow();
        assertThat(hills.getSummary().getValue()).isEqualTo("Done: Trail run: Hill repeats on the Höhenweg");
        assertThat(hills.getDescription().getValue()).endsWith("Done: 1 h 15, 12 km, 640 m, RPE 7.5");
        assertThat(hills.getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("Trail run,Done");
        VEvent notLogged = events(parse(text(ExportFixtures.plan(), new IcsExport.Options(false, ZURICH)))).stream()
                .filter(e -> e.getSummary().getValue().contains("Łódź")).findFirst().orElseThrow();
        assertThat(notLogged.getSummary().getValue()).doesNotStartWith("Done");
    }

    @Test
    void aStartTimeGivesATimedEventInUtcForItsDuration() throws Exception {
        Plan plan = ExportFixtures.plan();
        Session hills = plan.session(new SessionId("s-hills")).orElseThrow();
        plan = plan.withSession(hills.withStartTime(Optional.of(LocalTime.of(18, 30))));
        String ics = text(plan, new IcsExport.Options(false, ZURICH));
        // 24 Nov 2026 18:30 in Zurich (UTC+1) is 17:30 UTC; 75 minutes later 18:45 UTC.
        assertThat(ics).contains("DTSTART:20261124T173000Z\r\n", "DTEND:20261124T184500Z\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261126"); // the Łódź run has no time: all-day
        parse(ics);
    }

    @Test
    void theWholeExportParsesAndEveryLineIsAtMost75Octets() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path out = dir.resolve("plan.ics");
        IcsExport.write(plan, Optional.empty(), STAMP, new IcsExport.Options(true, ZURICH), out);
        String ics = Files.readString(out, StandardCharsets.UTF_8);
        assertLinesFit(ics);
        assertThat(events(parse(ics))).isNotEmpty();
        // The Japanese title and the emoji note are long in octets: they were folded, and survive.
        assertThat(events(parse(ics))).anySatisfy(e -> assertThat(e.getDescription().getValue())
                .contains("Bring 🧃 and the poles. Check hut booking; Ελληνικά and кириллица notes render too."));
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        // 70 ASCII characters then "ö" (2 octets) and more: ical4j's 75 characters would be 77 octets.
        String line = "DESCRIPTION:" + "x".repeat(58) + "öööööö" + "北".repeat(30) + "🧃".repeat(5);
        String folded = IcsExport.fold(line);
        assertLinesFit(folded + "\r\n");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(folded).doesNotContain("\uFFFD");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "SUMMARY:" + "a".repeat(67);
        assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThat(IcsExport.fold(line)).isEqualTo(line);
        assertThat(IcsExport.fold(line + "b")).isEqualTo(line + "\r\n b");
    }

    @Property(tries = 200)
    void anyTitleAndNoteFoldToLinesOfAtMost75OctetsAndParseBack(
            @ForAll @StringLength(min = 1, max = 120) String title, @ForAll @StringLength(max = 400) String note)
            throws Exception {
        String cleanTitle = title.replaceAll("[\\p{Cntrl}\\p{Cs}]", "x").strip();
        String cleanNote = note.replaceAll("[\\p{Cntrl}\\p{Cs}]", "x");
        Plan plan = ExportFixtures.plan();
        Session hills = plan.session(new SessionId("s-hills")).orElseThrow();
        Session changed = hills.withTitle(cleanTitle.isEmpty() ? "t" : cleanTitle).withNotes(cleanNote);
        String ics = text(plan.withSession(changed), new IcsExport.Options(false, ZURICH));
        assertLinesFit(ics);
        VEvent e = events(parse(ics)).stream().filter(v -> v.getUid().orElseThrow().getValue()
                .equals("s-hills@switchback.dev")).findFirst().orElseThrow();
        assertThat(e.getDescription().getValue()).contains(cleanNote.strip().isEmpty() ? "" : cleanNote);
    }
}
