package dev.switchback.ui.common;

import dev.switchback.store.StoreException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** {@link BackgroundRunner} over two executors: one for the work, one that stands for the FX thread. */
final class ExecutorRunner implements BackgroundRunner {
    private final Executor background;
    private final Executor fx;

    ExecutorRunner(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<T> onSuccess, Consumer<StoreException> onFailure) {
        runLong(what, progress -> work.call(), (fraction, message) -> { }, onSuccess, onFailure);
    }

    @Override
    public <T> Running runLong(String what, LongWork<T> work, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<StoreException> onFailure) {
        AtomicBoolean cancel = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                fx.execute(() -> onProgress.progress(fraction, message));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        background.execute(() -> {
            T result;
            try {
                result = work.call(progress);
            } catch (StoreException e) {
                fx.execute(() -> onFailure.accept(e));
                return;
            } catch (RuntimeException e) {
                // not a file problem: a bug, for the uncaught-exception handler (on the FX thread)
                fx.execute(() -> {
                    throw e;
                });
                return;
            }
            fx.execute(() -> onSuccess.accept(result));
        });
        return new Running() {
            @Override
            public void cancel() {
                cancel.set(true);
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    @Override
    public void start(javafx.concurrent.Task<?> task) {
        background.execute(task);
    }
}
