package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.format.Measure;
import dev.switchback.format.Sentence;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The findings' order: severity, first date, rule id, and the message only where those tie. */
class PlanCheckOrderTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Source SOURCE = new Source("test", Evidence.JUDGEMENT);

    /** The order as it was written before (key extractors), the reference for the written-out one. */
    static final Comparator<Finding> BY_KEYS = Comparator.comparing(Finding::severity)
            .thenComparing(PlanCheck::firstDate)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private static Finding lazy(String rule, Severity severity, LocalDate first, String message, AtomicInteger built) {
        return Finding.lazy(rule, severity, MONDAY, first == null ? List.of() : List.of(first), 1, 1, "", SOURCE,
                () -> {
                    built.incrementAndGet();
                    return message;
                }, () -> "why", () -> new Suggestion.Advice("rest"));
    }

    @Test
    void findingsThatDifferInSeverityDateOrRuleAreOrderedWithoutBuildingTheirMessage() {
        var built = new AtomicInteger();
        var list = new ArrayList<>(List.of(
                lazy("weekly-ramp", Severity.WARN, MONDAY.plusDays(2), "c", built),
                lazy("acwr", Severity.WARN, MONDAY.plusDays(2), "b", built),
                lazy("taper", Severity.BLOCK, MONDAY.plusDays(6), "z", built),
                lazy("acwr", Severity.INFO, MONDAY, "a", built),
                lazy("acwr", Severity.WARN, null, "d", built), // no dates: its week's Monday
                lazy("acwr", Severity.WARN, MONDAY.plusDays(1), "e", built)));
        list.sort(PlanCheck.ORDER);
        assertThat(built).hasValue(0);
        assertThat(list).extracting(Finding::ruleId, Finding::severity, PlanCheck::firstDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("taper", Severity.BLOCK, MONDAY.plusDays(6)),
                org.assertj.core.groups.Tuple.tuple("acwr", Severity.WARN, MONDAY),
                org.assertj.core.groups.Tuple.tuple("acwr", Severity.WARN, MONDAY.plusDays(1)),
                org.assertj.core.groups.Tuple.tuple("acwr", Severity.WARN, MONDAY.plusDays(2)),
                org.assertj.core.groups.Tuple.tuple("weekly-ramp", Severity.WARN, MONDAY.plusDays(2)),
                org.assertj.core.groups.Tuple.tuple("acwr", Severity.INFO, MONDAY));
    }

    @Test
    void tiesAreOrderedByTheMessageInMetricAndOnlyTheTiedOnesAreBuilt() {
        var built = new AtomicInteger();
        // rule ids equal in text but not the same object: compared by their text
        Finding b = lazy(new String("pack-mass"), Severity.WARN, MONDAY, "Sat " + dev.switchback.engine.rules.Words.mass(9)
                + " pack", built);
        Finding a = lazy("pack-mass", Severity.WARN, MONDAY, "Sat " + dev.switchback.engine.rules.Words.mass(12)
                + " pack", built);
        Finding other = lazy("pack-mass", Severity.WARN, MONDAY.plusDays(1), "A", built);
        var list = new ArrayList<>(List.of(other, b, a));
        list.sort(PlanCheck.ORDER);
        assertThat(list).containsExactly(a, b, other); // "Sat 12 kg" before "Sat 9 kg"
        assertThat(built).hasValue(2);
        assertThat(PlanCheck.ORDER.compare(a, a)).isZero();
    }

    private static Finding led(String lead, String message, AtomicInteger built) {
        return Finding.lazy("feel-gated-progression", Severity.WARN, MONDAY, List.of(MONDAY), 1, 1, "", SOURCE, lead,
                () -> {
                    built.incrementAndGet();
                    return message;
                }, () -> "why", () -> new Suggestion.Advice("rest"));
    }

    @Test
    void tiesWhoseLeadsDifferAreOrderedWithoutBuildingTheirMessages() {
        var built = new AtomicInteger();
        Finding wed = led("Wed 25 Nov's Run", "Wed 25 Nov's Run plans a " + Sentence.mark(Measure.MASS, 8) + " pack",
                built);
        Finding fri = led("Fri 27 Nov's Hike", "Fri 27 Nov's Hike plans a " + Sentence.mark(Measure.MASS, 4) + " pack",
                built);
        var list = new ArrayList<>(List.of(wed, fri));
        list.sort(PlanCheck.ORDER);
        assertThat(list).containsExactly(fri, wed);
        assertThat(built).as("messages built to order the ties").hasValue(0);
        assertThat(list).isSortedAccordingTo(BY_KEYS); // the order the messages give (builds them)
    }

    @Test
    void tiesWhoseLeadsDoNotTellAreOrderedByTheirMessages() {
        var built = new AtomicInteger();
        // the same lead, a lead that is a prefix of the other, one finding without a lead: the messages decide
        Finding a = led("Sat 28 Nov's Hike", "Sat 28 Nov's Hike plans a " + Sentence.mark(Measure.MASS, 12) + " pack",
                built);
        Finding b = led("Sat 28 Nov's Hike", "Sat 28 Nov's Hike plans a " + Sentence.mark(Measure.MASS, 9) + " pack",
                built);
        Finding c = led("Sat", "Sat 28 Nov's Hike plans 20.4 km", built);
        Finding d = lazy("feel-gated-progression", Severity.WARN, MONDAY, "Sat 28 Nov's Hike plans 10 km", built);
        var list = new ArrayList<>(List.of(b, c, d, a));
        list.sort(PlanCheck.ORDER);
        assertThat(list).isSortedAccordingTo(BY_KEYS).containsExactly(d, c, a, b);
    }

    @Test
    void aLeadMustBeThePlainStartOfItsMessage() {
        var built = new AtomicInteger();
        Finding wrong = led("Sun 29 Nov's Run", "Sat 28 Nov's Hike plans 10 km", built);
        org.assertj.core.api.Assertions.assertThatThrownBy(wrong::message).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not start with its lead \"Sun 29 Nov's Run\"");
        // a lead holding a marker (a title may hold one) is no plain start: set aside, the messages decide
        Finding marked = led("Sun " + Sentence.CLOSE, "Sun " + Sentence.CLOSE + " b", built);
        Finding plain = led("Sun a", "Sun a", built);
        var list = new ArrayList<>(List.of(plain, marked));
        list.sort(PlanCheck.ORDER);
        assertThat(list).isSortedAccordingTo(BY_KEYS);
        assertThat(led("Sat", "Sat 28 Nov", built).message()).isEqualTo("Sat 28 Nov");
    }

    @Test
    void theTenYearPlanIsOrderedAsTheKeysOrderedItAndFewMessagesAreBuilt() {
        Plan plan = GeneratedPlans.years(10, 42);
        LocalDate today = GeneratedPlans.today(plan);
        List<Finding> all = Engine.analyse(plan, today).findings(plan.firstDate().orElseThrow(),
                plan.lastDate().orElseThrow());
        assertThat(all).hasSizeGreaterThan(1000).isSortedAccordingTo(BY_KEYS);
        var shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        var byKeys = new ArrayList<>(shuffled);
        byKeys.sort(BY_KEYS);
        shuffled.sort(PlanCheck.ORDER);
        assertThat(shuffled).isEqualTo(byKeys);
        int ties = 0;
        for (int i = 1; i < all.size(); i++) {
            Finding p = all.get(i - 1);
            Finding f = all.get(i);
            if (p.severity() == f.severity() && PlanCheck.firstDate(p).equals(PlanCheck.firstDate(f))
                    && p.ruleId().equals(f.ruleId())) {
                ties++;
            }
        }
        assertThat(ties).as("adjacent ties, whose messages the order reads").isBetween(1, all.size() / 20);
    }
    @Test
    void firstDatesFromTheFirstToTheLastLocalDateOrderAsTheDatesDo() {
        // the order's severity-and-date number packs year, month and day: any date, before year 0 too
        var built = new AtomicInteger();
        var dates = List.of(LocalDate.MIN, LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(0, 12, 31),
                LocalDate.of(1, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 3, 1), LocalDate.MAX);
        var list = new ArrayList<Finding>();
        for (LocalDate d : dates) {
            for (Severity s : Severity.values()) {
                list.add(lazy("acwr", s, d, "m", built));
            }
        }
        Collections.shuffle(list, new Random(3));
        var byKeys = new ArrayList<>(list);
        byKeys.sort(BY_KEYS);
        list.sort(PlanCheck.ORDER);
        assertThat(list).extracting(Finding::severity, PlanCheck::firstDate)
                .isEqualTo(byKeys.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.severity(),
                        PlanCheck.firstDate(f))).toList());
    }

    @Test
    void theSortedListIsWhatAStableSortByTheOrderGivesTiesInTheirOrderToo() {
        var built = new AtomicInteger();
        var random = new Random(11);
        var list = new ArrayList<Finding>();
        String[] rules = {"acwr", "pack-mass", "taper"};
        for (int i = 0; i < 600; i++) {
            // few dates, rules and messages: long runs of findings that tie on every key, and runs of more than 8
            list.add(lazy(rules[random.nextInt(3)], Severity.values()[random.nextInt(3)],
                    random.nextInt(5) == 0 ? null : MONDAY.plusDays(random.nextInt(4)), "m" + random.nextInt(3), built));
        }
        var stable = new ArrayList<>(list);
        stable.sort(PlanCheck.ORDER); // List.sort is stable
        List<Finding> sorted = PlanCheck.sorted(list);
        assertThat(sorted).hasSize(list.size());
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(sorted.get(i)).as("position %d", i).isSameAs(stable.get(i));
        }
        assertThat(PlanCheck.sorted(List.of())).isEmpty();
        assertThat(PlanCheck.sorted(List.of(list.get(0)))).containsExactly(list.get(0));
    }

    @Test
    void theTenYearPlansFindingsShuffledAreSortedBackIntoTheCheckOrder() {
        Plan plan = GeneratedPlans.years(10, 42);
        LocalDate today = GeneratedPlans.today(plan);
        List<Finding> all = Engine.analyse(plan, today).findings(plan.firstDate().orElseThrow(),
                plan.lastDate().orElseThrow());
        var shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(5));
        List<Finding> sorted = PlanCheck.sorted(shuffled);
        shuffled.sort(BY_KEYS);
        assertThat(sorted).isEqualTo(shuffled).isEqualTo(all);
    }
}
