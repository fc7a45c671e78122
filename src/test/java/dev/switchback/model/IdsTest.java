package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ids' equals and hashCode are written out (start-up cost); they must mean what a record's would. */
class IdsTest {
    @Test
    void idsAreEqualByTheirValueOnly() {
        assertThat(new SessionId("a")).isEqualTo(new SessionId("a")).hasSameHashCodeAs(new SessionId("a"))
                .isNotEqualTo(new SessionId("b")).isNotEqualTo("a").isNotEqualTo(null);
        assertThat(new TripId("a")).isEqualTo(new TripId("a")).hasSameHashCodeAs(new TripId("a"))
                .isNotEqualTo(new TripId("b")).isNotEqualTo(new SessionId("a"));
        assertThat(new LogId("a")).isEqualTo(new LogId("a")).hasSameHashCodeAs(new LogId("a"))
                .isNotEqualTo(new LogId("b")).isNotEqualTo(new TripId("a"));
        // the value is stripped and checked first, so " a" is "a"
        assertThat(new SessionId(" a ")).isEqualTo(new SessionId("a"));
    }

    @Test
    void setsFindThemByValue() {
        Set<Object> ids = new HashSet<>(List.of(new SessionId("x"), new TripId("x"), new LogId("x")));
        assertThat(ids).hasSize(3).contains(new SessionId("x"), new TripId("x"), new LogId("x"));
        assertThat(ids.contains(new SessionId("y"))).isFalse();
    }
}
