package dev.switchback.engine.adjust;

import static dev.switchback.engine.adjust.AdjustFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.adjust.Adjustment.Kind;
import dev.switchback.engine.adjust.Adjustment.Option;
import dev.switchback.engine.adjust.Adjustment.Trigger;
import dev.switchback.engine.rules.HooperIndex;
import dev.switchback.engine.rules.WeeklyRamp;
import dev.switchback.engine.rules.wellness.RpeAbovePlanRule;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Units;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdjusterTest {
    private static final UnitFormat METRIC = UnitFormat.of(Units.METRIC);

    static Adjustment adjust(Plan p, LocalDate today) {
        return Adjuster.of(p, Engine.analyse(p, today), today);
    }

    private static List<Kind> kinds(List<Option> options) {
        return options.stream().map(Option::kind).toList();
    }

    @Test
    void aPlanDoneAsPlannedAsksForNothing() {
        Adjustment a = adjust(AdjustFixtures.logged(TODAY), TODAY);
        assertThat(a.needed()).isFalse();
        assertThat(a.reasons()).isEmpty();
        assertThat(a.options()).isEmpty();
        assertThat(a.refused()).isEmpty();
    }

    @Test
    void yesterdaysSessionHasADayOfGraceTheDayBeforeIsMissed() {
        Plan clean = AdjustFixtures.logged(TODAY);
        assertThat(adjust(AdjustFixtures.withoutLogOn(clean, TODAY.minusDays(1)), TODAY).needed()).isFalse();
        // eight days ago is outside the look-back
        assertThat(adjust(AdjustFixtures.withoutLogOn(clean, TODAY.minusDays(8)), TODAY).needed()).isFalse();

        Adjustment a = adjust(AdjustFixtures.withoutLogOn(clean, TODAY.minusDays(2)), TODAY);
        assertThat(a.reasons()).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(Trigger.MISSED);
            assertThat(r.dates()).containsExactly(TODAY.minusDays(2));
            assertThat(r.text()).isEqualTo("1 session was not logged: Run on Tue 29 Dec.");
            assertThat(r.ruleId()).isEmpty();
        });
    }

    @Test
    void aMissedSessionIsShiftedToTheNextFreeDayNeverOnAnother() {
        Plan p = AdjustFixtures.withoutLogOn(AdjustFixtures.logged(TODAY), TODAY.minusDays(2));
        Adjustment a = adjust(p, TODAY);
        // Thursday (today) holds a run: the first free day is Friday
        assertThat(kinds(a.options())).containsExactly(Kind.SHIFT);
        Option o = a.options().get(0);
        assertThat(o.title()).isEqualTo("Do Run (missed on Tue 29 Dec) on Fri 1 Jan, a free day");
        assertThat(o.days()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(TODAY.plusDays(1));
            assertThat(d.before()).isEmpty();
            assertThat(d.after()).containsExactly("Run · 50 min · RPE 3");
        });
        assertThat(o.check(METRIC)).startsWith("Checked: no new warning in the weeks it touches (28 Dec 2026");
        assertThat(o.plan().logs()).isEqualTo(p.logs());
        assertThat(o.plan().sessionsOn(TODAY.minusDays(2))).hasSize(1); // the past stays as it was
    }

    @Test
    void noFreeDayInTheWindowMeansNoShiftRatherThanAStackedSession() {
        Plan p = AdjustFixtures.withoutLogOn(AdjustFixtures.logged(TODAY), TODAY.minusDays(2));
        // fill Friday and Monday, the only free days of the coming seven
        p = p.withSession(dev.switchback.engine.Plans.run(TODAY.plusDays(1), 3, 30))
                .withSession(dev.switchback.engine.Plans.run(TODAY.plusDays(4), 3, 30));
        Adjustment a = adjust(p, TODAY);
        assertThat(a.needed()).isTrue();
        assertThat(a.options()).isEmpty();
        assertThat(a.refused()).isEmpty();
        // the reason is still answered, in words
        assertThat(a.notes()).containsExactly("Run (missed on Tue 29 Dec) is let go: no day in 31 Dec 2026 – 6 Jan"
                + " 2027 is free to take it, and a missed session is not made up by doubling up.");
    }

    @Test
    void aFreeDayInTheWindowLeavesNoNote() {
        Plan p = AdjustFixtures.withoutLogOn(AdjustFixtures.logged(TODAY), TODAY.minusDays(2));
        assertThat(adjust(p, TODAY).notes()).isEmpty();
    }

    @Test
    void aTripDayIsNeverWrittenTheShiftGoesPastIt() {
        Plan p = AdjustFixtures.withoutLogOn(AdjustFixtures.logged(TODAY), TODAY.minusDays(2));
        Trip trip = new Trip(new TripId("t"), "Overnight", TODAY.plusDays(1), List.of(TripStage.of(Duration.ofHours(3),
                9000, 300, 8)), Terrain.TRAIL, false, "");
        Adjustment a = adjust(p.withTrip(trip), TODAY);
        assertThat(a.options()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Kind.SHIFT);
            assertThat(o.days()).extracting(Adjustment.DayChange::date).containsExactly(TODAY.plusDays(4));
            assertThat(o.plan().trips()).containsExactly(trip);
        });
    }

    @Test
    void twoMissedInAWeekOfferToRepeatTheWeekInTheWeekAfter() {
        LocalDate fri = TODAY.plusDays(1);
        Plan p = AdjustFixtures.withoutLogOn(AdjustFixtures.logged(fri), fri.minusDays(3), fri.minusDays(2));
        Adjustment a = adjust(p, fri);
        assertThat(a.reasons()).singleElement().extracting(Adjustment.Reason::text)
                .isEqualTo("2 sessions were not logged: Run on Tue 29 Dec, Intervals on Wed 30 Dec.");
        assertThat(kinds(a.options())).containsExactly(Kind.REPEAT_WEEK);
        Option repeat = a.options().get(0);
        LocalDate next = TODAY.minusDays(3).plusWeeks(1);
        assertThat(repeat.title()).startsWith("Repeat the week of 28 Dec (2 sessions missed): the week of 4 Jan");
        assertThat(repeat.days()).extracting(Adjustment.DayChange::date).containsExactly(next.plusDays(1),
                next.plusDays(2), next.plusDays(3), next.plusDays(5), next.plusDays(6));
        for (int i = 0; i < 7; i++) {
            LocalDate d = next.plusDays(i);
            assertThat(repeat.plan().sessionsOn(d)).extracting(Session::duration)
                    .containsExactlyElementsOf(p.sessionsOn(d.minusDays(7)).stream().map(Session::duration).toList());
            assertThat(repeat.plan().sessionsOn(d)).allMatch(s -> s.id().value().startsWith("adjust-" + d));
        }
        // making the intervals up on Friday, the free day, is refused by the rules (hard days back to back)
        assertThat(a.refused()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Kind.SHIFT);
            assertThat(o.newFindings()).extracting(f -> f.ruleId()).containsExactly("hard-days-back-to-back");
            assertThat(o.check(METRIC)).startsWith("Not offered: it would add WARN hard-days-back-to-back in the"
                    + " week of 28 Dec: ");
        });
    }

    @Test
    void outingsLoggedHarderThanPlannedOfferAnEasierLoadAndSayWhichTheRulesRefuse() {
        Plan clean = AdjustFixtures.logged(TODAY);
        Plan p = AdjustFixtures.ratedOn(AdjustFixtures.ratedOn(clean, TODAY.minusDays(2), 6), TODAY.minusDays(1), 9);
        Adjustment a = adjust(p, TODAY);
        assertThat(a.reasons()).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(Trigger.HARDER);
            assertThat(r.ruleId()).contains(RpeAbovePlanRule.ID);
            assertThat(r.text()).startsWith("Logged effort was 2 or more points above plan on 2 sessions");
        });
        assertThat(kinds(a.options())).containsExactly(Kind.EASY, Kind.SHORTEN);
        Option easy = a.options().get(0);
        assertThat(easy.title()).isEqualTo("Swap Long pack hike on Sat 2 Jan for an easy run of 45 min at RPE 3");
        assertThat(easy.days()).singleElement().satisfies(d -> {
            assertThat(d.before()).containsExactly("Long pack hike · 3 h · 6.8 kg pack · RPE 4");
            assertThat(d.after()).containsExactly("Easy run · 45 min · 6 km · RPE 3");
        });
        Option shorten = a.options().get(1);
        assertThat(shorten.title()).isEqualTo("Shorten the 5 sessions of 31 Dec 2026 – 6 Jan 2027 to 70 % (effort kept)");
        assertThat(shorten.days()).hasSize(5);
        assertThat(shorten.plan().sessionsOn(TODAY.plusDays(2)).get(0).duration()).isEqualTo(Duration.ofMinutes(125));
        // skipping the long day, or moving it to Monday, makes next week a ramp: not offered, and said why
        assertThat(kinds(a.refused())).containsExactly(Kind.SKIP, Kind.SHIFT);
        assertThat(a.refused()).allSatisfy(o -> assertThat(o.newFindings()).extracting(f -> f.ruleId())
                .contains(WeeklyRamp.ID));
        assertThat(a.option("1")).contains(easy);
        assertThat(a.option("shorten")).contains(shorten);
        assertThat(a.option("skip")).isEmpty();
        assertThat(a.option("9")).isEmpty();
    }

    @Test
    void aRedWellnessRunSaysTiredAndOffersALighterWeek() {
        Plan p = AdjustFixtures.logged(TODAY);
        for (int i = 1; i <= 3; i++) {
            p = p.withWellnessEntry(AdjustFixtures.tired(TODAY.minusDays(i)));
        }
        Adjustment a = adjust(p, TODAY);
        assertThat(a.reasons()).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(Trigger.TIRED);
            assertThat(r.ruleId()).contains(HooperIndex.ID);
        });
        assertThat(a.summary()).startsWith("Tired: Your Hooper index");
        assertThat(kinds(a.options())).containsExactly(Kind.SHORTEN);
        assertThat(a.options().get(0).why()).contains("Meeusen");
        assertThat(kinds(a.refused())).containsExactly(Kind.EASY, Kind.SKIP, Kind.SHIFT);
        assertThat(a.options().get(0).plan().wellness()).isEqualTo(p.wellness());
    }

    @Test
    void tiredWithNothingPlannedAheadSaysSoInsteadOfOfferingNothing() {
        Plan p = AdjustFixtures.logged(TODAY);
        for (int i = 1; i <= 3; i++) {
            p = p.withWellnessEntry(AdjustFixtures.tired(TODAY.minusDays(i)));
        }
        for (Session s : p.sessions()) {
            if (!s.date().isBefore(TODAY)) {
                p = p.withoutSession(s.id());
            }
        }
        Adjustment a = adjust(p, TODAY);
        assertThat(a.reasons()).extracting(Adjustment.Reason::trigger).containsExactly(Trigger.TIRED);
        assertThat(a.options()).isEmpty();
        assertThat(a.refused()).isEmpty();
        assertThat(a.notes()).containsExactly("No session is planned for 31 Dec 2026 – 6 Jan 2027 that could be made"
                + " easier: keep those days easy.");
    }

    @Test
    void aLoggedTodayIsNotWritten() {
        Plan p = AdjustFixtures.ratedOn(AdjustFixtures.ratedOn(AdjustFixtures.logged(TODAY.plusDays(1)),
                TODAY.minusDays(2), 6), TODAY.minusDays(1), 9);
        Adjustment a = adjust(p, TODAY);
        assertThat(a.options()).isNotEmpty().allSatisfy(o -> assertThat(o.days())
                .noneMatch(d -> d.date().equals(TODAY)));
    }

    @Test
    void theReasonsAloneAreTheFullAdjustmentsReasons() {
        Plan p = AdjustFixtures.withoutLogOn(AdjustFixtures.logged(TODAY), TODAY.minusDays(2));
        var analysis = Engine.analyse(p, TODAY);
        assertThat(Adjuster.reasons(p, analysis, TODAY)).isEqualTo(Adjuster.of(p, analysis, TODAY).reasons());
        assertThat(Optional.of(adjust(p, TODAY))).contains(adjust(p, TODAY));
    }
}
