package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Source;
import dev.switchback.model.Wellness;

/** Falling sleep quality: the 3-day mean at least 1.5 points worse than the 14 days before. */
public final class SleepQualityRule extends TrendRule {
    public static final String ID = "falling-sleep-quality";

    public SleepQualityRule() {
        super(ID, "Falling sleep quality", "Sleep quality", Wellness::sleepQuality, new Source(
                "Meeusen et al. 2013 consensus (disturbed sleep as a sign of overreaching); 3 vs 14 days,"
                        + " 1.5 points: judgement", Evidence.JUDGEMENT));
    }

    @Override
    String why() {
        return "Sleep that gets worse while training goes on is one of the first signs of overreaching, and poor"
                + " sleep slows recovery from every session that follows.";
    }

    @Override
    String advice() {
        return "Keep the next days easy and protect sleep until it is back to its usual level.";
    }
}
