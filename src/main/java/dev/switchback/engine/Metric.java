package dev.switchback.engine;

import java.util.Optional;

/** A metric that may be undefined: never NaN, never a silent 0. */
public sealed interface Metric {

    record Value(double value) implements Metric {
        public Value {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("metric must be finite: " + value);
            }
        }
    }

    /** Not computable yet, with the reason ("needs 28 days of history, 12 so far"). */
    record NotEnoughHistory(String reason) implements Metric {
    }

    static Metric of(double value) {
        return new Value(value);
    }

    default Optional<Double> asOptional() {
        return this instanceof Value v ? Optional.of(v.value()) : Optional.empty();
    }
}
