package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.Athlete;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Sex;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadModelTest {
    private final Athlete athlete = Athlete.of("A", 70);

    @Test
    void pandolfMatchesTheWorkedExampleOfTheDomainNotes() {
        assertThat(LoadModel.pandolfWatts(70, 0, 1.2, 5, 1.2)).isCloseTo(463, within(1.0));
        assertThat(LoadModel.pandolfWatts(70, 14, 1.2, 5, 1.2)).isCloseTo(541, within(1.0));
        assertThat(LoadModel.packFactor(70, 14, 1.2, 5, 1.2)).isCloseTo(1.17, within(0.005));
    }

    @ParameterizedTest
    @CsvSource({
        "TRAIL_RUN, ENDURANCE, 4", "HIKE, ENDURANCE, 3", "BACKPACKING_DAY, ENDURANCE, 3", "TRAIL_RUN, RECOVERY, 2",
        "TRAIL_RUN, TECHNIQUE, 5", "RUN_WITH_PACK, PEAK, 7", "STRENGTH_MOBILITY, TECHNIQUE, 4",
        "ACTIVE_RECOVERY, RECOVERY, 2", "REST, RECOVERY, 0"})
    void estimatesEffortFromKindAndIntention(SessionKind kind, Intention intention, double rpe) {
        assertThat(LoadModel.baseRpe(kind, intention)).isEqualTo(rpe);
    }

    @Test
    void plannedTargetRpeTimesMinutesIsTheLoad() {
        Session s = Plans.run(Plans.MONDAY, 5, 60).withPackKg(10).withClimbM(800);
        SessionLoad l = LoadModel.planned(s, athlete);
        assertThat(l.au()).isEqualTo(300);
        assertThat(l.source()).isEqualTo(LoadSource.PLANNED);
        assertThat(l.how()).isEqualTo("Planned: target RPE 5 x 60 min = 300 AU");
    }

    @Test
    void estimateIsRaisedForPackAndClimbAndSaysHow() {
        Session s = Session.of(Plans.MONDAY, SessionKind.HIKE, "Hike", Duration.ofMinutes(120))
                .withDistanceM(8640).withClimbM(432).withPackKg(14).withTerrain(Terrain.TECHNICAL);
        SessionLoad l = LoadModel.planned(s, athlete);
        // 8640 m in 120 min = 1.2 m/s, grade 5 %, eta 1.2: the worked example, factor 1.169
        double packed = 3 * LoadModel.packFactor(70, 14, 1.2, 5, 1.2);
        double climb = 33 * 4.32 / 120; // 14 kg is 20 % of body mass: the loaded add-on
        assertThat(l.rpeUsed()).isCloseTo(packed + climb, within(1e-9));
        assertThat(l.au()).isCloseTo((packed + climb) * 120, within(1e-6));
        assertThat(l.source()).isEqualTo(LoadSource.ESTIMATED);
        assertThat(l.how()).startsWith("Estimated: RPE 3 for endurance hike, x1.17 for a 14 kg pack (Pandolf), +1.19"
                + " for 432 m climb = RPE 4.7 x 120 min");
    }

    @Test
    void estimateIsCappedAtTen() {
        Session s = Session.of(Plans.MONDAY, SessionKind.RUN_WITH_PACK, "", Duration.ofMinutes(30))
                .withIntention(Intention.PEAK).withPackKg(40).withClimbM(2000).withDistanceM(5000);
        SessionLoad l = LoadModel.planned(s, athlete);
        assertThat(l.rpeUsed()).isEqualTo(10);
        assertThat(l.au()).isEqualTo(300);
        assertThat(l.how()).contains("capped at 10");
    }

    @Test
    void restAndZeroDurationHaveNoLoad() {
        assertThat(LoadModel.planned(Session.rest(Plans.MONDAY), athlete).au()).isZero();
    }

    @Test
    void loggedOutingUsesLoggedEffortAndActualMinutesWithTrimpAsCrossCheck() {
        Athlete hr = athlete.withHeartRates(Optional.of(190), Optional.of(50)).withSex(Sex.MALE);
        OutingLog log = OutingLog.quick(Plans.MONDAY, SessionKind.TRAIL_RUN, Duration.ofMinutes(45), 6, "ok")
                .withHeartRate(Optional.of(155), Optional.of(175));
        SessionLoad l = LoadModel.logged(log, hr);
        assertThat(l.au()).isEqualTo(270);
        assertThat(l.source()).isEqualTo(LoadSource.LOGGED);
        double d = (155 - 50) / 140.0;
        assertThat(l.trimp()).hasValueSatisfying(t -> assertThat(t).isCloseTo(45 * d * 0.64 * Math.exp(1.92 * d),
                within(1e-9)));
        assertThat(LoadModel.logged(log, athlete).trimp()).isEmpty();
    }

    // The sentences are built when read (SessionLoad#how): these pin each kind's exact words, so a lazy sentence
    // that read the wrong value, or one built from a different computation than the number, fails here.

    @Test
    void restDayAndNoDurationSayWhyTheLoadIsZero() {
        assertThat(LoadModel.planned(Session.rest(Plans.MONDAY), athlete).how()).isEqualTo("Rest day: 0 AU");
        Session none = Session.of(Plans.MONDAY, SessionKind.TRAIL_RUN, "Run", Duration.ZERO);
        assertThat(LoadModel.planned(none, athlete).how()).isEqualTo("No duration planned: 0 AU");
    }

    @Test
    void anEstimatedLoadsSentenceEndsWithTheSameNumbersAsTheLoad() {
        Session s = Session.of(Plans.MONDAY, SessionKind.TRAIL_RUN, "Run", Duration.ofMinutes(50));
        SessionLoad l = LoadModel.planned(s, athlete);
        assertThat(l.rpeUsed()).isEqualTo(4);
        assertThat(l.how()).isEqualTo("Estimated: RPE 4 for endurance trail run x 50 min = 200 AU");
    }

    @Test
    void loggedSentenceNamesTheEffortMinutesAndTrimpWhenThereIsOne() {
        Athlete hr = athlete.withHeartRates(Optional.of(190), Optional.of(50)).withSex(Sex.MALE);
        OutingLog log = OutingLog.quick(Plans.MONDAY, SessionKind.TRAIL_RUN, Duration.ofMinutes(45), 6, "ok")
                .withHeartRate(Optional.of(155), Optional.of(175));
        assertThat(LoadModel.logged(log, athlete).how()).isEqualTo("Logged: RPE 6 x 45 min = 270 AU");
        assertThat(LoadModel.logged(log, hr).how()).isEqualTo("Logged: RPE 6 x 45 min = 270 AU (Banister TRIMP "
                + LoadModel.num(LoadModel.logged(log, hr).trimp().orElseThrow()) + ", not mixed in)");
    }

    @Test
    void aTripStagesSentenceNamesTheTripAndDay() {
        Trip trip = new Trip(new TripId("t"), "Traverse", Plans.MONDAY, List.of(
                new TripStage(Duration.ofHours(8), 20000, 1200, 1000, 16, Optional.of(6.0)),
                new TripStage(Duration.ofHours(6), 15000, 0, 900, 0, Optional.empty()),
                new TripStage(Duration.ZERO, 0, 0, 0, 0, Optional.empty())), Terrain.TRAIL, true, "");
        assertThat(LoadModel.stage(trip, 0, athlete).how())
                .isEqualTo("Trip \"Traverse\" day 1: planned RPE 6 x 480 min = 2880 AU");
        SessionLoad second = LoadModel.stage(trip, 1, athlete);
        assertThat(second.how()).isEqualTo("Trip \"Traverse\" day 2: Estimated: RPE 3 for endurance backpacking day"
                + " x 360 min = 1080 AU");
        assertThat(second.au()).isEqualTo(1080);
        assertThat(LoadModel.stage(trip, 2, athlete).how()).isEqualTo("Trip \"Traverse\" day 3: no time on the move: 0 AU");
    }

    @Test
    void aLoadWhoseSentenceIsBuiltLaterEqualsOneGivenItsSentence() {
        Session s = Plans.run(Plans.MONDAY, 5, 60);
        SessionLoad lazy = LoadModel.planned(s, athlete);
        SessionLoad eager = new SessionLoad(s.date(), Optional.of(s.id()), Optional.empty(), Optional.empty(), 300, 60,
                5, LoadSource.PLANNED, "Planned: target RPE 5 x 60 min = 300 AU", Optional.empty());
        assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
        assertThat(lazy).isEqualTo(eager);
        assertThat(lazy).isNotEqualTo(new SessionLoad(s.date(), Optional.of(s.id()), Optional.empty(),
                Optional.empty(), 300, 60, 5, LoadSource.PLANNED, "Planned: something else", Optional.empty()));
        assertThat(lazy.toString()).contains("how=Planned: target RPE 5 x 60 min = 300 AU");
    }
}
