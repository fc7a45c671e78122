package dev.switchback.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.SessionKind;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.fake.FakeEngine;
import dev.switchback.ui.fake.FakePlans;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class FindingsPanelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    private PlanDocument doc;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.PRIMER_LIGHT, this::start);

    void start(Stage stage) {
        doc = new PlanDocument(FakePlans.empty(), Optional.empty());
        doc.weekStartProperty().set(MONDAY);
        var panel = new FindingsPanel(new FindingsViewModel(doc, FakeEngine.analysisOf(doc),
                Optional.of(FakeEngine::fix)));
        stage.setScene(new Scene(panel, 520, 600));
        stage.show();
    }

    private void addHeavyHike(FxRobot robot) {
        robot.interact(() -> doc.apply("Add hike", p -> p.withSession(
                FakePlans.session(SATURDAY, SessionKind.HIKE, "Ridge hike", 150, 12_000, 600, 15, 4))));
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void findingAppearsAndDisappearsAsThePlanChanges(FxRobot robot) {
        assertThat(robot.lookup(".finding-card").queryAll()).isEmpty();
        assertThat(robot.lookup("#findings-empty").queryAs(Label.class).getText())
                .isEqualTo(FindingsText.NO_FINDINGS);

        addHeavyHike(robot);
        assertThat(robot.lookup(".finding-card").queryAll()).hasSize(1);
        assertThat(robot.lookup(".finding-message").queryAs(Label.class).getText())
                .isEqualTo("Ridge hike carries 15 kg, more than 20 % of body mass.");
        assertThat(robot.lookup("#findings-summary").queryAs(Label.class).getText()).isEqualTo("1 warning");
        assertThat(showing(robot, ".empty-box")).isFalse();

        robot.interact(doc::undo);
        assertThat(robot.lookup(".finding-card").queryAll()).isEmpty();
        assertThat(showing(robot, ".empty-box")).isTrue();
    }

    @Test
    void clickingAFindingHighlightsItsDays(FxRobot robot) {
        addHeavyHike(robot);
        robot.clickOn(".finding-message");
        assertThat(doc.highlightedDates()).containsExactly(SATURDAY);
        assertThat(robot.lookup(".finding-card").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("selected"));
    }

    @Test
    void applyingTheSuggestedFixCanBeUndone(FxRobot robot) {
        addHeavyHike(robot);
        Button apply = robot.lookup(".apply-fix").queryButton();
        assertThat(apply.getText()).isEqualTo("Apply: cap Ridge hike's pack at 14 kg");
        robot.clickOn(apply);
        assertThat(doc.getPlan().sessions().get(0).packKg()).isEqualTo(14.0);
        assertThat(robot.lookup(".finding-card").queryAll()).isEmpty();

        robot.interact(doc::undo);
        assertThat(doc.getPlan().sessions().get(0).packKg()).isEqualTo(15.0);
        assertThat(robot.lookup(".finding-card").queryAll()).hasSize(1);
    }

    @Test
    void whyIsShownOnRequest(FxRobot robot) {
        addHeavyHike(robot);
        assertThat(showing(robot, ".finding-why")).isFalse();
        robot.clickOn("Why?");
        assertThat(showing(robot, ".finding-why")).isTrue();
    }

    @Test
    void aFindingThatComesOrGoesLeavesTheOtherCardsAsTheyWere(FxRobot robot) {
        addHeavyHike(robot);
        robot.clickOn("Why?");
        Node first = robot.lookup(".finding-card").query();

        robot.interact(() -> doc.apply("Add second hike", p -> p.withSession(
                FakePlans.session(SATURDAY.plusDays(1), SessionKind.HIKE, "Valley hike", 150, 12_000, 600, 16, 4))));
        assertThat(robot.lookup(".finding-card").queryAll()).hasSize(2).contains(first);

        robot.interact(doc::undo);
        assertThat(robot.lookup(".finding-card").queryAll()).containsExactly(first);
        assertThat(showing(robot, ".finding-why")).as("its Why? stays open").isTrue();
    }

    @Test
    void aFindingWhoseNumbersChangeKeepsItsCardWithTheNewTextAndFix(FxRobot robot) {
        addHeavyHike(robot);
        Node before = robot.lookup(".finding-card").query();
        robot.interact(() -> doc.apply("Heavier", p -> p.withSession(p.sessions().get(0).withPackKg(18))));
        assertThat(robot.lookup(".finding-card").queryAll()).singleElement().isSameAs(before);
        assertThat(robot.lookup(".finding-message").queryAs(Label.class).getText())
                .isEqualTo("Ridge hike carries 18 kg, more than 20 % of body mass.");

        robot.clickOn(".apply-fix");
        assertThat(doc.getPlan().sessions().get(0).packKg()).as("the fix of the shown version").isEqualTo(14.0);
    }
}
