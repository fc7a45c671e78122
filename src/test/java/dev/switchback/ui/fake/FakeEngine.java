package dev.switchback.ui.fake;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Metric;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.SessionLoad;
import dev.switchback.engine.LoadSource;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Weeks;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * A small stand-in for the engine, for UI tests only: RPE x minutes loads, plain EWMA metrics and
 * two toy rules (pack above 20 % of body mass: WARN with a mechanical cap; a session over 3 h: INFO
 * with advice). Its numbers are not the engine's; the tests check the panels' behaviour, not the rules.
 */
public final class FakeEngine {
    private FakeEngine() {
    }

    /** The fake analysis of the document's plan, recomputed on every edit. */
    public static ObjectBinding<Optional<PlanAnalysis>> analysisOf(PlanDocument doc) {
        return Bindings.createObjectBinding(() -> Optional.of(analyse(doc.getPlan())), doc.planProperty());
    }

    /** The fake's one-click fix: caps a pack; other suggestions are refused. */
    public static Plan fix(Plan plan, Suggestion suggestion) {
        if (suggestion instanceof Suggestion.CapPack cap) {
            Session s = plan.session(cap.session())
                    .orElseThrow(() -> new IllegalArgumentException("the session is no longer in the plan"));
            return plan.withSession(s.withPackKg(cap.maxKg()));
        }
        throw new IllegalArgumentException("the fake cannot apply " + suggestion.getClass().getSimpleName());
    }

    public static PlanAnalysis analyse(Plan plan) {
        return new Analysis(plan, LocalDate.MIN);
    }

    /** As {@link #analyse(Plan)}, and days before {@code doneBefore} count as done at 95 % of the plan. */
    public static PlanAnalysis analyse(Plan plan, LocalDate doneBefore) {
        return new Analysis(plan, doneBefore);
    }

    public static ObjectBinding<Optional<PlanAnalysis>> analysisOf(PlanDocument doc, LocalDate doneBefore) {
        return Bindings.createObjectBinding(() -> Optional.of(analyse(doc.getPlan(), doneBefore)), doc.planProperty());
    }

    private static final class Analysis implements PlanAnalysis {
        private final Plan plan;
        private final List<DayLoad> days = new ArrayList<>();
        private final Map<LocalDate, DayLoad> byDate = new HashMap<>();
        private final Map<LocalDate, DayMetrics> metrics = new HashMap<>();
        private final LocalDate first;
        private final LocalDate doneBefore;

