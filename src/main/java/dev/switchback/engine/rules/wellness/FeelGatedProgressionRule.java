package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Tolerance;
import dev.switchback.engine.rules.Words;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Feel-gated progression. The gate is the last pack day: the latest logged outing with a pack in the
 * {@code lookbackDays} (14) before a planned session. It is shut when that day was logged at RPE >=
 * {@code rpe} (7) and harder than its own planned target (an interval run planned at 7 and done at 7
 * went as meant), or with soreness of at least {@code sorenessLevel} (4 of 7, "average" on the Hooper
 * wording, where 1-3 are the low end) in the shoulders, hips, feet or back. Then a planned session that carries more than the heaviest pack logged in those days,
 * or (same kind) goes more than {@code distanceIncrease} (10 %, the usual weekly step) further than
 * the longest such outing, is flagged with half the increase suggested.
 */
public final class FeelGatedProgressionRule implements Rule {
    public static final String ID = "feel-gated-progression";
    static final Threshold RPE = new Threshold(ID, "rpe");
    static final Threshold SORENESS_LEVEL = new Threshold(ID, "sorenessLevel");
    static final Threshold DISTANCE_INCREASE = new Threshold(ID, "distanceIncrease");
    static final Threshold LOOKBACK_DAYS = new Threshold(ID, "lookbackDays");
    /** Where a pack shows first. */
    public static final Set<BodyArea> LOAD_AREAS =
            EnumSet.of(BodyArea.SHOULDERS, BodyArea.HIPS, BodyArea.FEET, BodyArea.BACK);
    // LOAD_AREAS as bits 1 << ordinal, as PlanIndex.soreAreas gives a log's areas
    private static final int LOAD_MASK = mask(LOAD_AREAS);
    static final Source SOURCE = new Source(
            "Gradual load-carriage progression (Knapik et al. 2012; Orr/Coyle review); the gate on RPE and"
                    + " soreness: judgement", Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("rpe", 7.0, "sorenessLevel", 4.0, "lookbackDays", 14.0, "distanceIncrease", 0.10);
    }

    @Override
    public String title() {
        return "Pack or distance increase after a hard or sore pack day";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        double rpeGate = week.threshold(RPE);
        double sorenessGate = week.threshold(SORENESS_LEVEL);
        int lookback = (int) week.threshold(LOOKBACK_DAYS);
        List<Finding> findings = null;
        PlanIndex index = PlanIndex.of(week);
        long monday = week.weekStart().toEpochDay();
        // every session's gate is one of the pack days from lookback days before Monday to Saturday: when none of
        // them can shut it (too easy, and no soreness where a pack shows), the week has nothing to report
        boolean mayShut = false;
        for (int k = index.firstPackLog(monday - lookback), end = index.firstPackLog(monday + 6); k < end; k++) {
            int j = index.packLogPosition(k);
            if (index.rpe(j) + Tolerance.EPS >= rpeGate || soreWhereAPackShows(index, j, sorenessGate)) {
                mayShut = true;
                break;
            }
        }
        if (!mayShut) {
            return List.of();
        }
        double distanceStep = week.threshold(DISTANCE_INCREASE);
        List<Session> sessions = index.sessionList();
        // the pack days before a session's day are [packFrom, packTo) of index.packLogList(): one range per day
        int packFrom = 0;
        int packTo = 0;
        long packDaysOf = Long.MIN_VALUE;
        // the gate of a day is its last pack day, the same for the days until the next one: judged once per gate,
        // and a session behind an open gate needs no look-up of its log
        int gateAt = -1;
        Gate gate = null;
        // sessions by position: their days and logs are arrays of the index (no read of a session's date or id)
        int first = index.firstSession(monday);
        for (int p = first, end = index.firstSession(monday + 7, first); p < end; p++) {
            if (index.restAt(p)) {
                continue;
            }
            long day = index.sessionDay(p);
            if (day != packDaysOf) {
                packFrom = index.firstPackLog(day - lookback);
                packTo = index.firstPackLog(day);
                packDaysOf = day;
                if (packFrom < packTo && packTo - 1 != gateAt) {
                    gateAt = packTo - 1;
                    gate = gate(index, gateAt, rpeGate, sorenessGate);
                }
            }
            if (packFrom >= packTo || gate == null || index.loggedAt(p)) {
                continue;
            }
            Session s = sessions.get(p);
            Finding f = check(week, index, s, packFrom, packTo, gate, distanceStep, lookback);
            if (f != null) {
                if (findings == null) {
                    findings = new ArrayList<>(2);
                }
                findings.add(f);
            }
        }
        return findings == null ? List.of() : findings;
    }

