package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Source;
import dev.switchback.model.Wellness;

/** A drop in motivation: the 3-day mean at least 1.5 points worse than the 14 days before. */
public final class MotivationDropRule extends TrendRule {
    public static final String ID = "motivation-drop";

    public MotivationDropRule() {
        super(ID, "Drop in motivation", "Motivation", Wellness::motivation, new Source(
                "Meeusen et al. 2013 consensus (unusual lack of motivation as a sign of overreaching); 3 vs 14"
                        + " days, 1.5 points: judgement", Evidence.JUDGEMENT));
    }

    @Override
    String why() {
        return "An unusual lack of motivation is one of the psychological signs that separate harmless tiredness"
                + " from non-functional overreaching.";
    }

    @Override
    String advice() {
        return "Plan a few easy outings you enjoy and look at the week's load before adding more.";
    }
}
