package dev.switchback.export;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The plan as an iCalendar file (RFC 5545): every planned session in the range an event, every trip
 * touching the range one multi-day all-day event. Details go in the description.
 *
 * <p>A session with a start time of day is a timed event from that time for its duration (written
 * in UTC, converted from the zone of the {@link Options}); one without is an all-day event. Rest days
 * are left out unless {@link Options#includeRest} asks for them: a calendar full of "Rest" events
 * hides the days that matter. A session that has been logged says so: its summary starts with
 * "Done: ", its description adds what was logged and its categories add "Done".
 *
 * <p>Lines are folded at 75 octets counting UTF-8 bytes, as RFC 5545 section 3.1 says (ical4j
 * counts characters, so a line with "ö" or "北" came out longer); a fold never splits a character.
 *
 * <p>UIDs derive from the model's ids ({@code <session-id>@switchback.dev},
 * {@code trip-<trip-id>@switchback.dev}), so importing a later export updates the events instead
 * of adding copies. DTSTAMP is the time of the export, passed in by the caller, so that a later
 * export is recognised as newer and so tests can fix it.
 */
public final class IcsExport {
    public static final String UID_DOMAIN = "switchback.dev";
    static final String PRODID = "-//Switchback//Training plan//EN";

    private IcsExport() {
    }

    public static String sessionUid(Session s) {
        return s.id().value() + "@" + UID_DOMAIN;
    }

    public static String tripUid(Trip t) {
        return "trip-" + t.id().value() + "@" + UID_DOMAIN;
    }

    /**
     * @param includeRest write rest days as events too
     * @param zone the zone a session's start time of day is in (the user's)
     */
    public record Options(boolean includeRest, ZoneId zone) {
        public Options {
            Objects.requireNonNull(zone, "zone");
        }

        public static Options defaults() {
            return new Options(false, ZoneId.systemDefault());
        }
    }

    /** The longest content line, in octets, before it is folded (RFC 5545, 3.1). */
    public static final int MAX_LINE_OCTETS = 75;

    public static void write(Plan plan, Optional<WeekRange> range, Instant stamp, Path target)
            throws ExportException {
        write(plan, range, stamp, Options.defaults(), target);
    }

