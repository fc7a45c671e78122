package dev.switchback.ui.charts;

import dev.switchback.format.UnitFormat;
import atlantafx.base.theme.Styles;
import dev.switchback.ui.app.PlanDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * Weekly load (planned and done) with the acute:chronic ratio, fitness/fatigue/form, and pack-mass
 * and carrying progression over the 12 weeks before and 8 after the week on screen.
 */
public final class ChartsPanel extends ScrollPane {
    private static final String STYLESHEET = ChartsPanel.class.getResource("charts.css").toExternalForm();

    private static final javafx.css.PseudoClass ON_SCREEN = javafx.css.PseudoClass.getPseudoClass("on-screen");
    private static final String TIP_KEY = "switchback.chart.point";
    private static final String TOOLTIP_KEY = "switchback.chart.tooltip";

    /** Room a horizontal "23 Nov" needs. */
    private static final double MIN_LABEL_PX = 48;

    private final ChartsViewModel model;
    private final BarChart<String, Number> load = barChart("AU", "load-chart");
    private final LineChart<String, Number> acwr = lineChart("ratio", "acwr-chart");
    private final LineChart<String, Number> fitness = lineChart("AU / day", "fitness-chart");
    private final LineChart<String, Number> pack = lineChart("kg", "pack-chart");
    private final BarChart<String, Number> carried = barChart("kg\u00b7km", "carried-chart");

    public static ChartsPanel create(PlanDocument document) {
        return new ChartsPanel(new ChartsViewModel(document));
    }

    /** The window's charts: drawn while {@code showing}, at most once a frame. */
    public static ChartsPanel create(PlanDocument document, javafx.beans.value.ObservableValue<Boolean> showing) {
        return new ChartsPanel(ChartsViewModel.forWindow(document, showing));
    }

