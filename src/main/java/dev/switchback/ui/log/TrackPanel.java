package dev.switchback.ui.log;

import dev.switchback.format.UnitFormat;
import dev.switchback.engine.HeartRateSummary;
import dev.switchback.engine.HeartRateZones;
import dev.switchback.ui.log.OutingLogViewModel.TrackView;
import java.time.Duration;
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
 * heart-rate zone (the engine's {@link HeartRateZones}). Only shows what the view-model gives.
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
        if (t.heartRate().isEmpty()) {
            return List.of(title, hint("No heart rate in the file."));
        }
        HeartRateSummary hr = t.heartRate().get();
        if (hr.zones().isEmpty() || t.maxHeartRate().isEmpty()) {
            return List.of(title, hint("Average " + hr.average() + ", maximum " + hr.maximum() + " bpm. Set your"
                    + " maximum heart rate in Settings to see the zones."));
        }
        int max = t.maxHeartRate().get();
        long total = Math.max(1, hr.timed().toSeconds());
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(3);
        for (int z = HeartRateZones.ZONES; z >= 1; z--) {
            Duration d = hr.zones().get().get(z - 1);
            String range = HeartRateZones.lowerBound(z, max) + (z < HeartRateZones.ZONES
                    ? "-" + (HeartRateZones.lowerBound(z + 1, max) - 1) : "+");
            Label name = new Label("Z" + z);
            name.setId("log-zone-" + z);
            Label bpm = new Label(range);
            bpm.getStyleClass().add("hint");
            Region bar = new Region();
            bar.getStyleClass().addAll("zone-bar", "zone-" + z);
            double fraction = (double) d.toSeconds() / total;
            bar.setPrefWidth(Math.max(1, 120 * fraction));
            bar.setMinHeight(10);
            bar.setMaxHeight(10);
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane track = new StackPane(bar);
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefWidth(122);
            track.setMinWidth(122);
            track.getStyleClass().add("zone-track");
            Label time = new Label(UnitFormat.durationInput(d) + " · " + Math.round(100 * fraction) + " %");
            time.setId("log-zone-" + z + "-time");
            g.addRow(HeartRateZones.ZONES - z, name, bpm, track, time);
        }
        String trimp = hr.trimp().map(v -> "Banister TRIMP " + Math.round(v) + ", a cross-check of the RPE load.")
                .orElse("Set your resting heart rate in Settings for the Banister TRIMP.");
        return List.of(title, g, hint("Average " + hr.average() + ", maximum " + hr.maximum() + " bpm. Zones: % of"
                + " your maximum (" + max + " bpm), Edwards 1993."), hint(trimp));
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(300);
        return l;
    }
}
