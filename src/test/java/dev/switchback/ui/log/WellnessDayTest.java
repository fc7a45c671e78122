package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.HooperBand;
import java.util.List;
import org.junit.jupiter.api.Test;

class WellnessDayTest {

    @Test
    void aWeekHasSevenCellsColouredByTheHooperBand() {
        List<WellnessDay> week = WellnessDay.week(new LogSamples().plan(), LogSamples.MONDAY);
        assertThat(week).hasSize(7);
        assertThat(week).extracting(WellnessDay::band).containsExactly(HooperBand.WATCH, HooperBand.WATCH,
                HooperBand.WATCH, HooperBand.HIGH, HooperBand.NONE, HooperBand.NONE, HooperBand.NONE);
        assertThat(week.get(3).text()).isEqualTo("14");
        assertThat(week.get(3).tooltip()).isEqualTo("Thu 19 Nov: Hooper 14 of 28, high fatigue (above 12)\nsleep 4, stress 3,"
                + " fatigue 4, soreness 3 (1 best, 7 worst)\nmotivation 2, slept 7 h, resting HR 50");
        assertThat(week.get(4).tooltip()).isEqualTo("Fri 20 Nov: no check-in");
        assertThat(week.get(3).styleClass()).isEqualTo("hooper-high");
    }

    @Test
    void theStripFollowsTheRulesThresholdAfterASettingsChange() {
        var plan = new LogSamples().plan();
        plan = plan.withRules(plan.rules().withThresholds(java.util.Map.of("wellness-hooper.sumLimit", 14.0)));
        List<WellnessDay> week = WellnessDay.week(plan, LogSamples.MONDAY);
        assertThat(week.get(3).band()).isEqualTo(HooperBand.WATCH);
        assertThat(week.get(3).tooltip()).startsWith("Thu 19 Nov: Hooper 14 of 28, watch (9-14)\n");
    }

    @Test
    void scalesShowTheirWords() {
        assertThat(Scales.rpeAnchors()).containsExactly("0 Rest", "1 Very, very easy", "2 Easy", "3 Moderate",
                "4 Somewhat hard", "5 Hard", "7 Very hard", "10 Maximal");
        assertThat(Scales.rpe(6)).isEqualTo("6");
        assertThat(Scales.rpe(6.5)).isEqualTo("6.5");
        assertThat(Scales.feel(0)).isEqualTo("Not given");
        assertThat(Scales.hooperSleep(1)).isEqualTo("1 Very, very good");
        assertThat(Scales.hooperLevel(7)).isEqualTo("7 Very, very high");
    }
}
