package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    private final Session planned = Session.of(DAY, SessionKind.TRAIL_RUN, "Run", Duration.ofMinutes(60));

    @ParameterizedTest(name = "{0} s of 3600 -> {1}")
    @CsvSource({
        "2879, PARTLY",     // just under 80 %
        "2880, AS_PLANNED", // 80 %
        "3600, AS_PLANNED",
        "4320, AS_PLANNED", // 120 %
        "4321, PARTLY",     // just over 120 %
        "0, PARTLY",
    })
    void asPlannedWithinTwentyPercentOfPlannedDuration(long seconds, Compliance expected) {
        OutingLog log = OutingLog.fromPlan(planned, 4).withActuals(Duration.ofSeconds(seconds), 0, 0, 0, 0);
        assertThat(Compliance.of(planned, Optional.of(log), DAY.plusDays(1))).isEqualTo(expected);
    }

    @Test
    void unloggedSessionIsMissedOnlyOnceItsDayHasPassed() {
        assertThat(Compliance.of(planned, Optional.empty(), DAY)).isEqualTo(Compliance.UPCOMING);
        assertThat(Compliance.of(planned, Optional.empty(), DAY.plusDays(1))).isEqualTo(Compliance.MISSED);
    }

    @Test
    void aPassedRestDayWithoutLogIsAsPlanned() {
        assertThat(Compliance.of(Session.rest(DAY), Optional.empty(), DAY.plusDays(1)))
                .isEqualTo(Compliance.AS_PLANNED);
    }

    @Test
    void aLogWithoutPlanIsExtra() {
        OutingLog log = OutingLog.quick(DAY, SessionKind.HIKE, Duration.ofMinutes(30), 3, "");
        assertThat(Compliance.of(Optional.empty(), log)).isEqualTo(Compliance.EXTRA);
        assertThat(Compliance.EXTRA.cssName()).isEqualTo("extra");
        assertThat(Compliance.AS_PLANNED.cssName()).isEqualTo("as-planned");
    }
}