    /**
     * A shut gate: its pack day (a position of {@link PlanIndex#packLogList}, its log read for a finding only), whether it was hard (at or above the RPE gate and above its planned target,
     * {@code target} when it had one) and the areas where a pack shows that were sore (bits as
     * {@link PlanIndex#soreAreas}, 0 when none): the set is made for a finding's sentence only.
     */
    private record Gate(int pack, boolean hard, Optional<Double> target, int soreMask) {
        Set<BodyArea> sore() {
            Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
            for (BodyArea a : BodyArea.values()) {
                if ((soreMask & 1 << a.ordinal()) != 0) {
                    areas.add(a);
                }
            }
            return areas;
        }
    }

    /**
     * The gate of the pack day at {@code pack} of {@link PlanIndex#packLogList}, or null when it is open (neither
     * hard nor sore where a pack shows).
     */
    private static Gate gate(PlanIndex index, int pack, double rpeGate, double sorenessGate) {
        int j = index.packLogPosition(pack);
        double rpe = index.rpe(j);
        // the planned target matters only when the gate's RPE reached the gate (it is said only for a hard gate)
        boolean atGate = rpe + Tolerance.EPS >= rpeGate;
        boolean sore = soreWhereAPackShows(index, j, sorenessGate);
        if (!atGate && !sore) {
            return null; // neither can shut it: no read of the log or its session
        }
        Session planned = atGate ? index.plannedSessionOfLog(j) : null;
        Optional<Double> target = planned == null ? Optional.empty() : planned.targetRpe();
        boolean hard = atGate && (target.isEmpty() || rpe > target.get() + Tolerance.EPS);
        if (!hard && !sore) {
            return null;
        }
        return new Gate(pack, hard, target, sore ? index.soreAreas(j) & LOAD_MASK : 0);
    }

    /** The finding of one unlogged session behind the shut gate of its last {@code lookback} days, or null. */
    private static Finding check(WeekContext week, PlanIndex index, Session s, int packFrom, int packTo, Gate gate,
            double distanceStep, int lookback) {
        Optional<Double> target = gate.target();
        boolean gateHard = gate.hard();
        // the pack days [packFrom, packTo) of PlanIndex.packLogList, judged from its arrays (a log is read for the
        // finding only)
        int heaviestAt = packFrom;
        int longestAt = -1;
        SessionKind kind = s.kind();
        for (int k = packFrom; k < packTo; k++) {
            if (Double.compare(index.packKg(k), index.packKg(heaviestAt)) > 0) {
                heaviestAt = k; // the first of the heaviest, as Stream.max keeps it
            }
            double distance = index.packDistance(k);
            if (index.packKind(k) == kind && distance > 0
                    && (longestAt < 0 || Double.compare(distance, index.packDistance(longestAt)) > 0)) {
                longestAt = k;
            }
        }
        // the logs (the gate's, the heaviest, the longest) are read only for a finding: their pack and distance are
        // the index's numbers
        if (s.packKg() > index.packKg(heaviestAt) + Tolerance.EPS) {
            OutingLog g = index.packLog(gate.pack());
            OutingLog heaviest = index.packLog(heaviestAt);
            OutingLog heaviestDay = heaviest;
            double increase = s.packKg() - heaviest.packKg();
            double cap = Math.floor((heaviest.packKg() + increase / 2) * 2) / 2;
            return Finding.lazy(ID, Severity.WARN, week.weekStart(), dates(g, heaviest, s), increase, 0,
                    "kg more", SOURCE, SignalWords.day(s.date()), // the lead: ties are told apart by their day
                    () -> SignalWords.describe(s) + " plans a " + Words.mass(s.packKg()) + " pack, "
                            + Words.mass(increase) + " more than the heaviest of the last " + lookback + " days ("
                            + Words.mass(heaviestDay.packKg()) + " on " + SignalWords.day(heaviestDay.date())
                            + "), and " + gateText(g, gateHard, target, gate.sore()),
                    () -> WHY, () -> new Suggestion.CapPack(s.id(), cap,
                            "Carry at most " + Words.mass(cap) + " on " + SignalWords.day(s.date())
                                    + " (half the planned increase)"));
        } else if (longestAt >= 0
                && s.distanceM() > index.packDistance(longestAt) * (1 + distanceStep) + Tolerance.EPS) {
            OutingLog g = index.packLog(gate.pack());
            OutingLog l = index.packLog(longestAt);
            double increaseKm = (s.distanceM() - l.distanceM()) / 1000;
            double targetM = l.distanceM() + (s.distanceM() - l.distanceM()) / 2;
            Duration shorter = Duration.ofMinutes(
                    Math.round(s.duration().toMinutes() * targetM / s.distanceM()));
            return Finding.lazy(ID, Severity.WARN, week.weekStart(), dates(g, l, s), increaseKm, 0,
                    "km more", SOURCE, SignalWords.day(s.date()),
                    () -> SignalWords.describe(s) + " plans " + Words.distance(s.distanceM()) + ", " + Words.distance(increaseKm * 1000)
                            + " further than the longest " + s.kind().label().toLowerCase(Locale.ROOT)
                            + " of the last " + lookback + " days (" + Words.distance(l.distanceM()) + " on "
                            + SignalWords.day(l.date()) + "), and " + gateText(g, gateHard, target, gate.sore()),
                    () -> WHY, () -> new Suggestion.Shorten(s.id(), shorter,
                            "Shorten " + SignalWords.describe(s) + " to about " + Words.distance(targetM) + " ("
                                    + shorter.toMinutes() + " min, half the planned increase)"));
        }
        return null;
    }

