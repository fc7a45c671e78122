package dev.switchback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.export.CsvExport;
import dev.switchback.export.WeekSheet;
import dev.switchback.export.WeekSheets;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.ui.week.WeekModels;
import dev.switchback.ui.week.WeekPresenter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13's proof: one value reads the same on the week card, the printed sheet and the CSV, in the athlete's
 * units, with the one rounding (89 min 40 s is "1 h 30" everywhere, 12 km is never "12.0 km").
 */
class OneVoiceTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    static Plan plan(Units units) {
        Session s = Session.of(MONDAY.plusDays(1), SessionKind.HIKE, "Pack hike", Duration.ofSeconds(89 * 60 + 40))
                .withId(new SessionId("s-1")).withDistanceM(12_000).withClimbM(640).withPackKg(12.46);
        return Plan.empty("Voice", Athlete.of("Ada", 68).withUnits(units)).withSession(s);
    }

    @ParameterizedTest
    @EnumSource(Units.class)
    void theCardTheSheetAndTheCsvSayTheSameNumbers(Units units) {
        Plan plan = plan(units);
        UnitFormat f = UnitFormat.of(units);
        String duration = "1 h 30";
        String distance = units == Units.METRIC ? "12 km" : "7.5 mi";
        String climb = units == Units.METRIC ? "640 m" : "2100 ft";
        String pack = units == Units.METRIC ? "12.5 kg" : "27.5 lb";
        assertThat(List.of(UnitFormat.duration(plan.sessions().get(0).duration()), f.distance(12_000), f.climb(640),
                f.mass(12.46))).containsExactly(duration, distance, climb, pack);

        WeekModels.Card card = new WeekPresenter(MONDAY).present(plan, Optional.empty(), MONDAY).days().get(1)
                .cards().get(0);
        assertThat(card.duration()).isEqualTo(duration);
        assertThat(card.details()).contains(distance, climb + " up").anySatisfy(d -> assertThat(d).startsWith(pack));

        WeekSheet.Entry entry = WeekSheets.build(plan, Optional.empty(), MONDAY).days().get(1).entries().get(0);
        assertThat(List.of(entry.duration(), entry.distance(), entry.climb(), entry.pack()))
                .containsExactly(duration, distance, climb, pack);

        String csv = CsvExport.content(plan, Optional.empty());
        String row = csv.lines().filter(l -> l.contains("s-1")).findFirst().orElseThrow();
        assertThat(row).contains("," + UnitFormat.minutes(plan.sessions().get(0).duration()) + ",")
                .contains("," + f.number(Measure.DISTANCE, 12_000) + "," + f.number(Measure.CLIMB, 640) + ",")
                .contains("," + f.number(Measure.MASS, 12.46) + ",");
        assertThat(distance).startsWith(f.number(Measure.DISTANCE, 12_000) + " ");
        assertThat(pack).startsWith(f.number(Measure.MASS, 12.46) + " ");
    }
}