    public ChartsPanel(ChartsViewModel model) {
        this.model = model;
        getStyleClass().addAll("charts-panel");
        getStylesheets().add(STYLESHEET);
        setFitToWidth(true);

        Label note = new Label("", new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
        note.setId("charts-history-note");
        note.getStyleClass().add("history-note");
        note.setWrapText(true);
        note.textProperty().bind(model.dataProperty().map(d -> d.map(ChartData::historyNote).orElse("")));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        acwr.setLegendVisible(false);
        carried.setLegendVisible(false);
        acwr.setPrefHeight(160);
        acwr.setMinHeight(150);
        HBox packRow = new HBox(12, pack, carried);
        HBox.setHgrow(pack, Priority.ALWAYS);
        HBox.setHgrow(carried, Priority.ALWAYS);
        pack.setPrefWidth(200);
        carried.setPrefWidth(200);

        VBox charts = new VBox(6,
                note,
                section("Weekly load", help("Load (AU)", MetricHelp.LOAD), help("Planned and done", MetricHelp.PLANNED_DONE)),
                load,
                section("Acute:chronic ratio", help("ACWR", MetricHelp.ACWR),
                        help("Dashed: spike flag at 1.5", MetricHelp.ACWR_FLAG)),
                acwr,
                section("Fitness, fatigue and form", help("Fitness (CTL)", MetricHelp.CTL),
                        help("Fatigue (ATL)", MetricHelp.ATL), help("Form (TSB)", MetricHelp.TSB),
                        help("Form %", MetricHelp.FORM_PCT)),
                fitness,
                section("Pack", help("Heaviest pack", MetricHelp.HEAVIEST_PACK), help("Carried", MetricHelp.CARRIED)),
                packRow);
        charts.getStyleClass().add("charts-content");
        charts.visibleProperty().bind(model.emptyMessageProperty().isEmpty());

        Label empty = new Label();
        empty.setId("charts-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        StackPane.setAlignment(empty, Pos.TOP_CENTER);

        setContent(new StackPane(charts, empty));
        model.dataProperty().addListener((obs, old, now) -> show(now));
        show(model.dataProperty().get());
    }

    public ChartsViewModel viewModel() {
        return model;
    }

    private void show(Optional<ChartData> maybe) {
        if (maybe.isEmpty()) {
            for (XYChart<String, Number> c : List.of(load, acwr, fitness, pack, carried)) {
                c.getData().clear();
            }
            return;
        }
        ChartData d = maybe.get();
        List<WeekPoint> weeks = d.weeks();
        // Fixed categories: a series that starts late must not push early weeks to the end of the axis.
        List<String> categories = weeks.stream().map(ChartsPanel::category).toList();
        for (XYChart<String, Number> c : List.of(load, acwr, fitness, pack, carried)) {
            CategoryAxis x = (CategoryAxis) c.getXAxis();
            if (!x.getCategories().equals(categories)) {
                c.getData().clear();
                x.getCategories().setAll(categories);
            }
        }
        update(load,
                series("Planned", weeks, w -> Optional.of(w.plannedAu()), (w, v) -> fmt(v, "AU")),
                series("Done", weeks, w -> Optional.of(w.doneAu()), (w, v) -> fmt(v, "AU")));
        update(acwr,
                series("ACWR", weeks, WeekPoint::acwr, (w, v) -> UnitFormat.ratio(v)),
                series("Spike flag (1.5)", weeks, w -> Optional.of(1.5), (w, v) -> "1.5: above this, a spike"));
        update(fitness,
                series("Fitness (CTL)", weeks, WeekPoint::ctl, (w, v) -> fmt(v, "AU/day")),
                series("Fatigue (ATL)", weeks, WeekPoint::atl, (w, v) -> fmt(v, "AU/day")),
                // Form % shares no axis with AU: the TSB points say it in words.
                series("Form (TSB)", weeks, WeekPoint::tsb, (w, v) -> fmt(v, "AU/day") + w.formPct()
                        .map(pct -> " (" + UnitFormat.signedPercent(pct / 100) + " of fitness)").orElse("")));
        ((NumberAxis) pack.getYAxis()).setLabel(d.packUnit());
        ((NumberAxis) carried.getYAxis()).setLabel(d.carriedUnit());
        update(pack,
                series("Heaviest pack", weeks, w -> w.inPlan() ? Optional.of(w.heaviestPack()) : Optional.empty(),
                        (w, v) -> fmt(v, d.packUnit())),
                series("20 % of body mass", weeks, w -> Optional.of(d.packCeiling()), (w, v) -> fmt(v, d.packUnit())));
        update(carried, series("Carried", weeks, w -> Optional.of(w.carried()), (w, v) -> fmt(v, d.carriedUnit())));
        String onScreen = weeks.stream().filter(WeekPoint::onScreen).map(ChartsPanel::category).findFirst().orElse("");
        for (XYChart<String, Number> c : List.of(load, acwr, fitness, pack, carried)) {
            for (XYChart.Series<String, Number> s : c.getData()) {
                for (XYChart.Data<String, Number> p : s.getData()) {
                    if (p.getNode() != null) {
                        p.getNode().pseudoClassStateChanged(ON_SCREEN, p.getXValue().equals(onScreen));
                        lazyTooltip(p);
                    }
                }
            }
        }
    }

    /**
     * Changes the values in place when the series have the same points as before, which keeps the
     * nodes (and is what an edit inside the visible weeks usually needs); otherwise replaces them.
     */
    @SafeVarargs
    private static void update(XYChart<String, Number> chart, XYChart.Series<String, Number>... fresh) {
        List<XYChart.Series<String, Number>> old = chart.getData();
        boolean samePoints = old.size() == fresh.length;
        for (int i = 0; samePoints && i < fresh.length; i++) {
            samePoints = old.get(i).getName().equals(fresh[i].getName())
                    && xs(old.get(i)).equals(xs(fresh[i]));
        }
        if (!samePoints) {
            chart.getData().setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.length; i++) {
            var oldPoints = old.get(i).getData();
            var newPoints = fresh[i].getData();
            for (int j = 0; j < newPoints.size(); j++) {
                var o = oldPoints.get(j);
                var n = newPoints.get(j);
                if (!o.getYValue().equals(n.getYValue())) {
                    o.setYValue(n.getYValue());
                }
                o.setExtraValue(n.getExtraValue());
            }
        }
    }

    private static List<String> xs(XYChart.Series<String, Number> s) {
        return s.getData().stream().map(XYChart.Data::getXValue).toList();
    }

    private static XYChart.Series<String, Number> series(String name, List<WeekPoint> weeks,
            Function<WeekPoint, Optional<Double>> value, java.util.function.BiFunction<WeekPoint, Double, String> text) {
        var s = new XYChart.Series<String, Number>();
        s.setName(name);
        for (WeekPoint w : weeks) {
            value.apply(w).ifPresent(v -> {
                var point = new XYChart.Data<String, Number>(category(w), v);
                point.setExtraValue("Week of " + w.label() + ": " + name.toLowerCase(Locale.ENGLISH) + " "
                        + text.apply(w, v));
                s.getData().add(point);
            });
        }
        return s;
    }

    /**
     * A point's tooltip is made when the pointer first reaches it and reads the point's current text
     * each time: a Tooltip is costly to build, and a chart has some 150 points.
     */
    private static void lazyTooltip(XYChart.Data<String, Number> point) {
        Node node = point.getNode();
        if (node.getProperties().containsKey(TIP_KEY)) {
            node.getProperties().put(TIP_KEY, point);
            return;
        }
        node.getProperties().put(TIP_KEY, point);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            Object current = node.getProperties().get(TIP_KEY);
            if (!(current instanceof XYChart.Data<?, ?> data) || !(data.getExtraValue() instanceof String text)) {
                return;
            }
            Object installed = node.getProperties().get(TOOLTIP_KEY);
            if (installed instanceof Tooltip t) {
                t.setText(text);
            } else {
                Tooltip t = new Tooltip(text);
                t.setShowDelay(Duration.millis(150));
                Tooltip.install(node, t);
                node.getProperties().put(TOOLTIP_KEY, t);
            }
        });
    }

