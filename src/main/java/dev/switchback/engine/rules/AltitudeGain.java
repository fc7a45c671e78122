package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.HardDay;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Acclimatisation on trips (Wilderness Medical Society 2024, domain-notes 9), from the stages' sleeping
 * altitudes. Three WARNs, each on the day it names:
 * <ul>
 * <li>a night above {@code highAltitudeM} more than {@code maxDailyGainM} (strictly) above the night
 * before; the night before the trip counts as {@code highAltitudeM - maxDailyGainM} (2,500 m: arriving
 * from the lowlands), a stage without a sleeping altitude breaks the chain;</li>
 * <li>no extra day per {@code gainPerExtraDayM}: the sleeping altitude gained above {@code highAltitudeM}
 * since the last night that was not higher than the one before exceeds it (strictly) and still rises;</li>
 * <li>a hard effort (RPE of at least 7, {@link HardDay#HARD_RPE}) on the first {@code firstDays} days of the
 * trip above {@code hardAltitudeM}: the day the first night above it is reached and the days after.</li>
 * </ul>
 */
public final class AltitudeGain implements Rule {
    public static final String ID = "altitude";
    static final Threshold HIGH_ALTITUDE = new Threshold(ID, "highAltitudeM");
    static final Threshold MAX_DAILY_GAIN = new Threshold(ID, "maxDailyGainM");
    static final Threshold GAIN_PER_EXTRA_DAY = new Threshold(ID, "gainPerExtraDayM");
    static final Threshold HARD_ALTITUDE = new Threshold(ID, "hardAltitudeM");
    static final Threshold FIRST_DAYS = new Threshold(ID, "firstDays");
    static final Source SOURCE = new Source("Wilderness Medical Society 2024 (Luks et al., WEM 35:2S), acute altitude"
            + " illness guideline", Evidence.PEER_REVIEWED);
    static final String WHY = "Acute mountain sickness, and its dangerous forms, follow a fast rise in the altitude"
            + " you sleep at; the body needs days, not willpower, to adapt.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Altitude on trips";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("highAltitudeM", 3000.0, "maxDailyGainM", 500.0, "gainPerExtraDayM", 1000.0,
                "hardAltitudeM", 2500.0, "firstDays", 2.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        int m = c.weekIndex();
        if (!c.windows().anyTripDay(m, m + 6)) {
            return List.of(); // a trip in the week has a trip day in it
        }
        double high = c.threshold(HIGH_ALTITUDE);
        double maxGain = c.threshold(MAX_DAILY_GAIN);
        double perExtra = c.threshold(GAIN_PER_EXTRA_DAY);
        double hardAlt = c.threshold(HARD_ALTITUDE);
        int firstDays = (int) Math.max(1, Math.round(c.threshold(FIRST_DAYS)));
        LocalDate monday = c.weekStart();
        LocalDate sunday = monday.plusDays(6);
        var found = new ArrayList<Finding>();
        for (Trip t : TripIndex.overlapping(c.plan().trips(), monday, sunday)) {
            if (t.stages().stream().allMatch(s -> s.sleepingAltitudeM().isEmpty())) {
                continue;
            }
            Optional<Double> previous = Optional.of(high - maxGain);
            double sinceExtraDay = 0;
            int firstHigh = -1;
            for (int k = 0; k < t.days(); k++) {
                TripStage st = t.stages().get(k);
                LocalDate d = t.start().plusDays(k);
                boolean inWeek = !d.isBefore(monday) && !d.isAfter(sunday);
                Optional<Double> sleep = st.sleepingAltitudeM();
                if (sleep.isEmpty()) {
                    previous = Optional.empty();
                    continue;
                }
                double s = sleep.get();
                if (firstHigh < 0 && Bounds.over(s, hardAlt)) {
                    firstHigh = k;
                }
                if (previous.isPresent()) {
                    double gain = s - previous.get();
                    if (gain <= 0) {
                        sinceExtraDay = 0;
                    } else if (Bounds.over(s, high)) {
                        sinceExtraDay += Math.min(gain, s - high);
                        if (inWeek && Bounds.over(gain, maxGain)) {
                            double better = previous.get() + maxGain;
                            found.add(new Finding(ID, Severity.WARN, monday, List.of(d), gain, maxGain, "m",
                                    "Day " + (k + 1) + " of " + t.title() + " (" + Words.dayName(d) + ") sleeps at "
                                            + Words.climb(s) + ", " + Words.climb(gain) + " higher than the night"
                                            + " before (at most " + Words.climb(maxGain) + " a day above "
                                            + Words.climb(high) + ")",
                                    WHY, SOURCE, new Suggestion.Advice("Sleep at most " + Words.climb(better)
                                            + " that night, or add a night on the way up")));
                        } else if (inWeek && Bounds.over(sinceExtraDay, perExtra)) {
                            found.add(new Finding(ID, Severity.WARN, monday, List.of(d), sinceExtraDay, perExtra,
                                    "m", "Day " + (k + 1) + " of " + t.title() + " (" + Words.dayName(d)
                                            + ") sleeps higher again after " + Words.climb(sinceExtraDay - Math.min(gain,
                                            s - high)) + " gained above " + Words.climb(high) + " without an"
                                            + " extra day (one every " + Words.climb(perExtra) + ")",
                                    WHY, SOURCE, new Suggestion.Advice("Add a night at " + Words.climb(previous.get())
                                            + " (an extra day, no higher) before " + Words.dayName(d))));
                            sinceExtraDay = Math.min(gain, s - high);
                        }
                    }
                }
                previous = sleep;
            }
            if (firstHigh >= 0) {
                for (int k = firstHigh; k < Math.min(t.days(), firstHigh + firstDays); k++) {
                    LocalDate d = t.start().plusDays(k);
                    if (d.isBefore(monday) || d.isAfter(sunday)) {
                        continue;
                    }
                    Optional<Outing> hard = c.outings(d).stream()
                            .filter(o -> Bounds.atLeast(o.load().rpeUsed(), HardDay.HARD_RPE))
                            .max(java.util.Comparator.comparingDouble(o -> o.load().rpeUsed()));
                    if (hard.isEmpty()) {
                        continue;
                    }
                    double rpe = hard.get().load().rpeUsed();
                    found.add(new Finding(ID, Severity.WARN, monday, List.of(d), rpe, HardDay.HARD_RPE, "RPE",
                            Words.dayName(d) + " is day " + (k - firstHigh + 1) + " above " + Words.climb(hardAlt)
                                    + " on " + t.title() + ", and " + Words.lowerFirst(hard.get().title())
                                    + " is hard (RPE " + Words.one(rpe) + ")",
                            WHY + " Hard efforts in the first days at altitude make it worse.", SOURCE,
                            new Suggestion.Advice("Keep the first " + firstDays + " days above " + Words.climb(hardAlt)
                                    + " easy (RPE below " + Words.num(HardDay.HARD_RPE) + "): a shorter stage or"
                                    + " less climb")));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(f -> f.dates().get(0)));
        return found;
    }
}
