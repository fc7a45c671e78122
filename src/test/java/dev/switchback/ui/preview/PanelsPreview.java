package dev.switchback.ui.preview;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.switchback.model.Plan;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;
import dev.switchback.ui.charts.ChartsPanel;
import dev.switchback.ui.charts.ChartsViewModel;
import dev.switchback.ui.fake.FakeEngine;
import dev.switchback.ui.fake.FakePlans;
import dev.switchback.ui.findings.FindingsPanel;
import dev.switchback.ui.findings.FindingsViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.beans.property.SimpleObjectProperty;
import dev.switchback.store.DataFolder;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.settings.SettingsView;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Shows the panels with the fake engine's data, to look at them and take screenshots under Xvfb.
 * Arguments: {@code light|dark}, {@code findings|charts|settings|all}, {@code fake} for charts
 * over the fake engine, and optional seconds before it closes.
 */
public final class PanelsPreview {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    static Plan plan() {
        Plan p = FakePlans.steady(MONDAY, 14, 9);
        return p.withSession(FakePlans.session(MONDAY.plusDays(5), SessionKind.BACKPACKING_DAY, "Ridge traverse",
                330, 22_000, 1_400, 17, 5));
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            boolean dark = args.contains("dark");
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            var doc = new PlanDocument(plan(), Optional.empty());
            doc.weekStartProperty().set(MONDAY);
            var sample = new PlanDocument(SamplePlan.create(LocalDate.now()), Optional.empty());
            var findings = args.contains("fake") ? new FindingsPanel(new FindingsViewModel(doc,
                    FakeEngine.analysisOf(doc), Optional.of(FakeEngine::fix))) : FindingsPanel.create(sample);
            // The real engine on the sample plan, or with "fake" the fake engine on a made-up plan.
            var charts = args.contains("fake") ? new ChartsPanel(new ChartsViewModel(doc,
                    FakeEngine.analysisOf(doc, MONDAY.plusDays(2)))) : ChartsPanel.create(sample);
            var theme = new SimpleObjectProperty<>(dark ? Theme.DARK : Theme.LIGHT);
            theme.addListener((obs, old, now) -> now.apply());
            var settings = SettingsView.create(sample, theme, Optional.of(DataFolder.resolve()),
                    dev.switchback.ui.common.BackgroundRunner.inline());
            String what = args.stream().filter(a -> List.of("findings", "charts", "settings").contains(a))
                    .findFirst().orElse("all");
            Scene scene = switch (what) {
                case "findings" -> new Scene(findings, 560, 640);
                case "charts" -> new Scene(charts, 1200, 1120);
                case "settings" -> new Scene(settings, 680, 860);
                default -> {
                    var tabs = new TabPane(new Tab("Charts", charts), new Tab("Settings", settings));
                    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
                    var split = new SplitPane(findings, tabs);
                    split.setDividerPositions(0.36);
                    yield new Scene(split, 1440, 900);
                }
            };
            stage.setTitle("Switchback panels preview");
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            // Tells the screenshot script that the first frames have been drawn.
            var ready = new PauseTransition(Duration.seconds(1.5));
            ready.setOnFinished(e -> System.out.println("PREVIEW READY"));
            ready.play();
            args.stream().filter(a -> a.matches("\\d+")).findFirst().ifPresent(s -> {
                var close = new PauseTransition(Duration.seconds(Integer.parseInt(s)));
                close.setOnFinished(e -> Platform.exit());
                close.play();
            });
        }
    }
}