    static String category(WeekPoint w) {
        return w.label();
    }

    /** A load or a load per day, whole, as the week and the month say it: "412 AU". */
    private static String fmt(double v, String unit) {
        return UnitFormat.load(v) + " " + unit;
    }

    private static Node section(String title, Node... helps) {
        Label t = new Label(title);
        t.getStyleClass().addAll("chart-title", Styles.TEXT_BOLD);
        FlowPane helpRow = new FlowPane(10, 4, helps);
        HBox.setHgrow(helpRow, Priority.ALWAYS);
        HBox row = new HBox(12, t, helpRow);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("chart-section");
        return row;
    }

    private static Node help(String name, String sentence) {
        Label l = new Label(name, new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
        l.getStyleClass().addAll("metric-help", Styles.TEXT_SMALL);
        Tooltip t = new Tooltip(sentence);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(Duration.millis(200));
        l.setTooltip(t);
        return l;
    }

    private static CategoryAxis weekAxis() {
        var x = new CategoryAxis();
        x.setAutoRanging(false);
        // Horizontal labels where they fit, slanted where the chart is narrow; decided here because
        // the axis' own choice reserves room for upright labels and leaves a gap.
        x.setTickLabelRotation(0);
        x.widthProperty().addListener((obs, old, now) -> {
            int n = Math.max(1, x.getCategories().size());
            x.setTickLabelRotation(now.doubleValue() / n < MIN_LABEL_PX ? -45 : 0);
        });
        return x;
    }

    private static BarChart<String, Number> barChart(String unit, String style) {
        var x = weekAxis();
        var y = new NumberAxis();
        y.setLabel(unit);
        var c = new BarChart<>(x, y);
        c.setAnimated(false);
        c.setBarGap(1);
        c.setCategoryGap(6);
        c.setPrefHeight(230);
        c.setMinHeight(180);
        c.getStyleClass().add(style);
        return c;
    }

    private static LineChart<String, Number> lineChart(String unit, String style) {
        var x = weekAxis();
        var y = new NumberAxis();
        y.setLabel(unit);
        y.setForceZeroInRange(false);
        var c = new LineChart<>(x, y);
        c.setAnimated(false);
        c.setPrefHeight(210);
        c.setMinHeight(170);
        c.getStyleClass().add(style);
        return c;
    }
}