    public static void write(Plan plan, Optional<WeekRange> range, Instant stamp, Options options, Path target)
            throws ExportException {
        Calendar calendar = calendar(plan, range, stamp, options);
        String text = text(calendar);
        AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The calendar as RFC 5545 text (CRLF lines, folded at 75 octets), validated by ical4j. */
    static String text(Calendar calendar) throws ExportException {
        var w = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, w);
        } catch (ValidationException | IOException e) {
            throw new ExportException(null, "The calendar could not be produced (" + e.getMessage()
                    + "). Please report this with the plan file.", e);
        }
        // ical4j folds by characters; unfold its lines and fold again by octets.
        String unfolded = w.toString().replace("\r\n ", "").replace("\r\n\t", "");
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 70 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                out.append(fold(line)).append("\r\n");
            }
        }
        return out.toString();
    }

    /**
     * One content line folded so that no physical line is longer than {@link #MAX_LINE_OCTETS} octets
     * of UTF-8 (the leading space of a continuation counts), without splitting a character (a
     * surrogate pair is one character here).
     */
    static String fold(String line) {
        var out = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int n = Character.charCount(cp);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += n;
        }
        return out.toString();
    }

    /** The calendar for sessions and trips in {@code range} (the whole plan when empty). */
    public static Calendar calendar(Plan plan, Optional<WeekRange> range, Instant stamp) {
        return calendar(plan, range, stamp, Options.defaults());
    }

    public static Calendar calendar(Plan plan, Optional<WeekRange> range, Instant stamp, Options options) {
        UnitFormat units = UnitFormat.of(plan.athlete().units());
        var events = new ArrayList<VEvent>();
        plan.sessions().stream()
                .filter(s -> range.map(r -> r.contains(s.date())).orElse(true))
                .filter(s -> options.includeRest() || !s.isRest())
                .sorted(Comparator.comparing(Session::date).thenComparing(s -> s.id().value()))
                .forEach(s -> events.add(sessionEvent(s, plan.logFor(s.id()), units, stamp, options.zone())));
        plan.trips().stream()
                .filter(t -> range.map(r -> !t.end().isBefore(r.firstDay()) && !t.start().isAfter(r.lastDay()))
                        .orElse(true))
                .sorted(Comparator.comparing(Trip::start))
                .forEach(t -> events.add(tripEvent(t, units, stamp)));
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", plan.name()));
        for (VEvent e : events) {
            calendar.add(e);
        }
        return calendar;
    }

    private static VEvent sessionEvent(Session s, Optional<OutingLog> log, UnitFormat units, Instant stamp,
            ZoneId zone) {
        String summary = (log.isPresent() ? "Done: " : "") + summary(s);
        VEvent event;
        if (s.startTime().isPresent()) {
            Instant start = s.date().atTime(s.startTime().get()).atZone(zone).toInstant();
            // A session with no duration (a rest, a note) still takes a visible slot of 30 minutes.
            Duration length = s.duration().isZero() ? Duration.ofMinutes(30) : s.duration();
            event = new VEvent(start, start.plus(length), summary);
        } else {
            // DTEND is exclusive: an all-day event on one date ends the next day.
            event = new VEvent(s.date(), s.date().plusDays(1), summary);
        }
        event.add(new Uid(sessionUid(s)));
        event.replace(new DtStamp(stamp));
        String description = sessionDescription(s, units) + log.map(l -> "\n" + logLine(l, units)).orElse("");
        event.add(new Description(description));
        event.add(log.isPresent() ? new Categories(s.kind().label() + ",Done") : new Categories(s.kind().label()));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** "Done: 1 h 35, 12.1 km, 610 m, RPE 6" from the log. */
    static String logLine(OutingLog l, UnitFormat units) {
        var parts = new ArrayList<String>();
        addFigures(parts, l.duration(), l.distanceM(), l.climbM(), l.packKg(), units);
        parts.add(UnitFormat.rpe(l.rpe()));
        l.avgHeartRate().ifPresent(hr -> parts.add("HR " + hr + " avg"));
        return "Done: " + String.join(", ", parts.stream().map(p -> p.replaceFirst("^[A-Z][a-z]*: ", "")).toList());
    }

    private static String summary(Session s) {
        String title = s.displayTitle();
        return title.equals(s.kind().label()) ? title : s.kind().label() + ": " + title;
    }

    static String sessionDescription(Session s, UnitFormat units) {
        var lines = new ArrayList<String>();
        lines.add(s.kind().label() + " · " + s.intention().label() + " · " + s.terrain().label());
        addFigures(lines, s.duration(), s.distanceM(), s.climbM(), s.packKg(), units);
        s.targetRpe().ifPresent(r -> lines.add("Effort: " + UnitFormat.rpe(r)));
        s.targetHrZone().ifPresent(z -> lines.add("Heart-rate zone: " + z));
        if (!s.trail().isEmpty()) {
            lines.add(TrailLine.sentence(s.trail(), units));
        }
        if (!s.notes().isBlank()) {
            lines.add("Notes: " + s.notes());
        }
        if (!s.nextDayPlan().isBlank()) {
            lines.add("Next day: " + s.nextDayPlan());
        }
        return String.join("\n", lines);
    }

    private static VEvent tripEvent(Trip t, UnitFormat units, Instant stamp) {
        var event = new VEvent(t.start(), t.end().plusDays(1), (t.goal() ? "Goal trip: " : "Trip: ") + t.title());
        event.add(new Uid(tripUid(t)));
        event.replace(new DtStamp(stamp));
        event.add(new Description(tripDescription(t, units)));
        event.add(new Categories("Trip"));
        event.add(ImmutableTransp.OPAQUE);
        return event;
    }

    static String tripDescription(Trip t, UnitFormat units) {
        var lines = new ArrayList<String>();
        lines.add(t.days() + (t.days() == 1 ? " day" : " days") + " · " + t.terrain().label()
                + (t.goal() ? " · goal trip" : ""));
        for (int i = 0; i < t.days(); i++) {
            TripStage st = t.stages().get(i);
            LocalDate d = t.start().plusDays(i);
            var parts = new ArrayList<String>();
            addFigures(parts, st.duration(), st.distanceM(), st.climbM(), st.packKg(), units);
            st.targetRpe().ifPresent(r -> parts.add("effort " + UnitFormat.rpe(r)));
            String trail = TrailLine.of(st.trail(), units);
            lines.add("Day " + (i + 1) + " (" + d + "): " + String.join(", ", parts.stream()
                    .map(p -> p.replaceFirst("^[A-Z][a-z]*: ", "")).toList()) + (trail.isEmpty() ? "" : "; " + trail));
        }
        if (!t.notes().isBlank()) {
            lines.add("Notes: " + t.notes());
        }
        return String.join("\n", lines);
    }

    private static void addFigures(List<String> lines, Duration duration, double distanceM, double climbM,
            double packKg, UnitFormat units) {
        if (!duration.isZero()) {
            lines.add("Duration: " + UnitFormat.durationOrBlank(duration));
        }
        if (distanceM > 0) {
            lines.add("Distance: " + units.showOrBlank(Measure.DISTANCE, distanceM));
        }
        if (climbM > 0) {
            lines.add("Climb: " + units.showOrBlank(Measure.CLIMB, climbM));
        }
        if (packKg > 0) {
            lines.add("Pack: " + units.showOrBlank(Measure.MASS, packKg));
        }
    }
}
