package dev.switchback.ui.log;

import dev.switchback.model.Athlete;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Feel;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weather;
import dev.switchback.model.Wellness;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A realistic fortnight for the log tests and the preview: sessions, some logged, and check-ins. */
/** A week of sessions, logs and check-ins around Mon 16 Nov 2026, shared by the log and engine tests. */
public final class LogSamples {
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final Athlete ATHLETE = Athlete.of("Ada", 68);

    final Session tempo = Session.of(MONDAY.plusDays(1), SessionKind.TRAIL_RUN, "Tempo on the ridge",
            Duration.ofMinutes(50)).withDistanceM(9_000).withClimbM(250).withDescentM(250)
            .withTargetRpe(Optional.of(6.0));
    public final Session packRun = Session.of(MONDAY.plusDays(3), SessionKind.RUN_WITH_PACK, "Run with pack",
            Duration.ofMinutes(90)).withDistanceM(13_000).withClimbM(600).withDescentM(600).withPackKg(8)
            .withTargetRpe(Optional.of(5.0));
    final Session longHike = Session.of(MONDAY.plusDays(5), SessionKind.HIKE, "Long hike to the lakes",
            Duration.ofHours(4)).withDistanceM(18_000).withClimbM(900).withDescentM(900).withPackKg(12)
            .withTargetRpe(Optional.of(4.0));
    final Session easy = Session.of(MONDAY.plusDays(6), SessionKind.ACTIVE_RECOVERY, "Easy spin",
            Duration.ofMinutes(40));
    final Session lastWeekRun = Session.of(MONDAY.minusDays(5), SessionKind.TRAIL_RUN, "Hill repeats",
            Duration.ofMinutes(60)).withDistanceM(10_000).withClimbM(500).withTargetRpe(Optional.of(7.0));
    final Session lastWeekHike = Session.of(MONDAY.minusDays(2), SessionKind.BACKPACKING_DAY, "Overnight, day 1",
            Duration.ofHours(5)).withDistanceM(16_000).withClimbM(1_100).withDescentM(1_050).withPackKg(14)
            .withTargetRpe(Optional.of(5.0));

    public Plan plan() {
        Plan plan = Plan.empty("Autumn block", ATHLETE)
                .withSession(lastWeekRun).withSession(lastWeekHike)
                .withSession(tempo).withSession(packRun).withSession(longHike).withSession(easy)
                .withSession(Session.rest(MONDAY)).withSession(Session.rest(MONDAY.plusDays(4)));
        plan = plan.withLog(OutingLog.fromPlan(lastWeekRun, 7).withActuals(Duration.ofMinutes(58), 9_800, 520, 510, 0)
                .withFeel(Optional.of(Feel.of(4)), Optional.of(new Feel(3, "legs heavy on rep 5")),
                        Optional.of(Feel.of(4)))
                .withWeather(Set.of(Weather.WINDY))
                .withTexts("Hill repeats", "", "6 x 3 min, strong finish", "Easy 30 min"));
        plan = plan.withLog(OutingLog.fromPlan(lastWeekHike, 7).withActuals(Duration.ofMinutes(370), 17_200, 1_150,
                1_100, 15)
                .withFeel(Optional.of(Feel.of(3)), Optional.of(new Feel(2, "shoulders burning")),
                        Optional.of(new Feel(2, "wrecked")))
                .withSoreness(Optional.of(4), Set.of(BodyArea.SHOULDERS, BodyArea.HIPS))
                .withWeather(Set.of(Weather.COLD, Weather.WET))
                .withTexts("Overnight, day 1", "2 l water, 3 bars, noodles", "Rain from noon, pack too heavy",
                        "Rest, then a short walk"));
        plan = plan.withLog(OutingLog.fromPlan(tempo, 6).withActuals(Duration.ofMinutes(52), 9_100, 260, 255, 0)
                .withFeel(Optional.of(Feel.of(4)), Optional.of(Feel.of(4)), Optional.of(new Feel(5, "flowing")))
                .withTexts("Tempo on the ridge", "", "Felt good", "Easy day"));
        plan = plan.withLog(OutingLog.quick(MONDAY.minusDays(4), SessionKind.HIKE, Duration.ofMinutes(75), 3,
                "Walk with friends").withTexts("Evening walk", "", "Walk with friends", ""));
        int[][] hooper = {{3, 2, 3, 2}, {3, 3, 3, 3}, {2, 2, 3, 2}, {4, 3, 4, 3}, {5, 4, 5, 4}, {4, 3, 4, 3},
            {3, 2, 3, 2}, {3, 3, 2, 2}, {3, 2, 3, 3}, {4, 3, 4, 3}};
        for (int i = 0; i < hooper.length; i++) {
            int[] h = hooper[i];
            plan = plan.withWellnessEntry(new Wellness(MONDAY.minusDays(6).plusDays(i), h[0], Optional.of(7.0), h[1],
                    h[2], h[3], 2, Optional.of(50 + i % 3)));
        }
        return plan;
    }
}
