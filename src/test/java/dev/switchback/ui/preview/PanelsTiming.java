package dev.switchback.ui.preview;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.charts.ChartSeries;
import dev.switchback.ui.findings.FindingsPanel;
import dev.switchback.ui.findings.FindingsViewModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Rough timing of the panels' own work after an edit, for docs/ui-components.md and
 * docs/performance.md: building the findings rows and the chart weeks from an analysis the engine
 * has already made (median of 200).
 *
 * <p>With the argument {@code panel} it also starts the toolkit and times the findings panel on
 * screen: the analysis switches between two the engine made beforehand (Saturday's pack 12 and
 * 30 kg: none and two findings; 16 and 20 kg: one and two), and each switch is timed on the FX thread up to and
 * including CSS and layout of the panel. Run it headless with the surefire properties
 * ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}) or under Xvfb.
 */
public final class PanelsTiming {
    public static void main(String[] args) throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 27);
        var plan = SamplePlan.create(today);
        PlanAnalysis analysis = Engine.analyse(plan, today);
        var doc = new PlanDocument(plan, Optional.empty(), p -> Engine.analyse(p, today));
        doc.weekStartProperty().set(Weeks.monday(today));
        var findings = new FindingsViewModel(doc, Optional.of(Fixes::apply));
        long[] charts = new long[200];
        long[] rows = new long[200];
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            ChartSeries.build(analysis, today, plan.athlete());
            long t1 = System.nanoTime();
            doc.weekStartProperty().set(Weeks.monday(today).plusWeeks(i % 2));
            long t2 = System.nanoTime();
            charts[i] = t1 - t0;
            rows[i] = t2 - t1;
        }
        Arrays.sort(charts);
        Arrays.sort(rows);
        System.out.printf("chart weeks: median %.3f ms; findings rows (week change): median %.3f ms; %d findings%n",
                charts[100] / 1e6, rows[100] / 1e6, findings.items().size());
        if (Arrays.asList(args).contains("panel")) {
            Platform.startup(() -> { });
            Platform.setImplicitExit(false); // each measurement closes its window; the toolkit stays up
            dev.switchback.ui.app.Theme.LIGHT.apply();
            timeFindingsPanel(plan, today, 12, 30);
            timeFindingsPanel(plan, today, 16, 20);
            Platform.exit();
        }
    }

    private static void timeFindingsPanel(Plan plan, LocalDate today, double lightKg, double heavyKg)
            throws Exception {
        LocalDate saturday = Weeks.monday(today).plusDays(5);
        Session longDay = plan.sessions().stream()
                .filter(s -> s.date().equals(saturday) && s.kind() != SessionKind.REST).findFirst().orElseThrow();
        Plan light = plan.withSession(longDay.withPackKg(lightKg));
        Plan heavy = plan.withSession(longDay.withPackKg(heavyKg));
        PlanAnalysis lightAnalysis = Engine.analyse(light, today);
        PlanAnalysis heavyAnalysis = Engine.analyse(heavy, today);
        var doc = new PlanDocument(light, Optional.empty(), p -> Engine.analyse(p, today));
        doc.weekStartProperty().set(Weeks.monday(today));
        var analysis = new SimpleObjectProperty<>(Optional.of(lightAnalysis));

        int[] counts = new int[2];
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(switchBackAndForth(doc, analysis, lightAnalysis, heavyAnalysis, counts));
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        long[] times = done.get();
        int rounds = times.length;
        // The first half warms up the JIT and the CSS caches; the median of the second half counts.
        long[] measured = Arrays.copyOfRange(times, rounds / 2, rounds);
        Arrays.sort(measured);
        System.out.printf("findings panel, Saturday's pack %.0f <-> %.0f kg (%d <-> %d findings), CSS and layout"
                + " included: median %.2f ms, 90th percentile %.2f ms, max %.2f ms over %d switches%n",
                lightKg, heavyKg, counts[0], counts[1], measured[measured.length / 2] / 1e6, measured[measured.length * 9 / 10] / 1e6,
                measured[measured.length - 1] / 1e6, measured.length);
    }

    /** On the FX thread: the panel in a window, then 200 switches of the analysis, each timed. */
    private static long[] switchBackAndForth(PlanDocument doc, SimpleObjectProperty<Optional<PlanAnalysis>> analysis,
            PlanAnalysis light, PlanAnalysis heavy, int[] counts) {
        var vm = new FindingsViewModel(doc, analysis, Optional.of(Fixes::apply));
        var panel = new FindingsPanel(vm);
        Stage stage = new Stage();
        stage.setScene(new Scene(panel, 380, 900));
        stage.show();
        counts[0] = vm.items().size();
        analysis.set(Optional.of(heavy));
        counts[1] = vm.items().size();
        long[] times = new long[200];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            analysis.set(Optional.of(i % 2 == 0 ? light : heavy));
            panel.applyCss();
            panel.layout();
            times[i] = System.nanoTime() - t0;
        }
        // Findings never shown before: a new panel each time, with the heavy analysis (its cards
        // are all new) and with the light one; the difference is what the new cards cost.
        long[] fresh = new long[200];
        for (int i = 0; i < fresh.length; i++) {
            var a = new SimpleObjectProperty<>(Optional.of(i % 2 == 0 ? light : heavy));
            long t0 = System.nanoTime();
            var p = new FindingsPanel(new FindingsViewModel(doc, a, Optional.of(Fixes::apply)));
            stage.getScene().setRoot(p);
            p.applyCss();
            p.layout();
            fresh[i] = System.nanoTime() - t0;
        }
        long[] lightBuilds = new long[50];
        long[] heavyBuilds = new long[50];
        for (int i = 0; i < 50; i++) {
            lightBuilds[i] = fresh[100 + 2 * i];
            heavyBuilds[i] = fresh[101 + 2 * i];
        }
        Arrays.sort(lightBuilds);
        Arrays.sort(heavyBuilds);
        System.out.printf("  new findings panel (last 50 each): %d findings %.2f ms, %d findings %.2f ms (median);"
                + " the %d new cards cost about %.2f ms%n", counts[0], lightBuilds[25] / 1e6, counts[1],
                heavyBuilds[25] / 1e6, counts[1] - counts[0], (heavyBuilds[25] - lightBuilds[25]) / 1e6);
        stage.close();
        return times;
    }
}
