package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass series: the arrays by day index say what the days, metrics and averages say. */
class DailySeriesTest {

    /** Ids with the separator and the characters either side of it, to catch a wrong virtual concatenation. */
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ab|{}0~ ").ofMinLength(0).ofMaxLength(4);
    }

    @Property(tries = 500)
    void keysCompareAsTheirJoinedStrings(@ForAll("ids") String a0, @ForAll("ids") String a1, @ForAll("ids") String a2,
            @ForAll("ids") String b0, @ForAll("ids") String b1, @ForAll("ids") String b2) {
        int joined = (a0 + "|" + a1 + "|" + a2).compareTo(b0 + "|" + b1 + "|" + b2);
        assertThat(Integer.signum(DailySeries.compareKeys(a0, a1, a2, b0, b1, b2))).isEqualTo(Integer.signum(joined));
    }

    @Property(tries = 80)
    void theArraysByDayIndexAreTheDaysLoadsAndAverages(@ForAll(supplier = PlanGenerators.AnyPlan.class) Plan plan, @ForAll(supplier = PlanGenerators.AnyToday.class) int t) {
        LocalDate today = PlanGenerators.today(t);
        var a = (Analysis) Engine.analyse(plan, today);
        long[] bounds = DailySeries.bounds(PlanOrder.canonical(plan));
        if (plan.firstDate().isEmpty()) {
            assertThat(bounds).isNull();
            assertThat(a.dayCount()).isZero();
            return;
        }
        assertThat(bounds).containsExactly(plan.firstDate().get().toEpochDay(), plan.lastDate().get().toEpochDay());
        assertThat(a.firstEpoch()).isEqualTo(plan.firstDate().get().toEpochDay());
        assertThat(a.dayCount()).isEqualTo(a.days().size());
        assertThat(a.dayIndex(plan.firstDate().get().minusDays(1))).isEqualTo(-1);
        assertThat(a.dayIndex(plan.lastDate().get().plusDays(1))).isEqualTo(-1);
        for (int i = 0; i < a.dayCount(); i++) {
            LocalDate date = LocalDate.ofEpochDay(a.firstEpoch() + i);
            DayLoad d = a.day(date);
            assertThat(a.dayIndex(date)).isEqualTo(i);
            assertThat(a.dayAt(i)).isEqualTo(d);
            assertThat(a.loads()[i]).isEqualTo(d.loadAu());
            assertThat(a.plannedLoads()[i]).isEqualTo(d.plannedAu());
            assertThat(a.doneLoads()[i]).isEqualTo(d.doneAu());
            assertThat(a.runningKms()[i]).isEqualTo(d.runningKm());
            assertThat(a.climbs()[i]).isEqualTo(d.climbM());
            assertThat(a.heaviestPacks()[i]).isEqualTo(d.heaviestPackKg());
            assertThat(a.packKgKms()[i]).isEqualTo(d.packKgKm());
            assertThat(a.longestMinutes()[i]).isEqualTo(d.longestMinutes());
            assertThat(a.hardDays()[i]).isEqualTo(d.hard());
            assertThat(a.tripDays()[i]).isEqualTo(d.tripDay());
            assertThat(a.loads()[i] <= 0).isEqualTo(d.rest());
            assertThat(a.loadedKms()[i]).isEqualTo(a.loadedKm(date));
            assertThat(a.loadedDescents()[i]).isEqualTo(a.loadedDescentM(date));
            assertThat(a.acute()[i]).isEqualTo(a.acuteEwma(date));
            assertThat(a.chronic()[i]).isEqualTo(a.chronicEwma(date));
            assertThat(a.outingsAt(i)).isEqualTo(a.outings(date));
            assertThat(a.wellnessAt(i)).isEqualTo(plan.wellnessOn(date));
            // the day's totals are those of the outings that count, summed in their order
            double load = 0;
            double longest = 0;
            for (Outing o : a.outings(date)) {
                load += o.au();
                longest = Math.max(longest, o.minutes());
            }
            assertThat(d.loadAu()).isEqualTo(load);
            assertThat(d.longestMinutes()).isEqualTo(longest);
            // the loads, built when read: one per session, trip day and log of the day
            assertThat(d.loads()).hasSize(plan.sessionsOn(date).size() + plan.tripsOn(date).size()
                    + plan.logsOn(date).size());
        }
    }
}
