package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.HardDay;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Experience;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Weather;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expected heat or wind on a long or loaded day (issue 17, INFO): a day out from today on marked
 * {@code HOT} or {@code WINDY} that lasts at least {@code minHours} or carries a pack of at least
 * {@code loadedShare} of body mass gets the adjustment in numbers: keep the pack, shorten the distance or
 * the climb by {@code shortenShare}, drink {@code drinkMinL}-{@code drinkMaxL} an hour with about 0.5-0.7 g
 * of sodium a litre.
 */
public final class HeatAndWind implements Rule {
    public static final String ID = "heat-and-wind";
    static final Threshold MIN_HOURS = new Threshold(ID, "minHours");
    static final Threshold LOADED_SHARE = new Threshold(ID, "loadedShare");
    static final Threshold SHORTEN_SHARE = new Threshold(ID, "shortenShare");
    static final Threshold DRINK_MIN = new Threshold(ID, "drinkMinL");
    static final Threshold DRINK_MAX = new Threshold(ID, "drinkMaxL");
    static final Source SOURCE = new Source("Load-carriage guidance: in dry, windy or hot conditions shorten distance"
            + " or climb, keep the load; ACSM 2007 (Sawka et al., MSSE 39:377): 0.4-0.8 L/h, 20-30 mEq/L sodium",
            Evidence.PEER_REVIEWED);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Heat and wind on long days";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("minHours", 2.0, "loadedShare", HardDay.LOADED_FRACTION, "shortenShare", 0.2,
                "drinkMinL", 0.4, "drinkMaxL", 0.8);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        if (!DaysOut.anyAhead(c, DaysOut.Needs.HEAT_OR_WIND)) {
            return List.of(); // a week already lived (most of a long plan), or no heat or wind ahead: nothing read
        }
        double minMinutes = c.threshold(MIN_HOURS) * 60;
        double loadedKg = c.threshold(LOADED_SHARE) * c.plan().athlete().bodyMassKg();
        // only the days a finding is made of are built: hot or windy, and long or loaded
        List<DaysOut.DayOut> ahead = DaysOut.ahead(c, (trail, stage, minutes, packKg) -> hotOrWindy(trail)
                && (Bounds.atLeast(minutes, minMinutes) || loaded(packKg, loadedKg)));
        if (ahead.isEmpty()) {
            return List.of();
        }
        double share = c.threshold(SHORTEN_SHARE);
        double drinkMin = c.threshold(DRINK_MIN);
        double drinkMax = c.threshold(DRINK_MAX);
        var found = new ArrayList<Finding>();
        for (DaysOut.DayOut d : ahead) {
            boolean hot = d.trail().conditions().contains(Weather.HOT);
            boolean windy = d.trail().conditions().contains(Weather.WINDY);
            boolean loaded = loaded(d.packKg(), loadedKg);
            if (!(hot || windy) || !(Bounds.atLeast(d.minutes(), minMinutes) || loaded)) {
                continue;
            }
            String what = hot && windy ? "hot and windy" : hot ? "hot" : "windy";
            double hours = d.minutes() / 60;
            var shorten = new ArrayList<String>();
            if (d.distanceM() > 0) {
                shorten.add("the distance by " + Words.pct(share * 100) + " (to "
                        + Words.distance(d.distanceM() * (1 - share)) + ")");
            }
            if (d.climbM() > 0) {
                shorten.add("the climb by " + Words.pct(share * 100) + " (to " + Words.climb(d.climbM() * (1 - share))
                        + ")");
            }
            if (shorten.isEmpty()) {
                shorten.add("the time out by " + Words.pct(share * 100) + " (to " + Words.duration(d.minutes()
                        * (1 - share)) + ")");
            }
            String keep = d.packKg() > 0 ? "Keep the " + Words.mass(d.packKg()) + " pack, but shorten "
                    : "Shorten ";
            String drink = String.format(Locale.ROOT, "drink %.1f-%.1f L an hour (%.1f-%.1f L over %s) with about"
                    + " 0.5-0.7 g of sodium a litre, more salt than on a cool day", drinkMin, drinkMax,
                    drinkMin * hours, drinkMax * hours, Words.duration(d.minutes()));
            found.add(new Finding(ID, Severity.INFO, c.weekStart(), List.of(d.date()), hours, minMinutes / 60, "h",
                    RouteDuration.capital(d.name()) + " (" + Words.duration(d.minutes())
                            + (d.packKg() > 0 ? " with " + Words.mass(d.packKg()) : "") + ") is expected " + what,
                    (hot ? "Heat raises heart rate and sweat loss at the same pace, so the day is harder than its"
                            + " numbers; " : "Wind dries and chills, and a loaded day in it costs more; ")
                            + "the adaptation you train for comes from the load carried, so shorten the day, not"
                            + " the pack.", SOURCE,
                    new Suggestion.Advice(keep + String.join(" or ", shorten) + "; " + drink)));
        }
        return found;
    }

    private static boolean hotOrWindy(TrailPlan trail) {
        return trail.conditions().contains(Weather.HOT) || trail.conditions().contains(Weather.WINDY);
    }

    private static boolean loaded(double packKg, double loadedKg) {
        return packKg > 0 && Bounds.atLeast(packKg, loadedKg);
    }
}
