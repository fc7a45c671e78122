package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.format.UnitFormat;
import dev.switchback.model.SessionId;
import dev.switchback.model.Units;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A finding whose sentences and suggestion are built when read is the finding built at once. */
class FindingTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Source SOURCE = new Source("test", Evidence.JUDGEMENT);
    static final String MESSAGE = "Saturday's pack (" + dev.switchback.engine.rules.Words.mass(24) + ") is heavy";

    static Finding eager() {
        return new Finding("pack-mass", Severity.WARN, MONDAY, List.of(MONDAY.plusDays(5)), 35.3, 20, "%", MESSAGE,
                "why", SOURCE, new Suggestion.CapPack(new SessionId("s1"), 13.6, "Cap it"));
    }

    static Finding lazy(AtomicInteger calls) {
        Supplier<String> message = () -> {
            calls.incrementAndGet();
            return MESSAGE;
        };
        return Finding.lazy("pack-mass", Severity.WARN, MONDAY, List.of(MONDAY.plusDays(5)), 35.3, 20, "%", SOURCE,
                message, () -> "why", () -> {
                    calls.incrementAndGet();
                    return new Suggestion.CapPack(new SessionId("s1"), 13.6, "Cap it");
                });
    }

    @Test
    void aLazyFindingEqualsTheEagerOneAndReadsTheSame() {
        var calls = new AtomicInteger();
        Finding lazy = lazy(calls);
        Finding eager = eager();
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy.toString()).isEqualTo(eager.toString());
        assertThat(lazy.message()).isEqualTo("Saturday's pack (24 kg) is heavy").isEqualTo(eager.message());
        assertThat(lazy.messageIn(UnitFormat.of(Units.IMPERIAL))).isEqualTo("Saturday's pack (52.9 lb) is heavy");
        assertThat(lazy.suggestion()).isInstanceOf(Suggestion.CapPack.class).isEqualTo(eager.suggestion());
        assertThat(lazy.suggestionText(UnitFormat.of(Units.METRIC))).isEqualTo("Cap it");
    }

    @Test
    void nothingIsBuiltUntilReadAndEachPartOnlyOnce() {
        var calls = new AtomicInteger();
        Finding f = lazy(calls);
        assertThat(f.ruleId()).isEqualTo("pack-mass");
        assertThat(f.measured()).isEqualTo(35.3);
        assertThat(f.touches(MONDAY)).isTrue();
        assertThat(calls).hasValue(0);
        String first = f.message();
        f.message();
        f.markedMessage();
        assertThat(calls).hasValue(1);
        Suggestion s = f.suggestion();
        assertThat(f.suggestion()).isSameAs(s);
        assertThat(calls).hasValue(2);
        assertThat(f.message()).isEqualTo(first);
    }

    @Test
    void aDifferentSentenceOrSuggestionIsAnotherFinding() {
        Finding other = Finding.lazy("pack-mass", Severity.WARN, MONDAY, List.of(MONDAY.plusDays(5)), 35.3, 20, "%",
                SOURCE, () -> MESSAGE, () -> "why", () -> new Suggestion.CapPack(new SessionId("s1"), 13.5, "Cap it"));
        assertThat(other).isNotEqualTo(eager());
        Finding said = Finding.lazy("pack-mass", Severity.WARN, MONDAY, List.of(MONDAY.plusDays(5)), 35.3, 20, "%",
                SOURCE, () -> MESSAGE + ".", () -> "why", () -> new Suggestion.CapPack(new SessionId("s1"), 13.6,
                        "Cap it"));
        assertThat(said).isNotEqualTo(eager());
    }

    @Test
    void aSentenceFunctionThatGivesNothingIsAnErrorWhenRead() {
        Finding f = Finding.lazy("x", Severity.INFO, MONDAY, List.of(), 1, 1, "", SOURCE, () -> null, () -> "why",
                () -> new Suggestion.Advice("a"));
        assertThatThrownBy(f::message).isInstanceOf(NullPointerException.class).hasMessageContaining("message");
    }

    /** The save gate lists findings in a set: hashing one builds none of its sentences, and still tells sentences apart. */
    @Test
    void hashingBuildsNoSentenceAndEqualsStillComparesThem() {
        var calls = new AtomicInteger();
        Finding lazy = lazy(calls);
        var set = new java.util.HashSet<Finding>();
        set.add(lazy);
        assertThat(calls).hasValue(0);
        assertThat(lazy.hashCode()).isEqualTo(eager().hashCode());
        Finding otherWords = new Finding("pack-mass", Severity.WARN, MONDAY, List.of(MONDAY.plusDays(5)), 35.3, 20,
                "%", "Another sentence", "why", SOURCE, new Suggestion.CapPack(new SessionId("s1"), 13.6, "Cap it"));
        assertThat(otherWords).hasSameHashCodeAs(eager()).isNotEqualTo(eager());
        set.add(otherWords);
        set.add(eager());
        assertThat(set).hasSize(2);
    }
}
