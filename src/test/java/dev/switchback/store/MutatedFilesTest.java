package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever happens to a plan file, reading it either gives a valid plan or a StoreException with
 * a message for people: never a Jackson exception, a NullPointerException or a bare model error.
 */
class MutatedFilesTest {
    private static final Path FILE = Path.of("plan.json");
    private static final byte[] SAMPLE;

    static {
        SAMPLE = PlanJson.standard().write(SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
    }

    /** One edit at a random place: a byte replaced, a run deleted, or a JSON token inserted. */
    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SAMPLE.length - 1);
        Arbitrary<byte[]> replaced = Combinators.combine(at, Arbitraries.bytes()).as((i, b) -> {
            byte[] copy = SAMPLE.clone();
            copy[i] = b;
            return copy;
        });
        Arbitrary<byte[]> deleted = Combinators.combine(at, Arbitraries.integers().between(1, 40)).as((i, n) -> {
            int end = Math.min(SAMPLE.length, i + n);
            byte[] copy = new byte[SAMPLE.length - (end - i)];
            System.arraycopy(SAMPLE, 0, copy, 0, i);
            System.arraycopy(SAMPLE, end, copy, i, SAMPLE.length - end);
            return copy;
        });
        Arbitrary<byte[]> inserted = Combinators.combine(at, Arbitraries.of("null", "-1", "1e999", "\"\"", "[]",
                "{}", ",", ":", "\"x\": 1,", "true", "NaN", "\"\\u0000\"", "99999999999999999999")).as((i, s) -> {
            byte[] token = s.getBytes(StandardCharsets.UTF_8);
            byte[] copy = Arrays.copyOf(SAMPLE, SAMPLE.length + token.length);
            System.arraycopy(token, 0, copy, i, token.length);
            System.arraycopy(SAMPLE, i, copy, i + token.length, SAMPLE.length - i);
            return copy;
        });
        return Arbitraries.oneOf(replaced, deleted, inserted);
    }

    @Property(tries = 500)
    void readingGivesAPlanOrAStoreExceptionWithAMessage(@ForAll("mutated") byte[] content) {
        try {
            Plan plan = PlanStore.systemJson().read(FILE, content).plan();
            assertThat(plan).isNotNull();
        } catch (StoreException e) {
            assertThat(e.getMessage()).startsWith("plan.json").contains("was not changed")
                    .doesNotContain("com.fasterxml", "Exception");
        }
    }
}
