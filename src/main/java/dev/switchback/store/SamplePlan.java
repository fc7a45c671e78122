package dev.switchback.store;

import dev.switchback.model.Athlete;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Experience;
import dev.switchback.model.Feel;
import dev.switchback.model.GoalEvent;
import dev.switchback.model.Intention;
import dev.switchback.model.LogId;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Phase;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleSettings;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Sex;
import dev.switchback.model.Terrain;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Units;
import dev.switchback.model.Weather;
import dev.switchback.model.Weeks;
import dev.switchback.model.Wellness;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The realistic plan a new user sees on first start, laid out around {@code today}: six weeks of
 * history (planned sessions, a shakedown trip, logged outings, daily check-ins) and five weeks ahead
 * to a two-day goal trip on the Höhenweg.
 *
 * <p>The weeks follow domain-notes section 8.5, so the default rules stay quiet on a steady week:
 * Monday rest, one hard interval session (Tuesday), an easy run, a run with a light pack (5-7 kg), a
 * strength session, a long backpacking day on Saturday (7-12 kg, at most 18 % of 68 kg) and an easy
 * Sunday. Three loading weeks, then a recovery week at most 75 % of the block's peak; no week rises
 * more than 30 % over either of the two before it; the longest outing grows at most 10 % over the
 * last 30 days; the pack rises by at most 1 kg a week while the distance grows; two taper weeks at
 * least 40 % below the peak before the goal trip. {@code SamplePlanTest} holds these, and checks
 * that the engine's default rules find no WARN or BLOCK in it. The same {@code today} always gives
 * the same plan (ids are derived from dates).
 */
public final class SamplePlan {
    static final double BODY_MASS_KG = 68;
    private static final int SHAKEDOWN_WEEK = -4;

    private SamplePlan() {
    }

    /** How one week of the sample is laid out. */
    private record Week(int offset, double scale, Duration longDay, double longPackKg, double lightPackKg,
            boolean recovery, String route) {
    }

    private static final List<Week> WEEKS = List.of(
            new Week(-6, 0.85, hm(3, 30), 8, 5, false, "Seealm loop"),
            new Week(-5, 0.92, hm(3, 45), 9, 5.5, false, "Hirschberg ridge"),
            new Week(-4, 0.95, Duration.ZERO, 0, 6, false, ""), // shakedown trip at the weekend
            new Week(-3, 0.85, hm(3, 45), 7, 5, true, "Lakeside forest trails"),
            new Week(-2, 0.92, hm(4, 0), 10, 6, false, "Kaisertal traverse"),
            new Week(-1, 0.92, hm(4, 15), 11, 6.5, false, "Schrofenpass and Gaisalpsee"),
            new Week(0, 1.00, hm(4, 30), 12, 7, false, "Nebelhorn flank"),
            new Week(1, 0.85, hm(3, 45), 11, 5, true, "Oytal valley"),
            new Week(2, 0.85, hm(4, 0), 12, 7, false, "Rappensee circuit"),
            new Week(3, 0.40, hm(2, 0), 8, 5, false, "Gerstruben meadows"),
            new Week(4, 0.50, Duration.ZERO, 0, 5, false, "")); // goal trip at the weekend

