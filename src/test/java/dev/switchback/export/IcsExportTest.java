package dev.switchback.export;

import dev.switchback.format.UnitFormat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsExportTest {
    static final Instant STAMP = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;

    private Calendar readBack(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(r);
        }
    }

    private static List<VEvent> events(Calendar c) {
        return c.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static String uid(VEvent e) {
        return e.getProperty("UID").map(p -> ((Uid) p).getValue()).orElseThrow();
    }

    @Test
    void everySessionOfTheWeekBecomesAnAllDayEventWithItsDetails() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path out = dir.resolve("w48.ics");
        IcsExport.write(plan, Optional.of(WeekRange.week(ExportFixtures.W48)), STAMP, out);

        List<VEvent> events = events(readBack(out));
        long sessionsInWeek = plan.sessions().stream()
                .filter(s -> WeekRange.week(ExportFixtures.W48).contains(s.date()) && !s.isRest()).count();
        assertThat(events).hasSize((int) sessionsInWeek);
        VEvent hills = events.stream().filter(e -> uid(e).equals("s-hills@switchback.dev")).findFirst().orElseThrow();
        // Logged in the fixture: marked as done.
        assertThat(hills.getSummary().getValue()).isEqualTo("Done: Trail run: Hill repeats on the Höhenweg");
        assertThat(hills.getDescription().getValue())
                .contains("Duration: 1 h 15", "Distance: 12 km", "Climb: 640 m", "Effort: RPE 7",
                        "Next day: Easy 30 min only if the calves feel fine");
        assertThat(hills.getStartDate().orElseThrow().getValue()).isEqualTo("20261124");
        assertThat(hills.getEndDate().orElseThrow().getValue()).isEqualTo("20261125");
        assertThat(Files.readString(out)).contains("DTSTART;VALUE=DATE:20261124", "DTSTAMP:20261120T080000Z");
    }

    @Test
    void aTripIsOneMultiDayEventEndingTheDayAfterItsLastStage() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path out = dir.resolve("all.ics");
        IcsExport.write(plan, Optional.empty(), STAMP, out);

        VEvent trip = events(readBack(out)).stream()
                .filter(e -> uid(e).equals("trip-t-haute-route@switchback.dev")).findFirst().orElseThrow();
        LocalDate start = plan.trips().get(0).start();
        assertThat(trip.getSummary().getValue()).isEqualTo("Goal trip: Haute Route Chamonix–Zermatt");
        assertThat(trip.getStartDate().orElseThrow().getValue()).isEqualTo(start.toString().replace("-", ""));
        assertThat(trip.getEndDate().orElseThrow().getValue())
                .isEqualTo(start.plusDays(3).toString().replace("-", ""));
        assertThat(trip.getDescription().getValue()).contains("3 days", "Day 2", "21 km", "1900 m", "12.5 kg");
    }

    @Test
    void uidsStayTheSameAcrossTwoExportsSoReimportingUpdates() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path first = dir.resolve("a.ics");
        Path second = dir.resolve("b.ics");
        IcsExport.write(plan, Optional.empty(), STAMP, first);
        Plan edited = plan.withSession(plan.session(new dev.switchback.model.SessionId("s-hills")).orElseThrow()
                .withTitle("Shorter hill repeats"));
        IcsExport.write(edited, Optional.empty(), STAMP.plusSeconds(3600), second);

        List<String> a = events(readBack(first)).stream().map(IcsExportTest::uid).sorted().toList();
        List<String> b = events(readBack(second)).stream().map(IcsExportTest::uid).sorted().toList();
        long notRest = plan.sessions().stream().filter(s -> !s.isRest()).count();
        assertThat(a).isEqualTo(b).doesNotHaveDuplicates().hasSize((int) notRest + plan.trips().size());
    }

    @Test
    void sameInputAndStampGiveTheSameBytes() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path a = dir.resolve("a.ics");
        Path b = dir.resolve("b.ics");
        IcsExport.write(plan, Optional.empty(), STAMP, a);
        IcsExport.write(plan, Optional.empty(), STAMP, b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void imperialAthletesGetMilesFeetAndPounds() {
        Plan plan = ExportFixtures.plan(dev.switchback.model.Units.IMPERIAL);
        String d = IcsExport.sessionDescription(plan.session(new dev.switchback.model.SessionId("s-kitadake"))
                .orElseThrow(), UnitFormat.of(plan.athlete().units()));
        assertThat(d).contains("Distance: 9 mi", "Climb: 4757 ft", "Pack: 26.5 lb");
    }
}
