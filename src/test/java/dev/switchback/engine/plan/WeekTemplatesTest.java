package dev.switchback.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Plans;
import dev.switchback.engine.plan.WeekTemplates.Mode;
import dev.switchback.engine.plan.WeekTemplates.Reason;
import dev.switchback.engine.plan.WeekTemplates.Skipped;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.WeekTemplate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WeekTemplatesTest {
    static final LocalDate MONDAY = Plans.MONDAY; // 2 Nov 2026
    static final WeekTemplate STEADY = WeekTemplate.of("Steady", MONDAY, Plans.steadyWeek(MONDAY).stream()
            .map(s -> s.withStartTime(Optional.of(LocalTime.of(7, 0)))).toList());

    static Supplier<SessionId> ids() {
        var n = new AtomicInteger();
        return () -> new SessionId("new-" + n.incrementAndGet());
    }

    static Plan empty() {
        return Plans.plan(List.of());
    }

    @Test
    void shiftsEverySessionToTheSameWeekdayOfTheTargetWeekWithNewIdsAndStartTimesKept() {
        LocalDate target = MONDAY.plusWeeks(3);
        var applied = WeekTemplates.apply(empty(), STEADY, target, Mode.ADD, Plans.LONG_AGO, ids());
        assertThat(applied.skipped()).isEmpty();
        assertThat(applied.added()).extracting(Session::date).containsExactly(target.plusDays(1), target.plusDays(2),
                target.plusDays(3), target.plusDays(5), target.plusDays(6));
        assertThat(applied.added()).extracting(s -> s.id().value()).containsExactly("new-1", "new-2", "new-3",
                "new-4", "new-5");
        assertThat(applied.added()).allSatisfy(s -> assertThat(s.startTime()).contains(LocalTime.of(7, 0)));
        assertThat(applied.plan().sessions()).containsExactlyElementsOf(applied.added());
        assertThat(applied.added().get(1).title()).isEqualTo("Intervals");
    }

    /** LocalDate arithmetic: a week over a clock change or a new year has its seven days, none doubled. */
    @Test
    void landsOnTheRightDaysAcrossAClockChangeAndANewYear() {
        LocalDate dstWeek = LocalDate.of(2027, 3, 22); // Europe changes clocks on Sunday 28 March 2027
        LocalDate newYear = LocalDate.of(2026, 12, 28); // Monday of the week of 1 Jan 2027
        for (LocalDate target : List.of(dstWeek, newYear)) {
            var applied = WeekTemplates.apply(empty(), STEADY, target, Mode.ADD, Plans.LONG_AGO, ids());
            assertThat(applied.added()).extracting(s -> s.date().getDayOfWeek()).containsExactly(DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(applied.added().get(4).date()).isEqualTo(target.plusDays(6));
        }
    }

    @Test
    void neverTouchesThePastALoggedDayOrATripDayAndSaysWhichWereSkipped() {
        LocalDate target = MONDAY.plusWeeks(1); // 9 Nov
        LocalDate today = target.plusDays(2); // Wednesday: Tuesday is past, Wednesday is not
        Session wedOld = Plans.run(target.plusDays(2), 3, 30).withId(new SessionId("wed-old"));
        Session thuLogged = Plans.run(target.plusDays(3), 3, 30).withId(new SessionId("thu"));
        OutingLog log = OutingLog.quick(target.plusDays(3), SessionKind.TRAIL_RUN, Duration.ofMinutes(30), 3, "")
                .withPlannedSession(Optional.of(thuLogged.id()));
        Trip trip = new Trip(new TripId("trip"), "Hut", target.plusDays(5), List.of(TripStage.of(Duration.ofHours(5),
                15_000, 900, 9), TripStage.of(Duration.ofHours(5), 15_000, 900, 9)), Terrain.TRAIL, false, "");
        Session tuePast = Plans.run(target.plusDays(1), 3, 40).withId(new SessionId("tue-past"));
        Plan plan = empty().withSession(tuePast).withSession(wedOld).withSession(thuLogged).withLog(log).withTrip(trip);

        var added = WeekTemplates.apply(plan, STEADY, target, Mode.ADD, today, ids());
        assertThat(added.skipped()).extracting(Skipped::date, Skipped::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(target.plusDays(1), Reason.PAST),
                org.assertj.core.groups.Tuple.tuple(target.plusDays(3), Reason.LOGGED),
                org.assertj.core.groups.Tuple.tuple(target.plusDays(5), Reason.TRIP),
                org.assertj.core.groups.Tuple.tuple(target.plusDays(6), Reason.TRIP));
        assertThat(added.added()).extracting(Session::date).containsExactly(target.plusDays(2));
        assertThat(added.removed()).isEmpty();
        assertThat(added.plan().sessionsOn(target.plusDays(2))).hasSize(2);

        var replaced = WeekTemplates.apply(plan, STEADY, target, Mode.REPLACE, today, ids());
        assertThat(replaced.removed()).containsExactly(wedOld);
        assertThat(replaced.plan().session(tuePast.id())).contains(tuePast);
        assertThat(replaced.plan().session(thuLogged.id())).contains(thuLogged);
        assertThat(replaced.plan().logs()).containsExactly(log);
        assertThat(replaced.plan().sessionsOn(target.plusDays(2))).extracting(Session::title).containsExactly("Intervals");
        assertThat(replaced.skipped()).hasSize(4);
    }

    @Test
    void replaceLeavesOtherWeeksAloneAndAddLetsARestDayGiveWayToTraining() {
        LocalDate target = MONDAY.plusWeeks(1);
        Session restTue = Session.rest(target.plusDays(1)).withId(new SessionId("rest"));
        Session nextWeek = Plans.run(target.plusWeeks(1), 3, 30);
        Session lastWeek = Plans.run(target.minusDays(1), 3, 30);
        Plan plan = empty().withSession(restTue).withSession(nextWeek).withSession(lastWeek);
        var added = WeekTemplates.apply(plan, STEADY, target, Mode.ADD, Plans.LONG_AGO, ids());
        assertThat(added.removed()).containsExactly(restTue);
        assertThat(added.plan().sessionsOn(target.plusDays(1))).extracting(Session::isRest).containsExactly(false);
        var replaced = WeekTemplates.apply(plan, STEADY, target, Mode.REPLACE, Plans.LONG_AGO, ids());
        assertThat(replaced.plan().sessions()).contains(nextWeek, lastWeek).doesNotContain(restTue).hasSize(7);
    }

    @Test
    void aTemplateRestDayDoesNotGoBesideTheDaysTraining() {
        WeekTemplate withRest = WeekTemplate.of("Rest", MONDAY, List.of(Session.rest(MONDAY)));
        Session mondayRun = Plans.run(MONDAY.plusWeeks(1), 3, 30);
        var applied = WeekTemplates.apply(empty().withSession(mondayRun), withRest, MONDAY.plusWeeks(1), Mode.ADD,
                Plans.LONG_AGO, ids());
        assertThat(applied.changed()).isFalse();
        assertThat(applied.skipped()).extracting(Skipped::reason).containsExactly(Reason.OCCUPIED);
    }

    @Property(tries = 200)
    void everySessionIsPlacedOrSkippedOnItsWeekdayAndNothingBeforeTodayChanges(
            @ForAll @IntRange(min = -60, max = 60) int weeks, @ForAll @IntRange(min = -30, max = 30) int todayOffset,
            @ForAll boolean replace) {
        LocalDate target = MONDAY.plusWeeks(weeks);
        LocalDate today = target.plusDays(todayOffset);
        Plan plan = Plans.plan(Plans.steadyWeek(target));
        var applied = WeekTemplates.apply(plan, STEADY, target, replace ? Mode.REPLACE : Mode.ADD, today, ids());
        assertThat(applied.added().size() + applied.skipped().size()).isEqualTo(STEADY.slots().size());
        for (Session s : applied.added()) {
            assertThat(s.date()).isAfterOrEqualTo(today);
            assertThat(ChronoUnit.DAYS.between(target, s.date())).isBetween(0L, 6L);
        }
        assertThat(applied.plan().sessions().stream().filter(s -> s.date().isBefore(today)).toList())
                .isEqualTo(plan.sessions().stream().filter(s -> s.date().isBefore(today)).toList());
        assertThat(applied.removed()).allSatisfy(s -> assertThat(s.date()).isAfterOrEqualTo(today));
    }
}
