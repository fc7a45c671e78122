package dev.switchback.bench;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.findings.FindingsPanel;
import dev.switchback.ui.findings.FindingsViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Issue 13 section 7 (docs/performance.md, "Session 5: findings panel"): what an edit that brings new finding
 * cards costs the FX thread in a real pulse, headless under Monocle. Each round shows a fresh findings panel
 * with the sample plan's analysis for Saturday's pack at {@code light} kg and lets a pulse lay it out; then
 * the analysis becomes the one for {@code heavy} kg (cards never shown in that panel: no spare card to reuse)
 * and the harness reads the FX thread's CPU time from that edit to the end of the next pulse's CSS and
 * layout pass (a post-layout pulse listener; the paint is not counted). The first half of the rounds warms
 * up; median, 90th percentile and max of the rest are printed, in thread CPU and in wall time.
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1440x900-32 -Dprism.order=sw \
 *     -Dprism.text=t2k -cp target/test-classes:target/classes:$(cat cp.txt) dev.switchback.bench.FindingsPanelPulse [rounds]
 * </pre>
 */
public final class FindingsPanelPulse {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FindingsPanelPulse() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        LocalDate today = LocalDate.of(2026, 11, 25);
        Plan plan = SamplePlan.create(today);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        dev.switchback.ui.app.Theme.LIGHT.apply();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(), 380, 900));
            stage[0].show();
            return null;
        });
        measure(stage[0], plan, today, 12, 30, rounds);
        measure(stage[0], plan, today, 16, 20, rounds);
        onFx(() -> {
            stage[0].close();
            return null;
        });
        Platform.exit();
    }

    private static void measure(Stage stage, Plan plan, LocalDate today, double lightKg, double heavyKg,
            int rounds) throws Exception {
        LocalDate saturday = Weeks.monday(today).plusDays(5);
        Session longDay = plan.sessions().stream()
                .filter(s -> s.date().equals(saturday) && s.kind() != SessionKind.REST).findFirst().orElseThrow();
        PlanAnalysis light = Engine.analyse(plan.withSession(longDay.withPackKg(lightKg)), today);
        PlanAnalysis heavy = Engine.analyse(plan.withSession(longDay.withPackKg(heavyKg)), today);
        var doc = new PlanDocument(plan.withSession(longDay.withPackKg(lightKg)), Optional.empty(),
                p -> Engine.analyse(p, today));
        doc.weekStartProperty().set(Weeks.monday(today));
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        int[] counts = new int[2];
        for (int i = 0; i < rounds; i++) {
            var analysis = new SimpleObjectProperty<>(Optional.of(light));
            var vm = new FindingsViewModel(doc, analysis, Optional.of(Fixes::apply));
            onFx(() -> {
                stage.getScene().setRoot(new FindingsPanel(vm));
                return null;
            });
            pulse(); // the panel with the light analysis is laid out and painted
            counts[0] = vm.items().size();
            CompletableFuture<long[]> took = new CompletableFuture<>();
            int round = i;
            Platform.runLater(() -> {
                Scene scene = stage.getScene();
                long c0 = THREADS.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                analysis.set(Optional.of(heavy));
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    took.complete(new long[] {THREADS.getCurrentThreadCpuTime() - c0, System.nanoTime() - w0});
                    scene.removePostLayoutPulseListener(once[0]);
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            });
            long[] t = took.get(30, TimeUnit.SECONDS);
            cpu[round] = t[0];
            wall[round] = t[1];
            counts[1] = vm.items().size();
        }
        System.out.printf("pack %.0f -> %.0f kg (%d -> %d findings, %d new cards): thread CPU %s; wall %s%n",
                lightKg, heavyKg, counts[0], counts[1], counts[1] - counts[0], stats(cpu), stats(wall));
    }

    /** "median 9.1 ms, 90th pct 12.0 ms, max 20.3 ms" of the second half. */
    private static String stats(long[] all) {
        long[] m = Arrays.copyOfRange(all, all.length / 2, all.length);
        Arrays.sort(m);
        return String.format(java.util.Locale.ROOT, "median %.2f ms, 90th pct %.2f ms, max %.2f ms (n=%d)",
                m[m.length / 2] / 1e6, m[m.length * 9 / 10] / 1e6, m[m.length - 1] / 1e6, m.length);
    }

    /** Waits for one whole pulse after what is queued now. */
    private static void pulse() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            Scene scene = javafx.stage.Window.getWindows().get(0).getScene();
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> done.complete(null));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }
}
