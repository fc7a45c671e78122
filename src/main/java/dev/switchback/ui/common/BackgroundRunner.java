package dev.switchback.ui.common;

import dev.switchback.store.StoreException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way the window runs slow work, off the FX thread with the results handed back on it: reading a
 * file ({@link #run}), long work that reports its progress and stops on Cancel such as an import of many
 * activity files ({@link #runLong}), or a {@code javafx.concurrent.Task} of its own such as an export
 * ({@link #start}). The window's runs on background threads ({@code ui.app.FxBackgroundRunner}); tests
 * run the work inline ({@link #inline}) or on executors they drive ({@link #on}).
 */
public interface BackgroundRunner {

    /** Work that may fail with a message for people. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws StoreException;
    }

    /** Long work: it tells {@code progress} how far it is and looks at {@link Progress#cancelled} between steps. */
    @FunctionalInterface
    interface LongWork<T> {
        T call(Progress progress) throws StoreException;
    }

    /** What long work sees of its progress bar and Cancel button. */
    interface Progress {
        /** How far (0 to 1) and what it is doing ("Reading b.gpx (file 2 of 3)"); shown on the FX thread. */
        void update(double fraction, String message);

        /** True once Cancel was asked: the work stops before its next step. */
        boolean cancelled();
    }

    /** Hears the progress of long work, on the FX thread. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(double fraction, String message);
    }

    /** Long work under way: its Cancel. */
    interface Running {
        /** Asks the work to stop before its next step; what it returns is then its own to say. */
        void cancel();

        boolean cancelled();
    }

    <T> void run(String what, Work<T> work, Consumer<T> onSuccess, Consumer<StoreException> onFailure);

    /**
     * Runs long work off the FX thread; {@code onProgress}, then {@code onSuccess} or {@code onFailure}, run on
     * the FX thread. A failure that is not a {@link StoreException} is a bug and goes to the uncaught-exception
     * handler.
     */
    <T> Running runLong(String what, LongWork<T> work, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<StoreException> onFailure);

    /**
     * Starts a task that reports its own progress and message and can be cancelled (an export, a
     * print job's PDF): off the FX thread in the window, its handlers then run on the FX thread.
     */
    void start(javafx.concurrent.Task<?> task);

    /**
     * Runs {@code task} on the FX thread once the event being handled is over: in the window a pulse later,
     * so that what is ready is drawn first (the week's headroom after the first frame); at once elsewhere.
     */
    default void later(Runnable task) {
        task.run();
    }

    /** Runs the work at once on the calling thread: for tests. */
    static BackgroundRunner inline() {
        return on(Runnable::run, Runnable::run);
    }

    /**
     * Work on {@code background}, results and progress through {@code fx}: tests hand a queue they drain
     * (to look at a task half way or cancel it), the window its threads and {@code Platform::runLater}.
     */
    static BackgroundRunner on(Executor background, Executor fx) {
        return new ExecutorRunner(background, fx);
    }
}
