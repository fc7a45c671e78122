package dev.switchback.engine.rules;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value a finding's sentences and suggestion share, made the first time one of them is read and then
 * kept (say the outing a finding names: a week that reports it builds no outing until its text is read).
 * {@code make} must be pure; a race makes it twice, with the same result.
 */
final class Once<T> implements Supplier<T> {
    private final Supplier<? extends T> make;
    private volatile T value;

    Once(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            v = Objects.requireNonNull(make.get(), "value");
            value = v;
        }
        return v;
    }
}
