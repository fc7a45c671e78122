package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A plan made from a valid one with one session replaced is not checked id by id again ({@code PlanList}): it must
 * be exactly the plan the full check would have made, and every way of getting a duplicate id or a dangling log past
 * the shortcut is still refused.
 */
class PlanTrustedCopyTest {
    static final LocalDate MON = LocalDate.of(2026, 6, 1);
    static final Comparator<Session> BY_DATE_THEN_ID = Comparator.comparing(Session::date)
            .thenComparing(s -> s.id().value());

    static Session session(int i, LocalDate date) {
        return Session.of(date, SessionKind.TRAIL_RUN, "Run " + i, Duration.ofMinutes(30 + i))
                .withId(new SessionId("s" + i));
    }

    static Plan plan(int sessions, long seed) {
        var r = new Random(seed);
        var list = new ArrayList<Session>();
        var logs = new ArrayList<OutingLog>();
        for (int i = 0; i < sessions; i++) {
            Session s = session(i, MON.plusDays(r.nextInt(20)));
            list.add(s);
            if (r.nextInt(3) == 0) {
                logs.add(OutingLog.fromPlan(s, 5));
            }
        }
        return Plan.empty("Plan", Athlete.of("Kim", 60)).withSessions(list).withLogs(logs);
    }

    /** The same plan, its lists copied into plain lists: the constructor checks every id of it. */
    static Plan checkedInFull(Plan p) {
        return new Plan(p.name(), p.athlete(), new ArrayList<>(p.sessions()), new ArrayList<>(p.trips()),
                new ArrayList<>(p.logs()), new ArrayList<>(p.wellness()), p.phases(), p.goals(), p.rules());
    }

    @Property(tries = 200)
    void editsByReplacementGiveThePlanTheFullCheckGives(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
        var r = new Random(seed);
        Plan p = plan(n, seed);
        Plan sorted = p.withSessions(p.sessions().stream().sorted(BY_DATE_THEN_ID).toList());
        for (int step = 0; step < 12; step++) {
            Session old = p.sessions().get(r.nextInt(p.sessions().size()));
            Session edited = r.nextBoolean() ? old.withDate(MON.plusDays(r.nextInt(20)))
                    : old.withDuration(old.duration().plusMinutes(1 + r.nextInt(30)));
            Plan replaced = p.withSession(edited);
            var expected = new ArrayList<>(p.sessions());
            expected.set(expected.indexOf(old), edited);
            assertThat(replaced.sessions()).containsExactlyElementsOf(expected);
            assertThat(replaced).isEqualTo(checkedInFull(replaced)).hasSameHashCodeAs(checkedInFull(replaced));
            // in the ordered plan: moved to its place, and still in order
            Session inSorted = sorted.sessions().stream().filter(s -> s.id().equals(old.id())).findFirst().orElseThrow();
            Plan moved = sorted.withSessionReplaced(inSorted, edited, BY_DATE_THEN_ID);
            var expectedOrder = new ArrayList<>(sorted.sessions());
            expectedOrder.remove(inSorted);
            expectedOrder.add(edited);
            expectedOrder.sort(BY_DATE_THEN_ID);
            assertThat(moved.sessions()).containsExactlyElementsOf(expectedOrder);
            assertThat(moved).isEqualTo(checkedInFull(moved));
            p = replaced;
            sorted = moved;
        }
    }

    @Test
    void aReplacementInAPlanOutOfOrderIsStillFoundAndTheOthersKeepTheirOrder() {
        Plan p = Plan.empty("Plan", Athlete.of("Kim", 60)).withSessions(List.of(session(3, MON.plusDays(2)),
                session(1, MON), session(2, MON.plusDays(1))));
        Session old = p.sessions().get(2);
        Plan moved = p.withSessionReplaced(old, old.withDate(MON.plusDays(5)), BY_DATE_THEN_ID);
        assertThat(moved.sessions()).extracting(s -> s.id().value()).containsExactly("s3", "s1", "s2");
        assertThat(moved.sessions().get(2).date()).isEqualTo(MON.plusDays(5));
    }

    @Test
    void duplicateIdsAreStillRefusedWhateverListTheyComeIn() {
        Plan p = plan(10, 1);
        var twice = new ArrayList<>(p.sessions());
        twice.add(p.sessions().get(3).withTitle("Again"));
        assertThatThrownBy(() -> p.withSessions(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Session id appears twice: s3");
        assertThatThrownBy(() -> new Plan(p.name(), p.athlete(), twice, p.trips(), p.logs(), p.wellness(), p.phases(),
                p.goals(), p.rules())).hasMessage("Session id appears twice: s3");
        var logsTwice = new ArrayList<>(p.logs());
        logsTwice.add(p.logs().get(0));
        assertThatThrownBy(() -> p.withLogs(logsTwice)).hasMessage("Log id appears twice: " + p.logs().get(0).id());
        // the lists a plan hands out cannot be changed behind its back
        assertThatThrownBy(() -> p.sessions().add(p.sessions().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.sessions().set(0, p.sessions().get(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReplacementMustBeOfTheSameIdAndOfASessionInThePlan() {
        Plan p = plan(5, 2);
        Session s = p.sessions().get(1);
        assertThatThrownBy(() -> p.withSessionReplaced(s, p.sessions().get(2), BY_DATE_THEN_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must keep the session's id");
        Session stranger = s.withTitle("Not in the plan"); // same id, but not the plan's record
        assertThatThrownBy(() -> p.withSessionReplaced(stranger, stranger, BY_DATE_THEN_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in the plan");
    }

    @Test
    void logsCheckedAgainstOneSetOfSessionsAreCheckedAgainOtherSessions() {
        Plan p = plan(10, 3);
        OutingLog log = p.logs().get(0);
        SessionId id = log.plannedSession().orElseThrow();
        var without = p.sessions().stream().filter(s -> !s.id().equals(id)).toList();
        // the logs' list is the plan's own (checked against its sessions), the sessions another list
        assertThatThrownBy(() -> p.withSessions(without)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refers to a planned session that is not in the plan (" + id + ")");
        // sessions of another plan with other ids, with this plan's logs
        Plan other = Plan.empty("Other", Athlete.of("Kim", 60)).withSession(session(99, MON));
        assertThatThrownBy(() -> p.withSessions(other.sessions())).hasMessageContaining("not in the plan (" + id + ")");
        // checked again and accepted: the list of logs stays the same object
        Plan more = p.withSession(session(100, MON));
        assertThat(more.logs()).isSameAs(p.logs());
        assertThat(more.withSession(more.sessions().get(0).withTitle("Renamed")).logs()).isSameAs(p.logs());
    }

    @Test
    void aPlanMadeFromAnotherKeepsItsListsAsTheyAre() {
        Plan p = plan(10, 4);
        Plan renamed = p.withName("Renamed").withRules(p.rules());
        assertThat(renamed.sessions()).isSameAs(p.sessions());
        assertThat(renamed.logs()).isSameAs(p.logs());
        assertThat(renamed.wellness()).isSameAs(p.wellness());
        assertThat(p.withoutSession(p.sessions().get(0).id()).sessions()).hasSize(9);
        assertThat(p.sessions()).isEqualTo(new ArrayList<>(p.sessions())).hasSameHashCodeAs(new ArrayList<>(p.sessions()));
        assertThat(Optional.of(p.sessions().toString())).contains(new ArrayList<>(p.sessions()).toString());
    }
}