    public static Plan create(LocalDate today) {
        LocalDate monday = Weeks.monday(today);
        var sessions = new ArrayList<Session>();
        for (Week week : WEEKS) {
            sessions.addAll(week(monday.plusWeeks(week.offset()), week));
        }
        LocalDate afterGoal = monday.plusWeeks(5);
        sessions.add(rest(afterGoal));

        LocalDate shakedownStart = monday.plusWeeks(SHAKEDOWN_WEEK).plusDays(5);
        Trip shakedown = new Trip(new TripId("sample-trip-shakedown"), "Shakedown overnight at Prinz-Luitpold-Haus",
                shakedownStart, List.of(
                        stage(hm(3, 45), 13_000, 1_000, 800, 10, 4).withTrail(trail(Turnaround.by(LocalTime.of(14, 0)),
                                        "Back down the Ostrachtal the way you came")).withAltitudes(Optional.of(1846.0),
                                        Optional.of(1846.0)),
                        stage(hm(3, 0), 11_000, 500, 700, 9.5, 3).withTrail(trail(Turnaround.after(hm(1, 30))))),
                Terrain.TRAIL, false,
                "Test the full kit: tent, stove, two days of food. Note what was not used.");
        LocalDate goalStart = monday.plusWeeks(4).plusDays(5);
        Trip goal = new Trip(new TripId("sample-trip-hoehenweg"), "Höhenweg traverse", goalStart, List.of(
                        stage(hm(4, 45), 15_500, 1_250, 900, 12, 5).withTrail(trail(Turnaround.by(LocalTime.of(13, 30)),
                                        "Waltenbergerhaus at km 6", "Schrofenpass down to Einödsbach, bus at 16:40"))
                                .withAltitudes(Optional.of(2013.0), Optional.of(2420.0)),
                        stage(hm(4, 0), 14_000, 650, 1_100, 11, 4).withTrail(trail(Turnaround.atDistance(8_000),
                                        "Kemptner hut at km 8, path down to Spielmannsau"))
                                .withAltitudes(Optional.empty(), Optional.of(2250.0))),
                Terrain.TECHNICAL, true,
                "Hut to hut with bivouac kit. Water at the Mindelheimer hut; exit via Schrofenpass if the weather"
                        + " turns.");

        Athlete athlete = new Athlete("Alex Berger", BODY_MASS_KG, Optional.of(188), Optional.of(48), Sex.FEMALE,
                Units.METRIC, Experience.EXPERIENCED);
        var phases = List.of(
                new Phase(PhaseKind.BASE, monday.plusWeeks(-6), monday.plusWeeks(-2).minusDays(1)),
                new Phase(PhaseKind.BUILD, monday.plusWeeks(-2), monday.plusWeeks(3).minusDays(1)),
                new Phase(PhaseKind.TAPER, monday.plusWeeks(3), goalStart.minusDays(1)),
                new Phase(PhaseKind.RECOVERY, goalStart.plusDays(2), afterGoal));
        var goals = List.of(new GoalEvent("Höhenweg traverse in two days", goalStart, Optional.of(goal.id())));

        List<OutingLog> logs = logs(today, sessions);
        List<Wellness> wellness = wellness(today);
        return new Plan("Sample: trail and Höhenweg season", athlete, sessions, List.of(shakedown, goal), logs,
                wellness, phases, goals, RuleSettings.defaults());
    }

    private static List<Session> week(LocalDate monday, Week w) {
        var out = new ArrayList<Session>();
        boolean shakedown = w.offset() == SHAKEDOWN_WEEK;
        boolean goalWeek = w.offset() == 4;
        out.add(rest(monday));
        LocalDate tue = monday.plusDays(1);
        if (goalWeek) {
            out.add(run(tue, "Short sharpening: 4 × 2 min uphill", 40, 7_000, 200, 6, Intention.PEAK)
                    .withTargetHrZone(Optional.of(4))
                    .withNotes("Keep the intensity, drop the volume: the taper keeps the legs sharp."));
        } else {
            out.add(run(tue, w.recovery() ? "Hill strides 6 × 30 s" : "Hill intervals 6 × 3 min",
                    (int) (65 * w.scale()), 10_000 * w.scale(), 350 * w.scale(), w.recovery() ? 5 : 7,
                    w.recovery() ? Intention.TECHNIQUE : Intention.PEAK)
                    .withTargetHrZone(Optional.of(w.recovery() ? 3 : 4))
                    .withNotes("Warm up 15 min easy. Repeats uphill on the forest road, jog down to recover."
                            + " Cool down 10 min.")
                    .withNextDayPlan("Easy only tomorrow; skip the run if the calves are tight."));
        }
        out.add(run(monday.plusDays(2), "Easy trail run", (int) (50 * w.scale()), 8_500 * w.scale(),
                150 * w.scale(), 3, Intention.ENDURANCE).withTargetHrZone(Optional.of(2)));
        out.add(id(Session.of(monday.plusDays(3), SessionKind.RUN_WITH_PACK, "Run with light pack",
                minutes(60 * w.scale()))
                .withDistanceM(round(9_000 * w.scale())).withClimbM(round(400 * w.scale()))
                .withDescentM(round(400 * w.scale())).withPackKg(w.lightPackKg())
                .withTargetRpe(Optional.of(4.0)).withTargetHrZone(Optional.of(2))
                .withNotes("Pack with water bottles for weight; steady, conversational pace.")));
        LocalDate fri = monday.plusDays(4);
        if (w.recovery() || shakedown || goalWeek) {
            out.add(rest(fri).withNotes(shakedown || goalWeek ? "Pack the rucksack and weigh it." : ""));
        } else {
            out.add(id(Session.of(fri, SessionKind.STRENGTH_MOBILITY, "Strength and mobility", minutes(35))
                    .withTargetRpe(Optional.of(4.0))
                    .withNotes("Step-ups with pack, split squats, calf raises, hip mobility.")));
        }
        if (!shakedown && !goalWeek) {
            LocalDate sat = monday.plusDays(5);
            double hours = w.longDay().toMinutes() / 60.0;
            out.add(id(Session.of(sat, SessionKind.BACKPACKING_DAY, "Long day: " + w.route(), w.longDay())
                    .withDistanceM(round(3_600 * hours)).withClimbM(round(260 * hours))
                    .withDescentM(round(260 * hours)).withPackKg(w.longPackKg())
                    .withTerrain(w.offset() >= 0 ? Terrain.TECHNICAL : Terrain.TRAIL)
                    .withTargetRpe(Optional.of(4.0))
                    .withNotes("Full trip pack with food for the day. Eat every hour.")
                    .withTrail(w.offset() == 0 ? trail(Turnaround.by(LocalTime.of(13, 30)), "Seealpe hut at km 6",
                            "Nebelhorn cable car down from Höfatsblick until 16:45")
                            : trail(Turnaround.after(w.longDay().dividedBy(2))))
                    .withNextDayPlan("Easy jog or walk tomorrow; check feet and shoulders.")));
            out.add(run(monday.plusDays(6), "Easy recovery run", (int) (40 * w.scale()), 6_500 * w.scale(),
                    100 * w.scale(), 3, Intention.RECOVERY).withTargetHrZone(Optional.of(1)));
        }
        return out;
    }

