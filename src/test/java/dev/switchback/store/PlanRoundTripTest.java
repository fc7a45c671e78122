package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.PlanArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class PlanRoundTripTest {
    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("switchback-roundtrip");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans().map(PlanRoundTripTest::withKnownRuleNames);
    }

    /**
     * A file may only name rules and thresholds of the engine's rule book; the generated names are
     * mapped onto real ones, so the round trip still covers every shape of rule settings.
     */
    static Plan withKnownRuleNames(Plan plan) {
        var r = plan.rules();
        List<String> keys = RuleNames.thresholdKeys();
        List<String> ids = RuleNames.ruleIds();
        var thresholds = new java.util.TreeMap<String, Double>();
        r.thresholds().forEach((k, v) -> thresholds.put(keys.get(Math.floorMod(k.hashCode(), keys.size())), v));
        List<String> disabled = r.disabledRules().stream().map(id -> ids.get(Math.floorMod(id.hashCode(),
                ids.size()))).toList();
        return plan.withRules(r.withThresholds(thresholds).withDisabledRules(disabled));
    }

    @Property(tries = 200)
    void savingThenReadingGivesAnEqualPlan(@ForAll("plans") Plan plan) throws StoreException {
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, plan, List.of());
        assertThat(PlanStore.read(file)).isEqualTo(plan);
    }

    @Property(tries = 50)
    void savingTheSamePlanTwiceWritesTheSameBytes(@ForAll("plans") Plan plan) throws Exception {
        Path file = dir.resolve("twice.json");
        PlanStore.save(file, plan, List.of());
        byte[] first = Files.readAllBytes(file);
        PlanStore.save(file, PlanStore.read(file), List.of());
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Property(tries = 20)
    void theSamplePlanRoundTripsForAnyToday(@ForAll("todays") LocalDate today) throws StoreException {
        Path file = dir.resolve("sample.json");
        Plan sample = SamplePlan.create(today);
        PlanStore.save(file, sample, List.of());
        assertThat(PlanStore.read(file)).isEqualTo(sample);
    }

    @Provide
    Arbitrary<LocalDate> todays() {
        return net.jqwik.api.Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(),
                LocalDate.of(2100, 1, 1).toEpochDay()).map(LocalDate::ofEpochDay);
    }
}
