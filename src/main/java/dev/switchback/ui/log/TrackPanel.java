package dev.switchback.ui.log;

import dev.switchback.ui.log.OutingLogViewModel.TrackView;
import dev.switchback.ui.log.OutingLogViewModel.ZoneRow;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Beside the log form, once a track is imported: its elevation profile and the time in each
 * heart-rate zone. Only shows what the view-model's {@link TrackView} holds.
 */
final class TrackPanel extends HBox {
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final AreaChart<Number, Number> profile = new AreaChart<>(x, y);
    private final VBox zones = new VBox(3);

    TrackPanel(OutingLogViewModel vm) {
        setId("log-track");
        getStyleClass().add("track-panel");
        setSpacing(14);
        setPadding(new Insets(4, 0, 4, 0));
        profile.setId("log-profile");
        profile.setLegendVisible(false);
        profile.setCreateSymbols(false);
        profile.setAnimated(false);
        profile.setPrefSize(380, 150);
        profile.setMinHeight(130);
        profile.setTitle("Elevation profile");
        profile.setStyle("-fx-font-size: 0.85em;");
        x.setForceZeroInRange(true);
        y.setForceZeroInRange(false);
        zones.setId("log-zones");
        zones.setPrefWidth(300);
        HBox.setHgrow(profile, Priority.ALWAYS);
        getChildren().addAll(profile, zones);
        vm.trackProperty().addListener((obs, was, now) -> show(now));
        show(vm.trackProperty().get());
    }

    private void show(Optional<TrackView> track) {
        setVisible(track.isPresent());
        setManaged(track.isPresent());
        if (track.isEmpty()) {
            return;
        }
        TrackView t = track.get();
        x.setLabel("Distance (" + t.distanceUnit() + ")");
        y.setLabel("Elevation (" + t.climbUnit() + ")");
        var series = new XYChart.Series<Number, Number>();
        for (double[] p : t.profile()) {
            series.getData().add(new XYChart.Data<>(p[0], p[1]));
        }
        profile.getData().setAll(List.of(series));
        profile.setVisible(!t.profile().isEmpty());
        profile.setManaged(!t.profile().isEmpty());
        zones.getChildren().setAll(zoneRows(t));
    }

    private static List<javafx.scene.Node> zoneRows(TrackView t) {
        Label title = new Label("Time in heart-rate zones");
        title.setStyle("-fx-font-weight: bold;");
        var nodes = new java.util.ArrayList<javafx.scene.Node>(List.of(title));
        if (!t.zones().isEmpty()) {
            GridPane g = new GridPane();
            g.setHgap(6);
            g.setVgap(3);
            int row = 0;
            for (ZoneRow z : t.zones()) {
                Label name = new Label(z.name());
                name.setId("log-zone-" + z.zone());
                Label bpm = new Label(z.heartRates());
                bpm.getStyleClass().add("hint");
                Region bar = new Region();
                bar.getStyleClass().addAll("zone-bar", "zone-" + z.zone());
                bar.setPrefWidth(Math.max(1, 120 * z.fraction()));
                bar.setMinHeight(10);
                bar.setMaxHeight(10);
                bar.setMinWidth(Region.USE_PREF_SIZE);
                bar.setMaxWidth(Region.USE_PREF_SIZE);
                StackPane track = new StackPane(bar);
                track.setAlignment(Pos.CENTER_LEFT);
                track.setPrefWidth(122);
                track.setMinWidth(122);
                track.getStyleClass().add("zone-track");
                Label time = new Label(z.timeText());
                time.setId("log-zone-" + z.zone() + "-time");
                g.addRow(row++, name, bpm, track, time);
            }
            nodes.add(g);
        }
        t.notes().forEach(n -> nodes.add(hint(n)));
        return nodes;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(300);
        return l;
    }
}
