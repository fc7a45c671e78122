package dev.switchback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Printable;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.fake.FakeEngine;
import dev.switchback.ui.fake.FakePlans;
import dev.switchback.ui.findings.FindingsViewModel;
import dev.switchback.ui.week.WeekPresenter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16: a shared plan's titles reach the window escaped (cards, trip bands, the goal line, finding sentences
 * and suggestions, undo descriptions), so an escape code, a NUL, a bidi override or a line break in a title can
 * neither garble the screen nor make one text read as another.
 */
class PlanTextsOnScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'Hill \u001b[31mrepeats'; 'Hill \\u001b[31mrepeats'",
            "'Nul\u0000l'; 'Nul\\u0000l'",
            "'Rest \u202eyad'; 'Rest \\u202eyad'",
            "'Two\nlines'; 'Two\\nlines'"})
    void titlesWithControlCharactersAreShownEscaped(String title, String shown) {
        var doc = new PlanDocument(FakePlans.empty(), Optional.empty());
        doc.weekStartProperty().set(MONDAY);
        Trip trip = new Trip(new TripId("t"), title, MONDAY.plusDays(3), List.of(TripStage.of(Duration.ofHours(5),
                15_000, 800, 9)), Terrain.TECHNICAL, false, "");
        doc.apply("Add " + title, p -> p.withSession(
                FakePlans.session(MONDAY.plusDays(5), SessionKind.HIKE, title, 150, 12_000, 600, 18, 4)).withTrip(trip));

        WeekPresenter.WeekScreen screen = new WeekPresenter(MONDAY).present(doc.getPlan(), Optional.empty(), MONDAY);
        var texts = new ArrayList<String>();
        screen.days().forEach(d -> d.cards().forEach(c -> texts.add(c.title())));
        screen.days().forEach(d -> d.tripStage().ifPresent(texts::add));
        screen.trips().forEach(b -> texts.add(b.title()));
        assertThat(texts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(t -> {
            assertThat(Printable.hasControl(t)).as(t).isFalse();
            assertThat(t).contains(shown);
        });

        var findings = new FindingsViewModel(doc, FakeEngine.analysisOf(doc), Optional.empty());
        assertThat(findings.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(Printable.hasControl(i.message())).as(i.message()).isFalse();
            assertThat(Printable.hasControl(i.fix().text())).isFalse();
        });
        assertThat(findings.items()).anySatisfy(i -> assertThat(i.message()).contains(shown));

        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Add " + shown);
    }
}