    private static Session run(LocalDate date, String title, int minutes, double distanceM, double climbM,
            double rpe, Intention intention) {
        return id(Session.of(date, SessionKind.TRAIL_RUN, title, minutes(minutes))
                .withIntention(intention)
                .withDistanceM(round(distanceM)).withClimbM(round(climbM)).withDescentM(round(climbM))
                .withTargetRpe(Optional.of(rpe)));
    }

    private static Session rest(LocalDate date) {
        return id(Session.rest(date));
    }

    /** Stable ids: one session of each kind a day at most. */
    private static Session id(Session s) {
        return s.withId(new SessionId("sample-" + s.date() + "-" + s.kind().name().toLowerCase()));
    }

    /** A long day's turnaround and bailouts (issue 17): every long day and stage of the sample has one. */
    private static TrailPlan trail(Turnaround turnaround, String... bailouts) {
        return TrailPlan.NONE.withTurnaround(Optional.of(turnaround)).withBailouts(List.of(bailouts));
    }

    private static TripStage stage(Duration duration, double distanceM, double climbM, double descentM,
            double packKg, double rpe) {
        return new TripStage(duration, distanceM, climbM, descentM, packKg, Optional.of(rpe));
    }

    private static List<OutingLog> logs(LocalDate today, List<Session> sessions) {
        LocalDate from = Weeks.monday(today).minusWeeks(1);
        var logs = new ArrayList<OutingLog>();
        for (Session s : sessions) {
            if (s.isRest() || s.date().isBefore(from) || !s.date().isBefore(today)) {
                continue;
            }
            logs.add(log(s));
        }
        LocalDate unplanned = from.minusDays(3);
        logs.add(new OutingLog(new LogId("sample-log-" + unplanned + "-unplanned"), unplanned, Optional.empty(),
                SessionKind.HIKE, "Evening walk up the Kalvarienberg", Duration.ofMinutes(70), 5_200, 320, 320, 0, 2,
                Optional.empty(), Optional.empty(), Optional.of(new Feel(4, "relaxed")), Optional.empty(),
                Optional.of(new Feel(5, "sunset from the top")), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.of(2), EnumSet.of(Weather.WINDY), "", "Not planned: friends asked.", ""));
        return logs;
    }

