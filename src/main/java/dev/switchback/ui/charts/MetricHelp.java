package dev.switchback.ui.charts;

/** One sentence per metric for the charts' tooltips, worded from the domain notes. */
public final class MetricHelp {
    public static final String LOAD = "Training load in session-RPE units: effort (0\u201310) \u00d7 minutes, "
            + "one unit for runs, loaded hikes and strength work (Foster 2001).";
    public static final String PLANNED_DONE = "Planned is what the plan holds for the week; done is what you "
            + "logged, with the effort you gave it.";
    public static final String ACWR = "Acute:chronic ratio: this week's load against the last four weeks' "
            + "(exponential 7/28 days); above 1.5 flags a spike, a soft signal rather than an injury predictor.";
    public static final String ACWR_FLAG = "Above 1.5 the ratio counts as a spike (Williams 2017, Hulin 2016); "
            + "0.8\u20131.3 is the range usually quoted as comfortable.";
    public static final String CTL = "Fitness (CTL): your daily load averaged over about six weeks "
            + "(42-day exponential average).";
    public static final String ATL = "Fatigue (ATL): your daily load averaged over about one week "
            + "(7-day exponential average).";
    public static final String TSB = "Form (TSB): fitness minus fatigue; below zero while building, "
            + "above zero when rested.";
    public static final String FORM_PCT = "Form %: form as a share of fitness; about \u221210 to \u221230 % "
            + "is the usual training band, below \u221230 % is a lot of fatigue.";
    public static final String HEAVIEST_PACK = "Heaviest pack carried in the week; about 20 % of body mass "
            + "is the usual ceiling for backpacking.";
    public static final String CARRIED = "Pack mass \u00d7 distance, summed over the week: how much carrying "
            + "you did, to raise gradually.";
    public static final String NOT_ENOUGH_HISTORY = "No ratio or form for the first 4 weeks of the plan: the load metrics need 28 days of history";

    private MetricHelp() {
    }
}
