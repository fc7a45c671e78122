package dev.switchback.ui.preview;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.charts.ChartSeries;
import dev.switchback.ui.findings.FindingsViewModel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rough timing of the panels' own work after an edit, for docs/ui-components.md: building the
 * findings rows and the chart weeks from an analysis the engine has already made (median of 200).
 */
public final class PanelsTiming {
    public static void main(String[] args) {
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
        java.util.Arrays.sort(charts);
        java.util.Arrays.sort(rows);
        System.out.printf("chart weeks: median %.3f ms; findings rows (week change): median %.3f ms; %d findings%n",
                charts[100] / 1e6, rows[100] / 1e6, findings.items().size());
    }
}
