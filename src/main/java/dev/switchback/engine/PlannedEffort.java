package dev.switchback.engine;

import dev.switchback.model.Athlete;
import dev.switchback.model.Session;
import java.util.Optional;

/**
 * The effort a session is planned at: the runner's own target RPE, else the engine's estimate
 * (the load model's RPE after pack and climb, to the nearest half point), marked as estimated. The
 * card, the outing log form and the printed sheet all show this one value.
 */
public record PlannedEffort(double rpe, boolean estimated) {

    /** Empty for a rest session, which has no effort to plan. */
    public static Optional<PlannedEffort> of(Session s, Athlete athlete) {
        if (s.isRest()) {
            return Optional.empty();
        }
        if (s.targetRpe().isPresent()) {
            return Optional.of(new PlannedEffort(s.targetRpe().get(), false));
        }
        double raw = LoadModel.planned(s, athlete).rpeUsed();
        return Optional.of(new PlannedEffort(Math.round(raw * 2) / 2.0, true));
    }
}
