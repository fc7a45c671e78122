package dev.switchback.engine.rules;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Outing;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import dev.switchback.engine.Windows;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a rule may look at: the week being checked and everything before (and after) it. The engine's
 * analysis implements it; every method is part of the contract (no defaults), so a rule never runs
 * against a context that silently answers "no history" or "no load".
 */
public interface WeekContext {
    /** The plan, its sessions, logs, trips and check-ins each in date order (then by id). */
    Plan plan();

    /** Monday of the week being checked. */
    LocalDate weekStart();

    /** The day index of {@link #weekStart} in {@link #windows} ({@code windows().index(weekStart())}). */
    int weekIndex();

    /** The day the analysis treats as today: days up to it use what was logged, later days what is planned. */
    LocalDate today();

    /** Loads of any day; zero load outside the plan. */
    DayLoad day(LocalDate date);

    DayMetrics metrics(LocalDate date);

    WeekSummary week(LocalDate anyDay);

    /** The threshold from the plan's rule settings ({@link Threshold#key()}), else the preset's default. */
    double threshold(Threshold threshold);

    /** The outings that count towards the day's load (logged where the day uses what was done, else planned). */
    List<Outing> outings(LocalDate date);

    /** Days of plan history up to and including {@code date}; 0 before the plan's first day. */
    int historyDays(LocalDate date);

    /** Kilometres covered with a pack (any mass above 0) on the day. */
    double loadedKm(LocalDate date);

    /** The 7-day EWMA of the load (Williams, lambda 0.25) on the day, seeded as the metrics are; 0 outside the plan. */
    double acuteEwma(LocalDate date);

    /** The 28-day EWMA of the load (lambda 2/29) on the day. */
    double chronicEwma(LocalDate date);

    /** The first check-in of the day, in the plan's order, without scanning the plan. */
    Optional<Wellness> wellnessOn(LocalDate date);

    /** Windows over the daily series computed once per analysis: rolling sums and maxima, trip days. */
    Windows windows();

    /**
     * The epoch day of the session at {@code position} in {@link #plan()}'s list, read when the analysis checked
     * the plan's order: an index of the sessions then reads no date of theirs again.
     */
    long sessionEpochDay(int position);

    /** The epoch day of the log at {@code position} in {@link #plan()}'s list, as {@link #sessionEpochDay}. */
    long logEpochDay(int position);

    /** The planned session with this id, without scanning the plan. */
    Optional<Session> session(SessionId id);

    /**
     * A value derived from one part of the plan ({@code source}: one of its lists, say its logs) and
     * shared by every week's check, built by {@code build} on first use. The analysis owns it, and
     * hands it on to the analysis of the next version of the plan ({@code Engine.reanalyse}) as long as
     * that part is the same object: an edit of one session does not rebuild an index of the logs.
     * {@code build} must be a pure function of {@code source} (it may read the context's other parts, such as
     * the records' epoch days, which are functions of the same plan); nothing lives in static state. With the
     * week's context itself as the source, it is a value of that week, shared by the rules that read it and
     * made again for the next week.
     */
    <S, T> T derived(Class<T> key, S source, Function<S, T> build);
}
