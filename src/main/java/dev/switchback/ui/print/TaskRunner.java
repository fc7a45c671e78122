package dev.switchback.ui.print;

import javafx.concurrent.Task;

/** Starts a task: on a background thread in the window, inline in tests. */
@FunctionalInterface
public interface TaskRunner {
    void start(Task<?> task);

    static TaskRunner background() {
        return task -> {
            Thread t = new Thread(task, "switchback-export");
            t.setDaemon(true);
            t.start();
        };
    }
}
