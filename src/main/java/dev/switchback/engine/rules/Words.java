package dev.switchback.engine.rules;

import dev.switchback.engine.Outing;
import dev.switchback.engine.Tolerance;
import dev.switchback.format.Dates;
import dev.switchback.format.Decimals;
import dev.switchback.format.Measure;
import dev.switchback.format.Sentence;
import java.time.LocalDate;
import java.util.List;

/** How the rules write days, durations, masses, loads and outings in their sentences. */
public final class Words {
    private Words() {
    }

    public static String dayName(LocalDate d) {
        return Dates.weekday(d.getDayOfWeek());
    }

    /** "Monday 2 November". */
    public static String longDate(LocalDate d) {
        return dayName(d) + " " + d.getDayOfMonth() + " " + Dates.monthName(d.getMonth());
    }

    /** "Tuesday", "Tuesday and Wednesday", "Tuesday, Wednesday and Thursday". */
    public static String dayList(List<LocalDate> dates) {
        var names = dates.stream().map(Words::dayName).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "45 min", "2 h", "1 h 39": as the one formatter says a duration everywhere (issue 13). */
    public static String duration(double minutes) {
        return dev.switchback.format.UnitFormat.duration(java.time.Duration.ofSeconds(Math.round(minutes * 60)));
    }

    /**
     * A mass in a sentence, typed ({@link Sentence}): "24 kg", "13.5 kg" in metric, "52.9 lb" in imperial, as
     * the card, the sheet and the table say it. Every quantity of a finding's sentences goes through these
     * helpers, so that it follows the athlete's units.
     */
    public static String mass(double kg) {
        return Sentence.mark(Measure.MASS, kg);
    }

    /** A distance: "12 km", "12.5 km", "7.8 mi". */
    public static String distance(double metres) {
        return Sentence.mark(Measure.DISTANCE, metres);
    }

    /** A climb, descent or altitude in whole metres or feet: "640 m", "2100 ft". */
    public static String climb(double metres) {
        return Sentence.mark(Measure.CLIMB, metres);
    }

    /** "1528 AU": a load as the week view, the sheet and the CSV say it (the one formatter). */
    public static String au(double au) {
        return dev.switchback.format.UnitFormat.load(au) + " AU";
    }

    public static String pct(double pct) {
        return Decimals.fixed(pct, 0) + " %";
    }

    public static String ratio(double r) {
        return Decimals.fixed(r, 2);
    }

    /** "8" or "7.5". */
    public static String num(double v) {
        return Math.abs(v - Math.rint(v)) < Tolerance.EPS ? Long.toString(Math.round(v)) : one(v);
    }

    public static String one(double v) {
        return Decimals.fixed(v, 1);
    }

    /** "Saturday's long pack hike". */
    public static String name(Outing o) {
        return dayName(o.date()) + "'s " + lowerFirst(o.title());
    }

    /** "morning carry and evening carry": the outings' titles for a sentence, in their order. */
    static String titles(List<Outing> outings) {
        return String.join(" and ", outings.stream().map(o -> lowerFirst(o.title())).toList());
    }

    static String lowerFirst(String s) {
        if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
