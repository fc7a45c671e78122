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

    /**
     * The engine's own estimate of the session's effort, whatever target it has: the load model's RPE
     * for its kind, intention, pack, climb, terrain and speed (distance over duration), and the sentence
     * saying how it was made. Empty for a rest session or one without a duration.
     */
    public static Optional<Estimate> estimate(Session s, Athlete athlete) {
        double minutes = LoadModel.minutes(s.duration());
        if (s.isRest() || minutes <= 0) {
            return Optional.empty();
        }
        LoadModel.Estimate e = LoadModel.estimate(s.kind(), s.intention(), minutes, s.distanceM(), s.climbM(),
                s.packKg(), s.terrain(), athlete);
        return Optional.of(new Estimate(e.rpe(), e.how()));
    }

    /**
     * {@link #estimate}'s RPE alone, without the sentence ({@code NaN} where that is empty): the same
     * arithmetic, for a rule that compares many sessions' estimates and words one of them.
     */
    public static double estimatedRpe(Session s, Athlete athlete) {
        double minutes = LoadModel.minutes(s.duration());
        if (s.isRest() || minutes <= 0) {
            return Double.NaN;
        }
        return LoadModel.estimateRpe(s.kind(), s.intention(), minutes, s.distanceM(), s.climbM(), s.packKg(),
                s.terrain(), athlete);
    }

    /** An estimated RPE and how it was made ("Estimated: RPE 4 for endurance run with pack, x1.35 ..."). */
    public record Estimate(double rpe, String how) {
        /** How it was made, in metric. */
        @Override
        public String how() {
            return dev.switchback.format.Sentence.metric(how);
        }

        /** How it was made in {@code units}: "... for a 55.1 lb pack (Pandolf) ...". */
        public String howIn(dev.switchback.format.UnitFormat units) {
            return dev.switchback.format.Sentence.render(how, units);
        }

        /** The sentence with its pack and climb typed, for a finding's sentence that quotes it (rules.TargetRpe). */
        public String markedHow() {
            return how;
        }
    }
}
