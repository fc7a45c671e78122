package dev.switchback.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.Severity;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.fake.FakePlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The panel over the real engine and its Fixes: a pack above a third of body mass, fixed and undone. */
class FindingsWithEngineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate NEXT_MONDAY = TODAY.plusWeeks(1);
    private static final LocalDate SATURDAY = NEXT_MONDAY.plusDays(5);

    private PlanDocument doc;
    private FindingsPanel panel;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.PRIMER_LIGHT, this::start);

    void start(Stage stage) {
        doc = new PlanDocument(FakePlans.empty(), Optional.empty(), p -> Engine.analyse(p, TODAY));
        doc.weekStartProperty().set(NEXT_MONDAY);
        panel = FindingsPanel.create(doc, Fixes::apply);
        stage.setScene(new Scene(panel, 560, 700));
        stage.show();
    }

    private boolean hasPackFinding() {
        return panel.viewModel().items().stream().anyMatch(i -> i.finding().ruleId().equals("pack-mass"));
    }

    @Test
    void blockingPackFindingAppearsIsFixedWithOneClickAndComesBackOnUndo(FxRobot robot) {
        assertThat(hasPackFinding()).isFalse();
        robot.interact(() -> doc.apply("Add hike", p -> p.withSession(
                FakePlans.session(SATURDAY, SessionKind.HIKE, "Heavy hike", 180, 12_000, 600, 25, 4))));

        FindingItem pack = panel.viewModel().items().stream()
                .filter(i -> i.finding().ruleId().equals("pack-mass")).findFirst().orElseThrow();
        assertThat(pack.severity()).isEqualTo(Severity.BLOCK);
        assertThat(pack.fix()).isInstanceOf(FindingItem.Fix.Applicable.class);

        Button apply = robot.lookup(".apply-fix")
                .match((Button b) -> b.getText().equals(FindingsText.applyLabel(pack.fix().text()))).queryButton();
        robot.clickOn(apply);
        assertThat(doc.getPlan().sessions().get(0).packKg()).isLessThanOrEqualTo(14.0);
        assertThat(hasPackFinding()).isFalse();

        robot.interact(doc::undo);
        assertThat(doc.getPlan().sessions().get(0).packKg()).isEqualTo(25.0);
        assertThat(hasPackFinding()).isTrue();
    }

    @Test
    void clickingTheFindingHighlightsItsDay(FxRobot robot) {
        robot.interact(() -> doc.apply("Add hike", p -> p.withSession(
                FakePlans.session(SATURDAY, SessionKind.HIKE, "Heavy hike", 180, 12_000, 600, 25, 4))));
        robot.clickOn(robot.lookup(".finding-block .finding-message").queryLabeled());
        assertThat(doc.highlightedDates()).containsExactly(SATURDAY);
    }

    /** An imperial athlete reads every finding's sentence in pounds, miles and feet, on the card and its fix. */
    @Test
    void anImperialAthleteReadsTheFindingsInPoundsAndMiles(FxRobot robot) {
        robot.interact(() -> doc.apply("Imperial", p -> p.withAthlete(p.athlete().withUnits(Units.IMPERIAL))));
        robot.interact(() -> doc.apply("Add hike", p -> p.withSession(
                FakePlans.session(SATURDAY, SessionKind.HIKE, "Heavy hike", 180, 12_000, 600, 25, 4))));

        assertThat(panel.viewModel().items()).isNotEmpty().allSatisfy(i -> {
            for (String shown : List.of(i.message(), i.why(), i.fix().text())) {
                assertThat(shown).doesNotContain("kg").doesNotContain(" km").doesNotContain("\uE000")
                        .doesNotContain("\uE001");
            }
        });
        FindingItem pack = panel.viewModel().items().stream()
                .filter(i -> i.finding().ruleId().equals("pack-mass")).findFirst().orElseThrow();
        assertThat(pack.message()).contains("55.1 lb");
        assertThat(robot.lookup(".finding-message").queryAllAs(Labeled.class)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.getText()).doesNotContain("kg"));

        // back to metric: the same findings say kg again
        robot.interact(() -> doc.apply("Metric", p -> p.withAthlete(p.athlete().withUnits(Units.METRIC))));
        FindingItem metric = panel.viewModel().items().stream()
                .filter(i -> i.finding().ruleId().equals("pack-mass")).findFirst().orElseThrow();
        assertThat(metric.message()).contains("25 kg").doesNotContain("lb");
    }
}
