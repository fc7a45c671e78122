package dev.switchback.ui.app;

import dev.switchback.store.StoreException;
import dev.switchback.ui.common.BackgroundRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;

/**
 * The window's runner: files read in a {@link Task} on one background thread, long work and tasks on threads
 * of their own; progress is exposed for the status bar.
 */
public final class FxBackgroundRunner implements BackgroundRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchback-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    /** A pulse later: {@code Platform.runLater}. */
    @Override
    public void later(Runnable task) {
        javafx.application.Platform.runLater(task);
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<T> onSuccess, Consumer<StoreException> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws StoreException {
                updateMessage(what);
                updateProgress(-1, 1);
                return work.call();
            }
        };
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            progress.unbind();
            progress.set(0);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.unbind();
            progress.set(0);
            if (task.getException() instanceof StoreException se) {
                onFailure.accept(se);
            } else {
                // Not a file problem: a bug. Let the uncaught-exception handler log it and tell the user.
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, task.getException());
            }
        });
        executor.execute(task);
    }

    /**
     * On a thread of its own (an import of many files never holds up opening a plan), its progress also in
     * the status bar; handlers on the FX thread.
     */
    @Override
    public <T> Running runLong(String what, LongWork<T> work, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<StoreException> onFailure) {
        BackgroundRunner threads = BackgroundRunner.on(r -> {
            Thread t = new Thread(r, "switchback-task");
            t.setDaemon(true);
            t.start();
        }, javafx.application.Platform::runLater);
        show(-1);
        return threads.runLong(what, work, (fraction, message) -> {
            show(fraction);
            onProgress.progress(fraction, message);
        }, result -> {
            show(0);
            onSuccess.accept(result);
        }, failure -> {
            show(0);
            onFailure.accept(failure);
        });
    }

    /** The status bar's progress, unless a file being read has it (bound to its task) meanwhile. */
    private void show(double fraction) {
        if (!progress.isBound()) {
            progress.set(fraction);
        }
    }

    /** On a thread of its own, so a long export never holds up opening a plan; progress shown meanwhile. */
    @Override
    public void start(Task<?> task) {
        progress.bind(task.progressProperty());
        javafx.event.EventHandler<javafx.concurrent.WorkerStateEvent> done = e -> {
            progress.unbind();
            progress.set(0);
        };
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, done);
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, done);
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_CANCELLED, done);
        Thread t = new Thread(task, "switchback-task");
        t.setDaemon(true);
        t.start();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