    private static final String WHY = "Load carriage is best progressed in small steps after pack days that went"
            + " well; a hard or sore last pack day says the body has not caught up with the current load yet.";

    /**
     * The log at {@code position} of {@link PlanIndex#logList} names soreness in {@link #LOAD_AREAS} at the gate's
     * level (or at an unrated level).
     */
    private static boolean soreWhereAPackShows(PlanIndex index, int position, double sorenessGate) {
        // an unrated level counts (as Optional.map(..).orElse(true) read it), without a lambda per pack day
        double level = index.soreLevel(position);
        if (!Double.isNaN(level) && !(level + Tolerance.EPS >= sorenessGate)) {
            return false;
        }
        return (index.soreAreas(position) & LOAD_MASK) != 0;
    }

    private static int mask(Set<BodyArea> areas) {
        int mask = 0;
        for (BodyArea a : areas) {
            mask |= 1 << a.ordinal();
        }
        return mask;
    }

    private static String gateText(OutingLog g, boolean hard, Optional<Double> target, Set<BodyArea> sore) {
        return "the last pack day, " + SignalWords.day(g.date()) + ", was logged " + howItWent(g, hard, target, sore)
                + ".";
    }

    /** The three days, distinct and in order (written out: a stream per finding cost more than the rule's test). */
    private static List<java.time.LocalDate> dates(OutingLog gate, OutingLog reference, Session s) {
        java.time.LocalDate a = gate.date();
        java.time.LocalDate b = reference.date();
        java.time.LocalDate c = s.date();
        java.time.LocalDate t;
        // three compares instead of an array sort (equal dates are equal values: which of them comes first is moot)
        if (a.isAfter(b)) {
            t = a;
            a = b;
            b = t;
        }
        if (b.isAfter(c)) {
            t = b;
            b = c;
            c = t;
        }
        if (a.isAfter(b)) {
            t = a;
            a = b;
            b = t;
        }
        if (a.equals(b)) {
            return b.equals(c) ? List.of(a) : List.of(a, c);
        }
        return b.equals(c) ? List.of(a, b) : List.of(a, b, c);
    }

    private static String howItWent(OutingLog g, boolean hard, Optional<Double> target, Set<BodyArea> sore) {
        var parts = new ArrayList<String>();
        if (hard) {
            parts.add("at RPE " + SignalWords.num(g.rpe())
                    + target.map(t -> " (planned " + SignalWords.num(t) + ")").orElse(""));
        }
        if (!sore.isEmpty()) {
            parts.add("with " + g.sorenessLevel().map(v -> "soreness " + v + " of 7").orElse("soreness") + " in the "
                    + String.join(" and ", sore.stream().map(a -> a.label().toLowerCase(Locale.ROOT)).toList()));
        }
        return String.join(" and ", parts);
    }
}
