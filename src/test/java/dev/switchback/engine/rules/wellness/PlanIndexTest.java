package dev.switchback.engine.rules.wellness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanIndexTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static Plan randomPlan(long seed) {
        var r = new Random(seed);
        var sessions = new ArrayList<Session>();
        var logs = new ArrayList<OutingLog>();
        for (int i = 0; i < 60; i++) {
            // Shuffled dates with several sessions a day: the index must keep the plan's order among ties.
            Session s = Session.of(START.plusDays(r.nextInt(20)), SessionKind.HIKE, "Hike " + i,
                    Duration.ofMinutes(60)).withPackKg(r.nextBoolean() ? 0 : 5 + r.nextInt(5));
            sessions.add(s);
            if (r.nextBoolean()) {
                var areas = java.util.EnumSet.noneOf(BodyArea.class);
                for (BodyArea a : BodyArea.values()) {
                    if (r.nextInt(3) == 0) {
                        areas.add(a);
                    }
                }
                OutingLog log = OutingLog.fromPlan(s, 5).withSoreness(java.util.Optional.of(4), areas);
                // some logged on another day than planned, some sessions logged twice: the links find them all
                logs.add(r.nextInt(4) == 0 ? log.withDate(log.date().plusDays(r.nextInt(5) - 2)) : log);
                if (r.nextInt(6) == 0) {
                    logs.add(OutingLog.fromPlan(s, 6).withDate(s.date().plusDays(r.nextInt(3))));
                }
            }
        }
        return Plan.empty("Index", Athlete.of("Test", 70)).withSessions(sessions).withLogs(logs);
    }

    @Test
    void rangesMatchFilteringThePlanInDateOrder() {
        for (long seed = 0; seed < 20; seed++) {
            var week = new TestWeek(randomPlan(seed), START);
            Plan plan = week.plan(); // in date order, as every context gives it
            PlanIndex index = PlanIndex.of(week);
            for (int from = -1; from < 22; from++) {
                LocalDate a = START.plusDays(from);
                LocalDate b = a.plusDays(3);
                assertThat(index.sessionsBetween(a, b)).isEqualTo(plan.sessions().stream()
                        .filter(s -> !s.date().isBefore(a) && s.date().isBefore(b))
                        .sorted(Comparator.comparing(Session::date)).toList());
                assertThat(index.packLogsBetween(a, b)).isEqualTo(plan.logs().stream()
                        .filter(l -> l.packKg() > 0 && !l.date().isBefore(a) && l.date().isBefore(b))
                        .sorted(Comparator.comparing(OutingLog::date)).toList());
                assertThat(index.logsBetween(a, b)).isEqualTo(plan.logs().stream()
                        .filter(l -> !l.date().isBefore(a) && l.date().isBefore(b)).toList());
                assertThat(index.logsBetween(b, a)).isEmpty();
                // a week's end searched from its start, as far as 30 days on (past the few positions scanned first)
                int start = index.firstSession(a.toEpochDay());
                for (int days = 0; days <= 30; days++) {
                    assertThat(index.firstSession(a.toEpochDay() + days, start))
                            .isEqualTo(index.firstSession(a.toEpochDay() + days));
                }
            }
            for (int k = 0; k < index.packLogList().size(); k++) {
                OutingLog l = index.packLogList().get(k);
                assertThat(plan.logs().get(index.packLogPosition(k))).isSameAs(l);
                assertThat(index.packKg(k)).isEqualTo(l.packKg());
                assertThat(index.packDistance(k)).isEqualTo(l.distanceM());
                assertThat(index.packKind(k)).isEqualTo(l.kind());
            }
            for (int j = 0; j < plan.logs().size(); j++) {
                OutingLog l = plan.logs().get(j);
                assertThat(index.rpe(j)).isEqualTo(l.rpe());
                int mask = 0;
                for (BodyArea a : l.sorenessAreas()) {
                    mask |= 1 << a.ordinal();
                }
                assertThat(index.soreAreas(j)).isEqualTo(mask);
                double level = l.sorenessAreas().isEmpty() ? Double.NaN
                        : l.sorenessLevel().map(Integer::doubleValue).orElse(Double.NaN);
                assertThat(Double.compare(index.soreLevel(j), level)).isZero(); // NaN equal to NaN
                assertThat(index.plannedSessionOfLog(j)).isSameAs(plan.session(l.plannedSession().orElseThrow())
                        .orElseThrow());
            }
            for (int p = 0; p < plan.sessions().size(); p++) {
                Session s = plan.sessions().get(p);
                assertThat(index.loggedAt(p)).isEqualTo(plan.logFor(s.id()).isPresent());
                assertThat(index.sessionDay(p)).isEqualTo(s.date().toEpochDay());
            }
            for (Session s : plan.sessions()) {
                assertThat(index.logFor(s.id())).isEqualTo(plan.logFor(s.id()));
                assertThat(index.session(s.id())).contains(s);
                assertThat(index.logged(s.id())).isEqualTo(plan.logFor(s.id()).isPresent());
            }
        }
    }

    @Test
    void soreDaysCountTheDaysInARowWithAnyLogNamingTheArea() {
        for (long seed = 0; seed < 20; seed++) {
            var week = new TestWeek(randomPlan(seed), START);
            Plan plan = week.plan();
            PlanIndex index = PlanIndex.of(week);
            for (BodyArea area : BodyArea.values()) {
                for (int day = -3; day < 25; day++) {
                    int expected = 0;
                    for (LocalDate d = START.plusDays(day); sore(plan, area, d); d = d.minusDays(1)) {
                        expected++;
                    }
                    assertThat(index.soreDaysUpTo(area, START.plusDays(day).toEpochDay()))
                            .as("%s on day %d of seed %d", area, day, seed).isEqualTo(expected);
                }
            }
            // the longest run of any area up to a day of a range, counted per area as above
            for (int from = -3; from < 25; from += 4) {
                int most = 0;
                for (int day = from; day < from + 5; day++) {
                    for (BodyArea area : BodyArea.values()) {
                        most = Math.max(most, index.soreDaysUpTo(area, START.plusDays(day).toEpochDay()));
                    }
                }
                assertThat(index.longestSoreRun(START.plusDays(from).toEpochDay(), START.plusDays(from + 4).toEpochDay()))
                        .as("longest run from day %d of seed %d", from, seed).isEqualTo(most);
            }
        }
    }

    private static boolean sore(Plan plan, BodyArea area, LocalDate d) {
        return plan.logsOn(d).stream().anyMatch(l -> l.sorenessAreas().contains(area));
    }

    @Test
    void anEmptyPlanHasNoRanges() {
        var week = new TestWeek(Plan.empty("Empty", Athlete.of("Test", 70)), START);
        PlanIndex index = PlanIndex.of(week);
        long e = START.toEpochDay();
        assertThat(index.sessions(e - 10, e + 10)).isEmpty();
        assertThat(index.packLogs(e - 10, e + 10)).isEmpty();
        assertThat(index.soreDaysUpTo(BodyArea.FEET, e)).isZero();
    }

    @Test
    void anEditedPlanGetsItsOwnIndexNotTheCachedOne() {
        Plan plan = randomPlan(1);
        Session s = plan.sessions().get(0);
        assertThat(PlanIndex.of(new TestWeek(plan, START)).logFor(s.id())).isEqualTo(plan.logFor(s.id()));
        Plan logged = plan.withLogs(plan.logs().stream().filter(l -> !l.plannedSession().equals(
                java.util.Optional.of(s.id()))).toList()).withLog(OutingLog.fromPlan(s, 9));
        assertThat(PlanIndex.of(new TestWeek(logged, START)).logFor(s.id()).orElseThrow().rpe()).isEqualTo(9);
        assertThat(PlanIndex.of(new TestWeek(plan, START)).logFor(s.id())).isEqualTo(plan.logFor(s.id()));
    }

    /**
     * The index of an edited version made from the previous version's (the common head and tail kept) answers as
     * one made from scratch: a session changed in place, moved to another day, added, or a logged one removed.
     */
    @Test
    void anEditedVersionsIndexMadeFromThePreviousOneIsTheSameAsFromScratch() {
        for (long seed = 0; seed < 20; seed++) {
            var r = new Random(seed);
            var before = new TestWeek(randomPlan(seed), START);
            Plan plan = before.plan();
            var logs = new PlanIndex.Logs(plan.logs());
            var sessions = new PlanIndex.Sessions(plan.sessions());
            sessions.links(logs, before); // the previous version's links, which the next one starts from
            Session s = plan.sessions().get(r.nextInt(plan.sessions().size()));
            Plan[] edits = {plan.withSession(s.withDuration(s.duration().plusMinutes(20))),
                plan.withSession(s.withDate(s.date().plusDays(r.nextInt(9) - 4))),
                plan.withSession(Session.of(START.plusDays(r.nextInt(20)), SessionKind.HIKE, "New",
                        Duration.ofMinutes(30))),
                plan.withoutSession(s.id())};
            for (Plan edited : edits) {
                Plan canonical = new TestWeek(edited, START).plan();
                var shared = new java.util.HashMap<Class<?>, Object>();
                if (canonical.logs().equals(plan.logs())) { // the same logs: the next version keeps their index
                    shared.put(PlanIndex.Logs.class, logs);
                }
                shared.put(PlanIndex.Sessions.class, new PlanIndex.Sessions(canonical.sessions(), sessions,
                        new TestWeek(canonical, START)));
                PlanIndex next = PlanIndex.of(new TestWeek(canonical, START, shared));
                PlanIndex fresh = PlanIndex.of(new TestWeek(canonical, START));
                for (int p = 0; p < canonical.sessions().size(); p++) {
                    assertThat(next.sessionDay(p)).isEqualTo(fresh.sessionDay(p));
                    assertThat(next.restAt(p)).isEqualTo(fresh.restAt(p));
                    assertThat(next.loggedAt(p)).as("seed %d, session %d", seed, p).isEqualTo(fresh.loggedAt(p));
                }
                for (int j = 0; j < canonical.logs().size(); j++) {
                    assertThat(next.plannedSessionOfLog(j)).as("seed %d, log %d", seed, j)
                            .isSameAs(fresh.plannedSessionOfLog(j));
                }
            }
        }
    }
}
