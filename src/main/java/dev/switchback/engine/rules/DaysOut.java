package dev.switchback.engine.rules;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weather;
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

    /**
     * What a rule reads a day out for, tested on the day's numbers before its {@link DayOut} is built: a rule
     * that would pass over a day (no trail plan worth reading, not long and loaded) builds nothing for it.
     * {@code minutes} is {@link DayOut#minutes()}.
     */
    @FunctionalInterface
    interface Wanted {
        boolean test(TrailPlan trail, boolean stage, double minutes, double packKg);
    }

    private static final java.util.Comparator<DayOut> BY_DATE_SESSIONS_FIRST = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : Boolean.compare(a.isStage(), b.isStage());
    };

    private static double minutes(Duration d) {
        return d.getSeconds() / 60.0;
    }

    /**
     * The days out from {@code from} to {@code to}, both inclusive, of a canonical plan ({@link WeekContext#plan})
     * that {@code wanted} keeps, the sessions' from position
     * {@code first} on (the first on or after {@code from}); {@code trips} false when no day of the range is a
     * trip day. Testing a day before it is built and before the sort keeps what filtering the whole list keeps,
     * in the same order: the sort is stable and the sessions alone are in date order already.
     */
    private static List<DayOut> between(Plan plan, int first, LocalDate from, LocalDate to, boolean trips,
            Wanted wanted) {
        List<DayOut> out = List.of();
        boolean stages = false;
        List<Session> sessions = plan.sessions();
        for (int i = first; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (s.date().isAfter(to)) {
                break;
            }
            if (!s.isRest() && wanted.test(s.trail(), false, minutes(s.duration()), s.packKg())) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
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
                if (!wanted.test(st.trail(), true, minutes(st.duration()), st.packKg())) {
                    continue;
                }
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
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

    /**
     * The week's days out from today on (the whole week when it lies ahead) that {@code wanted} keeps, in date
     * order, sessions before stages on the same day: the days of {@link #between} that that
     * {@code wanted} keeps. Each rule reads its own: most days out have nothing a given rule reads, so building
     * only the kept ones costs less than one shared list of every day.
     */
    static List<DayOut> ahead(WeekContext c, Wanted wanted) {
        if (!reachesToday(c)) {
            return List.of();
        }
        var w = c.windows();
        int m = c.weekIndex();
        int fromIndex = Math.max(m, w.today());
        boolean trips = w.anyTripDay(fromIndex, m + 6);
        Plan plan = c.plan();
        LocalDate today = c.today();
        LocalDate monday = c.weekStart();
        LocalDate from = today.isAfter(monday) ? today : monday;
        List<Session> sessions = plan.sessions();
        int first = w.firstSessionFrom(fromIndex);
        if (!trips && (first >= sessions.size() || w.sessionDay(first) > m + 6)) {
            return List.of(); // no session in the days ahead and no trip day: nothing built
        }
        return between(plan, first, from, monday.plusDays(6), trips, wanted);
    }

    /** What a trail rule needs a day's trail plan to hold before it reads the day. */
    enum Needs {
        ROUTE, HEAT_OR_WIND
    }

    /**
     * False only when no day out of the week from today on has what {@code needs} names: no trip day (a stage is
     * not looked at: true) and no session of those days whose trail plan holds it. Then {@link #ahead} with a
     * test that asks for it keeps nothing, and the rule reads no threshold and builds nothing.
     */
    static boolean anyAhead(WeekContext c, Needs needs) {
        if (!reachesToday(c)) {
            return false;
        }
        var w = c.windows();
        int m = c.weekIndex();
        int fromIndex = Math.max(m, w.today());
        if (w.anyTripDay(fromIndex, m + 6)) {
            return true;
        }
        // the week's sessions from today on, found by day index: a few records read, nothing built
        List<Session> sessions = c.plan().sessions();
        for (int p = w.firstSessionFrom(fromIndex); p < sessions.size() && w.sessionDay(p) <= m + 6; p++) {
            TrailPlan t = sessions.get(p).trail();
            if (needs == Needs.ROUTE ? t.route().isPresent() : t.conditions().contains(Weather.HOT)
                    || t.conditions().contains(Weather.WINDY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when the week lies before today, so that nothing of it is ahead (most weeks of a long history): a rule
     * asks before it reads its thresholds.
     */
    static boolean reachesToday(WeekContext c) {
        return c.weekIndex() + 6 >= c.windows().today();
    }
}
