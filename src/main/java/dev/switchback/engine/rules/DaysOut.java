package dev.switchback.engine.rules;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planned days out of one week for the trail rules (issue 17): every planned session that is not a
 * rest day and every trip stage, from {@code from} on (days already lived are not planned any more),
 * each with its trail plan. In date order, sessions before stages on the same day.
 */
final class DaysOut {
    private DaysOut() {
    }

    /**
     * One session or one trip stage.
     *
     * @param trip the trip and the stage's index when the day is a stage
     */
    record DayOut(LocalDate date, String title, SessionKind kind, Terrain terrain, Duration duration,
            double distanceM, double climbM, double packKg, TrailPlan trail, Optional<Session> session,
            Optional<Trip> trip, int stage) {

        double minutes() {
            return duration.getSeconds() / 60.0;
        }

        boolean isStage() {
            return trip.isPresent();
        }

        /** "Saturday's long day: Kaisertal" or "day 2 of Höhenweg traverse (Sunday)". */
        String name() {
            return isStage() ? "day " + (stage + 1) + " of " + trip.get().title() + " (" + Words.dayName(date) + ")"
                    : Words.dayName(date) + "'s " + Words.lowerFirst(title);
        }
    }

    private static final java.util.Comparator<DayOut> BY_DATE_SESSIONS_FIRST = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : Boolean.compare(a.isStage(), b.isStage());
    };

    /** The days out from {@code from} to {@code to}, both inclusive, of a canonical plan ({@link WeekContext#plan}). */
    static List<DayOut> between(Plan plan, LocalDate from, LocalDate to) {
        return between(plan, from, to, true);
    }

    /** {@link #between(Plan, LocalDate, LocalDate)}; {@code trips} false when no day of the range is a trip day. */
    private static List<DayOut> between(Plan plan, LocalDate from, LocalDate to, boolean trips) {
        var out = new ArrayList<DayOut>();
        boolean stages = false;
        List<Session> sessions = plan.sessions();
        for (int i = ByDate.firstOnOrAfter(sessions, Session::date, from); i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (s.date().isAfter(to)) {
                break;
            }
            if (!s.isRest()) {
                out.add(new DayOut(s.date(), s.displayTitle(), s.kind(), s.terrain(), s.duration(), s.distanceM(),
                        s.climbM(), s.packKg(), s.trail(), Optional.of(s), Optional.empty(), -1));
            }
        }
        for (Trip t : trips ? TripIndex.overlapping(plan.trips(), from, to) : List.<Trip>of()) {
            for (int k = 0; k < t.days(); k++) {
                LocalDate d = t.start().plusDays(k);
                if (d.isBefore(from) || d.isAfter(to)) {
                    continue;
                }
                TripStage st = t.stages().get(k);
                stages = true;
                out.add(new DayOut(d, t.title(), SessionKind.BACKPACKING_DAY, t.terrain(), st.duration(),
                        st.distanceM(), st.climbM(), st.packKg(), st.trail(), Optional.empty(), Optional.of(t), k));
            }
        }
        if (stages) { // the sessions alone are in date order already (the plan's order)
            out.sort(BY_DATE_SESSIONS_FIRST);
        }
        return out;
    }

    /** The week's days out from today on (the whole week when it lies ahead). */
    static List<DayOut> ahead(WeekContext c) {
        var w = c.windows();
        int m = c.weekIndex();
        if (m + 6 < w.today()) {
            return List.of(); // the week lies before today: nothing ahead (most weeks of a long history)
        }
        // the three trail rules read the same days of a week: made once per week (the week's context is the
        // source, so the next week's makes its own)
        return c.derived(Ahead.class, c, DaysOut::aheadOf).days();
    }

    /** The days out of one week's context, unmodifiable. */
    private record Ahead(List<DayOut> days) {
    }

    private static Ahead aheadOf(WeekContext c) {
        var w = c.windows();
        int m = c.weekIndex();
        LocalDate monday = c.weekStart();
        LocalDate from = c.today().isAfter(monday) ? c.today() : monday;
        int fromIndex = Math.max(m, w.today());
        return new Ahead(java.util.Collections.unmodifiableList(between(c.plan(), from, monday.plusDays(6),
                w.anyTripDay(fromIndex, m + 6))));
    }
}
