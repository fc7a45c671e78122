package dev.switchback.store;

import dev.switchback.model.Plan;
import java.time.LocalDate;

/** The realistic plan a new user sees on first start, laid out around {@code today}. */
public final class SamplePlan {
    private SamplePlan() {
    }

    public static Plan create(LocalDate today) {
        throw new UnsupportedOperationException("the sample plan is being built (issue 2)");
    }
}
