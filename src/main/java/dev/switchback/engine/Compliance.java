package dev.switchback.engine;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a planned session compares with what was logged. Bands after TrainingPeaks' compliance
 * colours: a logged duration within {@link #TOLERANCE} (20 %) of the planned one, either way, is
 * "as planned"; anything further off is "partly".
 */
public enum Compliance {
    /** Logged, duration within 20 % of the plan (80 % and 120 % included). */
    AS_PLANNED("Done as planned"),
    /** Logged, but the duration is more than 20 % shorter or longer than planned. */
    PARTLY("Done, not as planned"),
    /** Planned for a day before today and not logged. */
    MISSED("Missed"),
    /** Logged without a planned session. */
    EXTRA("Extra"),
    /** Planned for today or later and not logged yet. */
    UPCOMING("Upcoming");

    /** Largest relative difference of durations that still counts as done as planned. */
    public static final double TOLERANCE = 0.20;
    private static final long TOLERANCE_PERCENT = 20;

    private final String label;

    Compliance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kebab-case name for style classes, e.g. {@code as-planned}. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Classifies a planned session against its log.
     *
     * @param today the day the user looks from; a session before it without a log is missed
     */
    public static Compliance of(Session planned, Optional<OutingLog> log, LocalDate today) {
        if (log.isEmpty()) {
            if (planned.isRest()) {
                // A rest day that passed without a logged outing was done exactly as planned.
                return planned.date().isBefore(today) ? AS_PLANNED : UPCOMING;
            }
            return planned.date().isBefore(today) ? MISSED : UPCOMING;
        }
        return ofDurations(planned.duration(), log.get().duration());
    }

    /** Classifies a log that may or may not belong to a planned session. */
    public static Compliance of(Optional<Session> planned, OutingLog log) {
        return planned.map(p -> ofDurations(p.duration(), log.duration())).orElse(EXTRA);
    }

    /** Done as planned when {@code |actual - planned| <= 20 % of planned}; a zero plan accepts anything. */
    public static Compliance ofDurations(Duration planned, Duration actual) {
        if (planned.isZero()) {
            return AS_PLANNED;
        }
        // Whole seconds and whole percent keep the 20 % boundary exact (no floating point).
        long diff = Math.abs(actual.toSeconds() - planned.toSeconds());
        return diff * 100 <= planned.toSeconds() * TOLERANCE_PERCENT ? AS_PLANNED : PARTLY;
    }
}
