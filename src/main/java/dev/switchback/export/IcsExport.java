package dev.switchback.export;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * The plan as an iCalendar file (RFC 5545): every planned session in the range an all-day event,
 * every trip touching the range one multi-day all-day event. Details go in the description.
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

    public static void write(Plan plan, Optional<WeekRange> range, Instant stamp, Path target)
            throws ExportException {
        Calendar calendar = calendar(plan, range, stamp);
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
        return w.toString();
    }

    /** The calendar for sessions and trips in {@code range} (the whole plan when empty). */
    public static Calendar calendar(Plan plan, Optional<WeekRange> range, Instant stamp) {
        UnitFormat units = new UnitFormat(plan.athlete().units());
        var events = new ArrayList<VEvent>();
        plan.sessions().stream()
                .filter(s -> range.map(r -> r.contains(s.date())).orElse(true))
                .sorted(Comparator.comparing(Session::date).thenComparing(s -> s.id().value()))
                .forEach(s -> events.add(sessionEvent(s, units, stamp)));
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

    private static VEvent sessionEvent(Session s, UnitFormat units, Instant stamp) {
        // DTEND is exclusive: an all-day event on one date ends the next day.
        var event = new VEvent(s.date(), s.date().plusDays(1), summary(s));
        event.add(new Uid(sessionUid(s)));
        event.replace(new DtStamp(stamp));
        event.add(new Description(sessionDescription(s, units)));
        event.add(new Categories(s.kind().label()));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static String summary(Session s) {
        String title = s.displayTitle();
        return title.equals(s.kind().label()) ? title : s.kind().label() + ": " + title;
    }

    static String sessionDescription(Session s, UnitFormat units) {
        var lines = new ArrayList<String>();
        lines.add(s.kind().label() + " · " + s.intention().label() + " · " + s.terrain().label());
        addFigures(lines, s.duration(), s.distanceM(), s.climbM(), s.packKg(), units);
        s.targetRpe().ifPresent(r -> lines.add("Effort: " + UnitFormat.rpeText(r)));
        s.targetHrZone().ifPresent(z -> lines.add("Heart-rate zone: " + z));
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
            st.targetRpe().ifPresent(r -> parts.add("effort " + UnitFormat.rpeText(r)));
            lines.add("Day " + (i + 1) + " (" + d + "): " + String.join(", ", parts.stream()
                    .map(p -> p.replaceFirst("^[A-Z][a-z]*: ", "")).toList()));
        }
        if (!t.notes().isBlank()) {
            lines.add("Notes: " + t.notes());
        }
        return String.join("\n", lines);
    }

    private static void addFigures(List<String> lines, Duration duration, double distanceM, double climbM,
            double packKg, UnitFormat units) {
        if (!duration.isZero()) {
            lines.add("Duration: " + UnitFormat.durationText(duration));
        }
        if (distanceM > 0) {
            lines.add("Distance: " + units.distanceText(distanceM));
        }
        if (climbM > 0) {
            lines.add("Climb: " + units.climbText(climbM));
        }
        if (packKg > 0) {
            lines.add("Pack: " + units.massText(packKg));
        }
    }
}
