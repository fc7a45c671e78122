package dev.switchback.engine.plan;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.WeekTemplate;
import dev.switchback.model.Weeks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A week template laid onto a week of a plan (issue 12, section 4): each session moves to the same
 * weekday of that week. Days that are not the plan's to change are left as they are and said: a day
 * before today (the past), a day with a logged outing, a day of a trip. Pure: today and the new
 * sessions' identities are given.
 */
public final class WeekTemplates {
    private WeekTemplates() {
    }

    /** What happens to the week's own sessions. */
    public enum Mode {
        /** The template's sessions go beside the week's (a rest day still gives way to training). */
        ADD,
        /** The week's planned sessions on the days that may change are removed first. */
        REPLACE
    }

    /** Why a day was left as it is; in order of precedence. */
    public enum Reason {
        PAST("already past"), TRIP("a trip day"), LOGGED("already logged"), OCCUPIED("already holds a session");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** "already past", "a trip day": the words that follow the day in a sentence. */
        public String words() {
            return words;
        }
    }

    /** A template session that was not put on its day. */
    public record Skipped(LocalDate date, Session session, Reason reason) {
    }

    /**
     * The outcome: the new plan, the sessions added (with their new ids and dates), the week's sessions
     * removed (replace only) and the template's sessions that were not placed.
     */
    public record Applied(Plan plan, List<Session> added, List<Session> removed, List<Skipped> skipped) {
        public Applied {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            skipped = List.copyOf(skipped);
        }

        public boolean changed() {
            return !added.isEmpty() || !removed.isEmpty();
        }
    }

    /**
     * Why {@code date} may not change in {@code plan} when today is {@code today}, or empty when it may.
     * Today itself may change (until it is logged).
     */
    public static Optional<Reason> locked(Plan plan, LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            return Optional.of(Reason.PAST);
        }
        if (!plan.tripsOn(date).isEmpty()) {
            return Optional.of(Reason.TRIP);
        }
        if (!plan.logsOn(date).isEmpty()) {
            return Optional.of(Reason.LOGGED);
        }
        return Optional.empty();
    }

    /**
     * Lays {@code template} onto the week of {@code monday}.
     *
     * @param ids the identity of each new session, asked once per session added
     */
    public static Applied apply(Plan plan, WeekTemplate template, LocalDate monday, Mode mode, LocalDate today,
            Supplier<SessionId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
        Plan out = plan;
        if (mode == Mode.REPLACE) {
            for (Session s : plan.sessions()) {
                if (Weeks.monday(s.date()).equals(monday) && locked(plan, s.date(), today).isEmpty()) {
                    out = out.withoutSession(s.id());
                }
            }
        }
        var added = new ArrayList<Session>();
        var skipped = new ArrayList<Skipped>();
        var placedOn = new HashSet<LocalDate>();
        for (WeekTemplate.Slot slot : template.slots()) {
            LocalDate date = monday.plusDays(slot.dayOffset());
            Optional<Reason> lock = locked(plan, date, today);
            if (lock.isEmpty() && slot.session().isRest() && !placedOn.contains(date)
                    && !out.sessionsOn(date).isEmpty()) {
                // A rest beside the day's training would make a day both; the training stays.
                lock = Optional.of(Reason.OCCUPIED);
            }
            if (lock.isPresent()) {
                skipped.add(new Skipped(date, slot.session().withDate(date), lock.get()));
                continue;
            }
            Session s = slot.session().withDate(date).withId(ids.get());
            out = out.placing(s);
            added.add(s);
            placedOn.add(date);
        }
        var kept = new HashSet<SessionId>();
        out.sessions().forEach(s -> kept.add(s.id()));
        // the replaced sessions, and a rest day that gave way to training
        List<Session> removed = plan.sessions().stream().filter(s -> !kept.contains(s.id())).toList();
        return new Applied(out, added, removed, skipped);
    }
}
