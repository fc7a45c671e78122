package dev.switchback.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A week's sessions saved under a name, each with its weekday (issue 12, section 4). Trips, logs and
 * check-ins are not part of it: a template says what to plan, not what happened.
 */
public record WeekTemplate(String name, List<Slot> slots) {
    /** A week holds at most this many sessions in a template (ten a day). */
    public static final int MAX_SLOTS = 70;

    /**
     * One session of the week.
     *
     * @param dayOffset days after Monday: 0 Monday .. 6 Sunday
     */
    public record Slot(int dayOffset, Session session) {
        public Slot {
            Check.range("dayOffset", "Day of the week", dayOffset, 0, 6, "");
            Objects.requireNonNull(session, "session");
            session = session.withId(SessionTemplate.ID).withDate(SessionTemplate.ANCHOR.plusDays(dayOffset));
        }

        public DayOfWeek weekday() {
            return DayOfWeek.MONDAY.plus(dayOffset);
        }
    }

    public WeekTemplate {
        name = SessionTemplate.checkName(name);
        slots = Check.list("Week template sessions", slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A week template needs at least one session");
        }
        if (slots.size() > MAX_SLOTS) {
            throw new IllegalArgumentException("A week template holds at most " + MAX_SLOTS + " sessions (was "
                    + slots.size() + ")");
        }
        var sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparingInt(Slot::dayOffset)); // stable: a day's order is kept
        slots = List.copyOf(sorted);
    }

    /**
     * The template of the sessions of the week starting {@code monday}.
     *
     * @throws IllegalArgumentException when a session is outside that week, or there is none
     */
    public static WeekTemplate of(String name, LocalDate monday, List<Session> sessions) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday (was " + monday.getDayOfWeek() + ")");
        }
        var slots = new ArrayList<Slot>();
        for (Session s : sessions) {
            long offset = ChronoUnit.DAYS.between(monday, s.date());
            if (offset < 0 || offset > 6) {
                throw new IllegalArgumentException("Session " + s.displayTitle() + " on " + s.date()
                        + " is not in the week of " + monday);
            }
            slots.add(new Slot((int) offset, s));
        }
        return new WeekTemplate(name, slots);
    }

    public WeekTemplate withName(String v) {
        return new WeekTemplate(v, slots);
    }
}
