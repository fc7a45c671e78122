package dev.switchback.engine;

import dev.switchback.model.LogId;
import dev.switchback.model.SessionId;
import dev.switchback.model.TripId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The training load of one outing on one day, in session-RPE arbitrary units (AU = RPE x minutes).
 *
 * @param rpeUsed the effort the load was computed with, after any pack and climb adjustment
 * @param how one sentence on how the load was obtained, e.g. "RPE 5 estimated from endurance
 *     intention, x1.12 for a 12 kg pack, +0.4 for 600 m climb"
 * @param trimp Banister TRIMP cross-check when heart rate was logged; never mixed into AU
 */
public record SessionLoad(
        LocalDate date,
        Optional<SessionId> session,
        Optional<TripId> trip,
        Optional<LogId> log,
        double au,
        double minutes,
        double rpeUsed,
        LoadSource source,
        String how,
        Optional<Double> trimp) {

    /** {@link #how}, in metric (the estimate's pack and climb are typed, {@link dev.switchback.format.Sentence}). */
    @Override
    public String how() {
        return dev.switchback.format.Sentence.metric(how);
    }
}
