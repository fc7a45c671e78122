package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.HardDay;
import dev.switchback.engine.LoadModel;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Helpers shared by the wellness rules: day names, runs of consecutive days, hard sessions. */
final class Signals {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** The effort suggested when a hard session becomes active recovery. */
    static final double RECOVERY_RPE = 3;
    /** How far ahead a suggestion looks for the next hard session. */
    static final int LOOK_AHEAD_DAYS = 7;

    private Signals() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + " to " + day(to);
    }

    static String days(Collection<LocalDate> dates) {
        return String.join(", ", dates.stream().sorted().map(Signals::day).toList());
    }

    static LocalDate weekEnd(WeekContext week) {
        return week.weekStart().plusDays(6);
    }

    static boolean inWeek(WeekContext week, LocalDate date) {
        return !date.isBefore(week.weekStart()) && !date.isAfter(weekEnd(week));
    }

    /** A number as people write it: 12, 12.5, 4.3. */
    static String num(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Maximal runs of consecutive calendar days, each ascending, in date order. */
    static List<List<LocalDate>> runs(Collection<LocalDate> dates) {
        var sorted = new TreeSet<>(dates);
        var result = new ArrayList<List<LocalDate>>();
        List<LocalDate> current = new ArrayList<>();
        for (LocalDate d : sorted) {
            if (!current.isEmpty() && !current.get(current.size() - 1).plusDays(1).equals(d)) {
                result.add(List.copyOf(current));
                current = new ArrayList<>();
            }
            current.add(d);
        }
        if (!current.isEmpty()) {
            result.add(List.copyOf(current));
        }
        return result;
    }

    /**
     * The part of a run the checked week can see: from its start up to the week's Sunday, or empty
     * when the run does not reach into the week.
     */
    static List<LocalDate> visiblePart(List<LocalDate> run, WeekContext week) {
        LocalDate end = weekEnd(week);
        var visible = run.stream().filter(d -> !d.isAfter(end)).toList();
        if (visible.isEmpty() || visible.get(visible.size() - 1).isBefore(week.weekStart())) {
            return List.of();
        }
        return visible;
    }

    /** The planned effort, or the engine's estimate when none is given. */
    static double plannedRpe(Session s, Athlete athlete) {
        return s.targetRpe().orElseGet(() -> LoadModel.planned(s, athlete).rpeUsed());
    }

    /** Hard as the engine defines it ({@link HardDay}): RPE >= 7, or >= 10 % body mass for >= 3 h. */
    static boolean isHard(Session s, Athlete athlete) {
        if (s.isRest()) {
            return false;
        }
        return HardDay.isHard(plannedRpe(s, athlete), s.duration().toMinutes(), athlete.packFraction(s.packKg()));
    }

    /** The next hard session on or after {@code from} within the look-ahead that is not logged yet. */
    static Optional<Session> nextHardSession(WeekContext week, LocalDate from) {
        Plan plan = week.plan();
        LocalDate until = from.plusDays(LOOK_AHEAD_DAYS);
        PlanIndex index = PlanIndex.of(week);
        // Sorted by date with the plan's order among equal dates: the first match is the earliest.
        return index.sessionsBetween(from, until).stream()
                .filter(s -> isHard(s, plan.athlete()))
                .filter(s -> index.logFor(s.id()).isEmpty())
                .findFirst();
    }

    static String describe(Session s) {
        return day(s.date()) + "'s " + s.displayTitle();
    }

    static String plural(long n, String one, String many) {
        return n == 1 ? n + " " + one : n + " " + many;
    }

    /**
     * Turn the next hard session into active recovery, or advise when there is none to change.
     */
    static Suggestion easeNextHard(WeekContext week, LocalDate from, String advice) {
        return nextHardSession(week, from)
                .<Suggestion>map(s -> new Suggestion.LowerEffort(s.id(), RECOVERY_RPE, "Make " + describe(s)
                        + " an easy active-recovery outing (RPE " + num(RECOVERY_RPE) + ") or a rest day"))
                .orElseGet(() -> new Suggestion.Advice(advice));
    }
}