    /** What the sample athlete wrote after each kind of session. */
    private static OutingLog log(Session s) {
        OutingLog base = OutingLog.fromPlan(s, s.targetRpe().orElse(3.0))
                .withSleepAndMotivation(Optional.of(7.5), Optional.of(2), Optional.of(2));
        OutingLog log = switch (s.kind()) {
            case BACKPACKING_DAY -> base
                    .withHeartRate(Optional.of(121), Optional.of(158))
                    .withFeel(Optional.of(new Feel(4, "keen")), Optional.of(new Feel(3, "heavy on the last climb")),
                            Optional.of(new Feel(4, "tired, satisfied")))
                    .withSoreness(Optional.of(3), EnumSet.of(BodyArea.THIGHS, BodyArea.CALVES))
                    .withWeather(EnumSet.of(Weather.COLD, Weather.WINDY))
                    .withTexts(s.title(), "2 l water, 0.5 l tea, 3 bars, cheese sandwich, nuts",
                            "Quads felt the long descent; pack sat well after re-adjusting the load lifters.",
                            "Easy jog only; tape the hip spot.");
            case TRAIL_RUN -> s.intention() == Intention.PEAK
                    ? base.withHeartRate(Optional.of(156), Optional.of(181))
                            .withFeel(Optional.of(new Feel(3, "sluggish warm-up")), Optional.of(new Feel(4, "strong")),
                                    Optional.of(new Feel(4, "")))
                            .withSoreness(Optional.of(3), EnumSet.of(BodyArea.CALVES))
                            .withTexts(s.title(), "", "Last repeat the fastest. Calves tight on the descent.", "")
                    : base.withHeartRate(Optional.of(132), Optional.of(149))
                            .withFeel(Optional.empty(), Optional.of(new Feel(4, "easy")), Optional.of(new Feel(4, "")))
                            .withSoreness(Optional.of(2), EnumSet.noneOf(BodyArea.class))
                            .withTexts(s.title(), "", "Kept it truly easy.", "");
            case RUN_WITH_PACK -> base
                    .withHeartRate(Optional.of(138), Optional.of(160))
                    .withFeel(Optional.of(new Feel(3, "")), Optional.of(new Feel(4, "pack sat well")),
                            Optional.of(new Feel(4, "")))
                    .withSoreness(Optional.of(2), EnumSet.noneOf(BodyArea.class))
                    .withWeather(EnumSet.of(Weather.WET))
                    .withTexts(s.title(), "0.5 l water", "Rain the whole way; new jacket works.", "");
            default -> base.withFeel(Optional.empty(), Optional.empty(), Optional.of(new Feel(4, "")))
                    .withTexts(s.title(), "", "", "");
        };
        return withId(log, new LogId("sample-log-" + s.id().value().substring("sample-".length())));
    }

    private static OutingLog withId(OutingLog l, LogId id) {
        return new OutingLog(id, l.date(), l.plannedSession(), l.kind(), l.title(), l.duration(), l.distanceM(),
                l.climbM(), l.descentM(), l.packKg(), l.rpe(), l.avgHeartRate(), l.maxHeartRate(), l.feelBefore(),
                l.feelDuring(), l.feelAfter(), l.sorenessLevel(), l.sorenessAreas(), l.sleepHours(), l.sleepQuality(),
                l.motivation(), l.weather(), l.mealsAndHydration(), l.notes(), l.nextDayPlan());
    }

    /** Daily check-ins for the last three weeks: fresh, a little more tired after long days (Hooper sum 6-10). */
    private static List<Wellness> wellness(LocalDate today) {
        var out = new ArrayList<Wellness>();
        for (LocalDate d = today.minusDays(21); d.isBefore(today); d = d.plusDays(1)) {
            boolean afterLongDay = d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
            boolean afterIntervals = d.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY;
            int wobble = (int) Math.floorMod(d.toEpochDay(), 3L);
            out.add(new Wellness(d, 2 + (wobble == 2 ? 1 : 0), Optional.of(7.0 + wobble * 0.5), 2 + (wobble == 1 ? 1 : 0),
                    afterLongDay ? 4 : 2, afterLongDay || afterIntervals ? 3 : 2, 2, Optional.of(47 + wobble)));
        }
        return out;
    }

    private static Duration hm(int hours, int minutes) {
        return Duration.ofMinutes(hours * 60L + minutes);
    }

    /** Rounded to 5 minutes, as people plan. */
    private static Duration minutes(double minutes) {
        return Duration.ofMinutes(Math.round(minutes / 5) * 5);
    }

    private static double round(double metres) {
        return Math.round(metres / 50) * 50.0;
    }
}
