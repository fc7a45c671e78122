package dev.switchback.ui.common;

import dev.switchback.store.StoreException;
import java.util.function.Consumer;

/**
 * The one way the window runs slow work: reading a plan file ({@link #run}) or a task with its own
 * progress and Cancel such as an export ({@link #start}), off the FX thread, results handed back on
 * it. The window uses {@code javafx.concurrent.Task} with progress; tests run the work inline.
 */
public interface BackgroundRunner {

    /** Work that may fail with a message for people. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws StoreException;
    }

    <T> void run(String what, Work<T> work, Consumer<T> onSuccess, Consumer<StoreException> onFailure);

    /**
     * Starts a task that reports its own progress and message and can be cancelled (an export, a
     * print job's PDF): off the FX thread in the window, its handlers then run on the FX thread.
     */
    void start(javafx.concurrent.Task<?> task);

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

            @Override
            public void start(javafx.concurrent.Task<?> task) {
                task.run();
            }
        };
    }
}
