package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** {@link Today} gives the day {@code LocalDate.now()} gives, in every time zone. */
class TodayTest {
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

    @Test
    void givesJavaTimesDayInEveryZoneOverThreeYearsAndAtEveryChangeOfOffset() {
        int checked = 0;
        for (String id : TimeZone.getAvailableIDs()) {
            TimeZone zone = TimeZone.getTimeZone(id);
            ZoneId zoneId = zone.toZoneId();
            List<Long> instants = new ArrayList<>();
            for (long ms = FROM.toEpochMilli(); ms < TO.toEpochMilli(); ms += 7 * 3_600_000L + 1_234) {
                instants.add(ms);
            }
            ZoneRules rules = zoneId.getRules();
            for (ZoneOffsetTransition t = rules.nextTransition(FROM); t != null && t.getInstant().isBefore(TO);
                    t = rules.nextTransition(t.getInstant())) {
                long at = t.getInstant().toEpochMilli();
                instants.addAll(List.of(at - 1, at, at + 1));
                // local midnight next to the change: where a day boundary and the offset meet
                long midnight = t.getDateTimeAfter().toLocalDate().atStartOfDay(zoneId).toInstant().toEpochMilli();
                instants.addAll(List.of(midnight - 1, midnight, midnight + 1));
            }
            for (long ms : instants) {
                assertThat(Today.on(ms, zone)).as("%s at %s", id, Instant.ofEpochMilli(ms))
                        .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(ms), zoneId));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1_000_000);
    }

    @Test
    void isTodayHere() {
        LocalDate before = LocalDate.now();
        LocalDate today = Today.now();
        LocalDate after = LocalDate.now();
        assertThat(today).isIn(before, after);
    }
}
