package dev.switchback.engine.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.GeneratedPlans;
import dev.switchback.format.Sentence;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.model.Units;
import dev.switchback.store.SamplePlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 section 2: every rule's sentences (message, why, suggestion) are said in the athlete's units.
 * Over the judgement scenarios, the sample plan and a generated ten-year plan, an imperial athlete reads
 * no kg, km or metre, nobody reads a marker, and the metric sentences are those of {@code message()}
 * (the golden files').
 */
class FindingsInTheAthletesUnitsTest {
    private static final UnitFormat METRIC = UnitFormat.of(Units.METRIC);
    private static final UnitFormat IMPERIAL = UnitFormat.of(Units.IMPERIAL);
    /** A metric unit after a number or standing alone: "24 kg", "(68 kg)", "12 km", "640 m up". */
    private static final Pattern METRIC_UNIT = Pattern.compile("\\bkg\\b|\\bkm\\b|\\d m\\b");

    record Checked(String where, Finding finding) {
    }

    static List<Checked> findings() {
        var all = new ArrayList<Checked>();
        for (JudgementScenarios.Scenario s : JudgementScenarios.all()) {
            Engine.analyse(s.plan(), s.today()).findings(JudgementScenarios.W.minusWeeks(2),
                    JudgementScenarios.W.plusDays(6)).forEach(f -> all.add(new Checked(s.name(), f)));
        }
        LocalDate today = LocalDate.of(2026, 11, 27);
        Plan sample = SamplePlan.create(today);
        everything(sample, today).forEach(f -> all.add(new Checked("sample plan", f)));
        Plan years = GeneratedPlans.years(10, 42);
        everything(years, GeneratedPlans.today(years)).forEach(f -> all.add(new Checked("ten years", f)));
        return all;
    }

    private static List<Finding> everything(Plan plan, LocalDate today) {
        return Engine.analyse(plan, today).findings(plan.firstDate().orElseThrow(), plan.lastDate().orElseThrow());
    }

    @Test
    void anImperialAthleteReadsNoMetricUnitAndNobodyReadsAMarker() {
        List<Checked> checked = findings();
        var rules = new TreeSet<String>();
        for (Checked c : checked) {
            Finding f = c.finding();
            rules.add(f.ruleId());
            for (String imperial : List.of(f.messageIn(IMPERIAL), f.whyIn(IMPERIAL), f.suggestionText(IMPERIAL))) {
                assertThat(Sentence.hasMarker(imperial)).as(c.where() + ": " + imperial).isFalse();
                assertThat(METRIC_UNIT.matcher(imperial).find()).as(c.where() + " " + f.ruleId() + ": " + imperial)
                        .isFalse();
            }
            assertThat(f.messageIn(METRIC)).isEqualTo(f.message());
            assertThat(f.whyIn(METRIC)).isEqualTo(f.why());
            assertThat(f.suggestionText(METRIC)).isEqualTo(f.suggestion().text());
            for (String metric : List.of(f.message(), f.why(), f.suggestion().text())) {
                assertThat(Sentence.hasMarker(metric)).as(c.where() + ": " + metric).isFalse();
            }
        }
        // the rules that write masses, distances and climbs are among those checked
        assertThat(rules).contains("pack-mass", "pack-mass-jump", "heavy-carry-spacing", "loaded-descent");
    }
}