        Analysis(Plan plan, LocalDate doneBefore) {
            this.plan = plan;
            this.doneBefore = doneBefore;
            this.first = plan.firstDate().orElse(null);
            if (first == null) {
                return;
            }
            LocalDate last = plan.lastDate().orElseThrow();
            double ctl = 0;
            double atl = 0;
            int index = 0;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1), index++) {
                DayLoad day = load(d);
                days.add(day);
                byDate.put(d, day);
                ctl += (day.loadAu() - ctl) / 42;
                atl += (day.loadAu() - atl) / 7;
                metrics.put(d, index < 27 ? notYet(d, index + 1)
                        : new DayMetrics(d, Metric.of(ctl == 0 ? 0 : atl / ctl), Metric.of(ctl), Metric.of(atl),
                                Metric.of(ctl - atl), Metric.of(ctl == 0 ? 0 : (ctl - atl) / ctl * 100),
                                Metric.of(1.2), Metric.of(100)));
            }
        }

        private static DayMetrics notYet(LocalDate d, int daysSoFar) {
            Metric m = new Metric.NotEnoughHistory("needs 28 days of history, " + daysSoFar + " so far");
            return new DayMetrics(d, m, m, m, m, m, m, m);
        }

        private DayLoad load(LocalDate d) {
            List<Session> sessions = plan.sessionsOn(d);
            var loads = new ArrayList<SessionLoad>();
            double au = 0;
            double km = 0;
            double climb = 0;
            double pack = 0;
            double kgKm = 0;
            double longest = 0;
            boolean hard = false;
            for (Session s : sessions) {
                double minutes = s.duration().toMinutes();
                double rpe = s.targetRpe().orElse(5.0);
                au += rpe * minutes;
                if (s.kind().isRunning()) {
                    km += s.distanceM() / 1000;
                }
                climb += s.climbM();
                pack = Math.max(pack, s.packKg());
                kgKm += s.packKg() * s.distanceM() / 1000;
                longest = Math.max(longest, minutes);
                hard |= rpe >= 7;
                loads.add(new SessionLoad(d, Optional.of(s.id()), Optional.empty(), Optional.empty(), rpe * minutes,
                        minutes, rpe, LoadSource.PLANNED, "fake", Optional.empty()));
            }
            double done = d.isBefore(doneBefore) ? Math.round(au * 0.95) : 0;
            return new DayLoad(d, loads, au, done, au, km, climb, pack, kgKm, longest, au == 0, hard, false);
        }

        @Override
        public List<DayLoad> days() {
            return List.copyOf(days);
        }

        @Override
        public DayLoad day(LocalDate date) {
            DayLoad d = byDate.get(date);
            return d != null ? d : new DayLoad(date, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, true, false, false);
        }

        @Override
        public DayMetrics metrics(LocalDate date) {
            DayMetrics m = metrics.get(date);
            return m != null ? m : notYet(date, 0);
        }

        @Override
        public double loadedDescentM(LocalDate date) {
            return 0; // the fake's views do not show descent
        }

        @Override
        public WeekSummary week(LocalDate anyDay) {
            LocalDate monday = Weeks.monday(anyDay);
            double planned = 0;
            double done = 0;
            double km = 0;
            double climb = 0;
            double pack = 0;
            double kgKm = 0;
            double longest = 0;
            int rest = 0;
            int hard = 0;
            for (int i = 0; i < 7; i++) {
                DayLoad d = day(monday.plusDays(i));
                planned += d.plannedAu();
                done += d.doneAu();
                km += d.runningKm();
                climb += d.climbM();
                pack = Math.max(pack, d.heaviestPackKg());
                kgKm += d.packKgKm();
                longest = Math.max(longest, d.longestMinutes());
                rest += d.rest() ? 1 : 0;
                hard += d.hard() ? 1 : 0;
            }
            DayMetrics sunday = metrics(monday.plusDays(6));
            Metric none = new Metric.NotEnoughHistory("fake");
            return new WeekSummary(monday, planned, done, planned, km, climb, pack, kgKm, longest, rest, hard, none,
                    sunday.acwr(), sunday.monotony(), sunday.strain(), sunday.formPct(), none);
        }

        @Override
        public List<Finding> findings(LocalDate anyDay) {
            LocalDate monday = Weeks.monday(anyDay);
            double limit = plan.athlete().bodyMassKg() * 0.2;
            var out = new ArrayList<Finding>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                for (Session s : plan.sessionsOn(d)) {
                    if (s.packKg() > limit) {
                        out.add(new Finding("pack-mass", Severity.WARN, monday, List.of(d),
                                s.packKg() / plan.athlete().bodyMassKg() * 100, 20, "% body mass",
                                s.displayTitle() + " carries " + Math.round(s.packKg()) + " kg, more than 20 % of body mass.",
                                "Heavy packs load feet, knees and back; build up to them gradually.",
                                new Source("REI backpacking guidance", Evidence.SECONDARY),
                                new Suggestion.CapPack(s.id(), limit, "cap " + s.displayTitle() + "'s pack at "
                                        + Math.round(limit) + " kg")));
                    }
                    if (s.duration().toMinutes() > 180) {
                        out.add(new Finding("long-session", Severity.INFO, monday, List.of(d),
                                s.duration().toMinutes(), 180, "min",
                                s.displayTitle() + " is longer than 3 hours.",
                                "Long days build endurance but need an easy day after.",
                                new Source("Uphill Athlete", Evidence.CONVENTION),
                                new Suggestion.Advice("Keep the next day easy")));
                    }
                }
            }
            out.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.dates().get(0)));
            return out;
        }

        @Override
        public List<Finding> findings(LocalDate from, LocalDate to) {
            var out = new ArrayList<Finding>();
            for (LocalDate m = Weeks.monday(from); !m.isAfter(to); m = m.plusWeeks(1)) {
                out.addAll(findings(m));
            }
            return out;
        }
    }
}
