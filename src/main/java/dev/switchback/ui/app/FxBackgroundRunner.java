package dev.switchback.ui.app;

import dev.switchback.store.StoreException;
import dev.switchback.ui.common.BackgroundRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;

/** Runs work in a {@link Task} on one background thread; progress is exposed for the status bar. */
public final class FxBackgroundRunner implements BackgroundRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchback-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

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
