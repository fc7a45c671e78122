package dev.switchback.ui.app;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * Opt-in start-up timing for docs/performance.md; does nothing unless {@code -Dswitchback.startupProbe=true}.
 * Prints to stderr, in ms since the JVM started, {@code first-frame-ms} at the first pulse after the
 * window is shown and, when a plan document is watched, {@code plan-shown-ms} at the first pulse after
 * the opened plan and its analysis are in place (the plan opens in a background task), each followed by
 * the process' CPU time in ms ({@code first-frame-cpu-ms}, {@code plan-shown-cpu-ms}) and the JavaFX thread's
 * ({@code first-frame-fx-cpu-ms}, {@code plan-shown-fx-cpu-ms}: the work the window itself does, the measure
 * least disturbed by other programs). {@code jvm-start-ms} is when this JVM started, counted from the first
 * JVM's start (what a relaunch costs before the second JVM runs; 0 without one).
 * Each line also gives the wall-clock time ({@code first-frame-at=}, ms since the epoch) for timing from
 * outside the JVM ({@code mvn javafx:run}). With {@code -Dswitchback.rssAfterPlanMs=N} it prints the
 * resident memory ({@code rss-kb}) N ms after the plan is shown. With
 * {@code -Dswitchback.exitAfterFirstFrame=true} it exits after the last of these lines.
 */
public final class StartupProbe {
    static final boolean ON = Boolean.getBoolean("switchback.startupProbe");
    private static final boolean EXIT = Boolean.getBoolean("switchback.exitAfterFirstFrame");
    private static final long RSS_AFTER_MS = Long.getLong("switchback.rssAfterPlanMs", 0);

    /** When the first JVM started, in ms since the epoch, on the clock of {@code RuntimeMXBean.getStartTime}. */
    private static final long FIRST_JVM_START = ON ? firstJvmStart() : 0;

        private StartupProbe() {
    }

    /** Call right after {@code stage.show()}; {@code waitFor} is true once the content to time is shown. */
    public static void afterShow(Optional<ObservableValue<Boolean>> waitFor) {
        if (!ON) {
            return;
        }
        // A pulse renders the scene; the first handle() runs in the pulse that draws the first frame.
        new AnimationTimer() {
            private boolean framed;

            @Override
            public void handle(long now) {
                if (!framed) {
                    framed = true;
                    report("first-frame-ms");
                    reportCpu("first-frame-cpu-ms");
                    reportFxCpu("first-frame-fx-cpu-ms");
                    System.err.println("jvm-start-ms=" + (ManagementFactory.getRuntimeMXBean().getStartTime()
                            - FIRST_JVM_START));
                    if (waitFor.isEmpty()) {
                        finish();
                    }
                    return;
                }
                if (waitFor.isPresent() && Boolean.TRUE.equals(waitFor.get().getValue())) {
                    report("plan-shown-ms");
                    reportCpu("plan-shown-cpu-ms");
                    reportFxCpu("plan-shown-fx-cpu-ms");
                    stop();
                    if (RSS_AFTER_MS > 0) {
                        // The memory of the open plan once the start is over (bench/startup.sh, RSS row).
                        var wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(RSS_AFTER_MS));
                        wait.setOnFinished(e -> {
                            reportRss();
                            finish();
                        });
                        wait.play();
                    } else {
                        finish();
                    }
                }
            }

            private void finish() {
                stop();
                if (EXIT) {
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }

    /**
     * A relaunched window (dev.switchback.Relaunch) counts from the start of the first JVM, which that JVM passes
     * as {@code -Dswitchback.startedAtMs} from {@code ProcessHandle}: that start is the system's boot time in whole
     * seconds plus clock ticks, off from the JVM's own start time (which the bare-window floor counts from) by up to
     * a second (0.6 s on the machine of docs/performance.md, "Session 6"). This JVM's own start, told both ways,
     * gives that error, which is the same for both processes; without it the relaunched rows were that much slower.
     */
    private static long firstJvmStart() {
        long own = ManagementFactory.getRuntimeMXBean().getStartTime();
        Long first = Long.getLong("switchback.startedAtMs");
        if (first == null) {
            return own;
        }
        long ownBySystem = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(own);
        return first + (own - ownBySystem);
    }

    /** Prints {@code mark-<what>-ms}: a point on the way to the first frame, to see where the time goes. */
    public static void mark(String what) {
        if (ON) {
            report("mark-" + what + "-ms");
        }
    }

    /**
     * CPU time of the whole process so far (all threads: JIT, GC, rendering): less disturbed than wall
     * time by other programs competing for the cores.
     */
    private static void reportCpu(String what) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.err.println(what + "=" + os.getProcessCpuTime() / 1_000_000);
        }
    }

    /** CPU time of the calling thread, the JavaFX thread: what building and drawing the window cost. */
    private static void reportFxCpu(String what) {
        System.err.println(what + "=" + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
    }

    /** {@code rss-kb}: the process' resident memory (Linux: VmRSS of /proc/self/status). */
    private static void reportRss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    System.err.println("rss-kb=" + line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException e) {
            System.err.println("rss-kb=unknown (" + e.getMessage() + ")");
        }
    }

    private static void report(String what) {
        long ms = System.currentTimeMillis() - FIRST_JVM_START;
        System.err.println(what + "=" + ms + " " + what.replace("-ms", "-at") + "=" + System.currentTimeMillis());
    }
}
