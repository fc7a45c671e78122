package dev.switchback.ui.charts;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Runs a task in the next pulse, before that pulse's layout and drawing. The charts view-model asks
 * for its rebuild through this, at most one pending at a time, so a burst of edits between two
 * frames costs one rebuild, not one per edit.
 */
final class OncePerPulse implements Consumer<Runnable> {
    private Runnable pending = () -> { };
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            Runnable task = pending;
            pending = () -> { };
            task.run();
        }
    };

    @Override
    public void accept(Runnable task) {
        pending = task;
        timer.start();
    }
}
