package dev.switchback.engine;

import dev.switchback.model.LogId;
import dev.switchback.model.SessionId;
import dev.switchback.model.TripId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The training load of one outing on one day, in session-RPE arbitrary units (AU = RPE x minutes).
 *
 * <p>A value class with a record's accessors, equality and text rather than a record, so that the sentence
 * {@link #how} is built when first read: the rules read the loads of thousands of days' outings and none of
 * their sentences (a ten-year check built 2,900 of them, 3 % of its time); a window or a sheet reads a few.
 */
public final class SessionLoad {
    private final LocalDate date;
    private final Optional<SessionId> session;
    private final Optional<TripId> trip;
    private final Optional<LogId> log;
    private final double au;
    private final double minutes;
    private final double rpeUsed;
    private final LoadSource source;
    private final Optional<Double> trimp;
    /**
     * The sentence once built, and its maker (null when given built). Not volatile: a String is safely published
     * through its final fields, and two threads that race build the same text.
     */
    private String how;
    private final Supplier<String> maker;

    /**
     * @param rpeUsed the effort the load was computed with, after any pack and climb adjustment
     * @param how one sentence on how the load was obtained, e.g. "RPE 5 estimated from endurance
     *     intention, x1.12 for a 12 kg pack, +0.4 for 600 m climb", its quantities typed
     *     ({@link dev.switchback.format.Sentence})
     * @param trimp Banister TRIMP cross-check when heart rate was logged; never mixed into AU
     */
    public SessionLoad(LocalDate date, Optional<SessionId> session, Optional<TripId> trip, Optional<LogId> log,
            double au, double minutes, double rpeUsed, LoadSource source, String how, Optional<Double> trimp) {
        this(date, session, trip, log, au, minutes, rpeUsed, source, Objects.requireNonNull(how, "how"), null, trimp);
    }

    /** A load whose sentence {@code how} makes when it is first read: a pure function, the text it would be at once. */
    SessionLoad(LocalDate date, Optional<SessionId> session, Optional<TripId> trip, Optional<LogId> log, double au,
            double minutes, double rpeUsed, LoadSource source, Supplier<String> how, Optional<Double> trimp) {
        this(date, session, trip, log, au, minutes, rpeUsed, source, null, Objects.requireNonNull(how, "how"), trimp);
    }

    private SessionLoad(LocalDate date, Optional<SessionId> session, Optional<TripId> trip, Optional<LogId> log,
            double au, double minutes, double rpeUsed, LoadSource source, String how, Supplier<String> maker,
            Optional<Double> trimp) {
        this.date = Objects.requireNonNull(date, "date");
        this.session = Objects.requireNonNull(session, "session");
        this.trip = Objects.requireNonNull(trip, "trip");
        this.log = Objects.requireNonNull(log, "log");
        this.au = au;
        this.minutes = minutes;
        this.rpeUsed = rpeUsed;
        this.source = Objects.requireNonNull(source, "source");
        this.trimp = Objects.requireNonNull(trimp, "trimp");
        this.how = how;
        this.maker = maker;
    }

    public LocalDate date() {
        return date;
    }

    public Optional<SessionId> session() {
        return session;
    }

    public Optional<TripId> trip() {
        return trip;
    }

    public Optional<LogId> log() {
        return log;
    }

    public double au() {
        return au;
    }

    public double minutes() {
        return minutes;
    }

    public double rpeUsed() {
        return rpeUsed;
    }

    public LoadSource source() {
        return source;
    }

    public Optional<Double> trimp() {
        return trimp;
    }

    /** How the load was obtained, in metric (the estimate's pack and climb are typed, {@link dev.switchback.format.Sentence}). */
    public String how() {
        return dev.switchback.format.Sentence.metric(markedHow());
    }

    /** {@link #how} as written, its quantities typed. */
    String markedHow() {
        String h = how;
        if (h == null) {
            h = Objects.requireNonNull(maker.get(), "how");
            how = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SessionLoad l && date.equals(l.date) && session.equals(l.session)
                && trip.equals(l.trip) && log.equals(l.log) && Double.compare(au, l.au) == 0
                && Double.compare(minutes, l.minutes) == 0 && Double.compare(rpeUsed, l.rpeUsed) == 0
                && source == l.source && trimp.equals(l.trimp) && markedHow().equals(l.markedHow());
    }

    /** From the parts a load has from the start: equal loads have equal hashes without building a sentence. */
    @Override
    public int hashCode() {
        return Objects.hash(date, session, trip, log, au, minutes, rpeUsed, source, trimp);
    }

    @Override
    public String toString() {
        return "SessionLoad[date=" + date + ", session=" + session + ", trip=" + trip + ", log=" + log + ", au=" + au
                + ", minutes=" + minutes + ", rpeUsed=" + rpeUsed + ", source=" + source + ", how=" + markedHow()
                + ", trimp=" + trimp + "]";
    }
}
