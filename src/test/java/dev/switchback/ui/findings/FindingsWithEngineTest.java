package dev.switchback.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.Severity;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.fake.FakePlans;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The panel over the real engine and its Fixes: a pack above a third of body mass, fixed and undone. */
@ExtendWith(ApplicationExtension.class)
class FindingsWithEngineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate NEXT_MONDAY = TODAY.plusWeeks(1);
    private static final LocalDate SATURDAY = NEXT_MONDAY.plusDays(5);

    private PlanDocument doc;
    private FindingsPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
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
}
