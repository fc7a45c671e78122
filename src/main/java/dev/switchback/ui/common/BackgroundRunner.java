package dev.switchback.ui.common;

import dev.switchback.store.StoreException;
import java.util.function.Consumer;

/**
 * Runs slow work (reading a plan file) off the FX thread and hands the result back on it. The
 * window uses a {@code javafx.concurrent.Task} with progress; tests run the work inline.
 */
public interface BackgroundRunner {

    /** Work that may fail with a message for people. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws StoreException;
    }

    <T> void run(String what, Work<T> work, Consumer<T> onSuccess, Consumer<StoreException> onFailure);

    /** Runs the work at once on the calling thread: for tests. */
    static BackgroundRunner inline() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(String what, Work<T> work, Consumer<T> onSuccess,
                    Consumer<StoreException> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (StoreException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
