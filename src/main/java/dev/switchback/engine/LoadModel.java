package dev.switchback.engine;

import dev.switchback.format.Decimals;
import dev.switchback.format.Measure;
import dev.switchback.format.Sentence;
import dev.switchback.model.Athlete;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Sex;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Session-RPE load of one outing (Foster 2001): RPE (CR-10) x minutes, in arbitrary units (AU).
 *
 * <p>Order of preference: a logged RPE, then the planned target RPE, then an estimate from the
 * kind and intention (see {@link #baseRpe}) raised for the pack (Pandolf 1977 loaded/unloaded
 * metabolic ratio) and for climb (a per-100 m add-on from Uphill Athlete's TSS rule of thumb),
 * capped at 10. docs/rules.md ("Load model") documents the tables.
 */
public final class LoadModel {
    /** Walking speed assumed when a session has no distance, m/s (a loaded walker on trail) [J]. */
    public static final double DEFAULT_SPEED_MS = 1.2;
    /** Pandolf is valid up to about 2 m/s; faster speeds are clamped [J]. */
    public static final double MAX_SPEED_MS = 2.0;
    public static final double MIN_SPEED_MS = 0.3;
    /** Grades above this are clamped: Pandolf was fitted on moderate grades [J]. */
    public static final double MAX_GRADE_PCT = 25;
    /**
     * Climb add-on in AU per 100 m: Uphill Athlete adds 10 TSS per 1000 ft unloaded and 20 with more
     * than 10 % of body weight; at about 5 AU per TSS (an hour at RPE 5 = 300 AU ~ 60 TSS) that is
     * 16 and 33 AU per 100 m [S, scaled J].
     */
    public static final double CLIMB_AU_PER_100M = 16;
    public static final double CLIMB_AU_PER_100M_LOADED = 33;
    /** A pack of at least this fraction of body mass counts as "loaded". */
    public static final double LOADED_FRACTION = 0.10;
    public static final double MAX_RPE = 10;

    private LoadModel() {
    }

    /**
     * The effort assumed when the user gave none (CR-10): rest 0, active recovery 2, strength 4;
     * otherwise by intention: recovery 2, endurance 4 running / 3 on foot with a pack, technique 5,
     * peak 7 [J, after Foster's anchors].
     */
    public static double baseRpe(SessionKind kind, Intention intention) {
        return switch (kind) {
            case REST -> 0;
            case ACTIVE_RECOVERY -> 2;
            case STRENGTH_MOBILITY -> 4;
            default -> switch (intention) {
                case RECOVERY -> 2;
                case ENDURANCE -> kind.isRunning() ? 4 : 3;
                case TECHNIQUE -> 5;
                case PEAK -> 7;
            };
        };
    }

    /** Pandolf terrain factor eta (Soule and Goldman 1972); snow is a judgement between bog and sand. */
    public static double terrainFactor(Terrain terrain) {
        return switch (terrain) {
            case ROAD -> 1.0;
            case TRAIL -> 1.1;
            case TECHNICAL -> 1.2;
            case OFF_TRAIL -> 1.5;
            case SNOW -> 1.8;
        };
    }

    /**
     * Pandolf et al. 1977 metabolic rate in W: 1.5 W + 2.0 (W + L)(L/W)^2 + eta (W + L)(1.5 V^2 + 0.35 V G).
     *
     * @param bodyKg W, kg; loadKg L, kg; speed V, m/s; gradePct G, %
     */
    public static double pandolfWatts(double bodyKg, double loadKg, double speed, double gradePct, double eta) {
        double w = bodyKg;
        double l = loadKg;
        return 1.5 * w + 2.0 * (w + l) * (l / w) * (l / w) + eta * (w + l) * (1.5 * speed * speed + 0.35 * speed * gradePct);
    }

    /** Loaded / unloaded Pandolf ratio, at least 1. */
    public static double packFactor(double bodyKg, double packKg, double speed, double gradePct, double eta) {
        if (packKg <= 0) {
            return 1;
        }
        double unloaded = pandolfWatts(bodyKg, 0, speed, gradePct, eta);
        double loaded = pandolfWatts(bodyKg, packKg, speed, gradePct, eta);
        return unloaded > 0 ? Math.max(1, loaded / unloaded) : 1;
    }

    /** Speed from distance and time, clamped to Pandolf's range; the default walking speed without distance. */
    public static double speed(double distanceM, double minutes) {
        if (distanceM <= 0 || minutes <= 0) {
            return DEFAULT_SPEED_MS;
        }
        return clamp(distanceM / (minutes * 60), MIN_SPEED_MS, MAX_SPEED_MS);
    }

    /** Average grade in percent: climb / distance, 0 without distance. */
    public static double grade(double climbM, double distanceM) {
        if (distanceM <= 0) {
            return 0;
        }
        return clamp(climbM / distanceM * 100, 0, MAX_GRADE_PCT);
    }

    /** Load of a planned session; its sentence is built when read ({@link SessionLoad#how}). */
    public static SessionLoad planned(Session s, Athlete athlete) {
        double minutes = minutes(s.duration());
        if (s.isRest() || minutes <= 0) {
            return new SessionLoad(s.date(), Optional.of(s.id()), Optional.empty(), Optional.empty(), 0, 0, 0,
                    s.targetRpe().isPresent() ? LoadSource.PLANNED : LoadSource.ESTIMATED,
                    s.isRest() ? "Rest day: 0 AU" : "No duration planned: 0 AU", Optional.empty());
        }
        if (s.targetRpe().isPresent()) {
            double rpe = s.targetRpe().get();
            return new SessionLoad(s.date(), Optional.of(s.id()), Optional.empty(), Optional.empty(), rpe * minutes,
                    minutes, rpe, LoadSource.PLANNED, () -> "Planned: target RPE " + num(rpe) + " x " + num(minutes)
                            + " min = " + num(rpe * minutes) + " AU", Optional.empty());
        }
        // the number now, its sentence (the same computation with words) when read
        double rpe = estimateRpe(s.kind(), s.intention(), minutes, s.distanceM(), s.climbM(), s.packKg(), s.terrain(),
                athlete);
        return new SessionLoad(s.date(), Optional.of(s.id()), Optional.empty(), Optional.empty(), rpe * minutes,
                minutes, rpe, LoadSource.ESTIMATED, () -> estimate(s.kind(), s.intention(), minutes, s.distanceM(),
                        s.climbM(), s.packKg(), s.terrain(), athlete).how + " x " + num(minutes) + " min = "
                        + num(rpe * minutes) + " AU", Optional.empty());
    }

    /** Load of one day of a trip; its sentence is built when read. */
    public static SessionLoad stage(Trip trip, int index, Athlete athlete) {
        TripStage st = trip.stages().get(index);
        var date = trip.start().plusDays(index);
        double minutes = minutes(st.duration());
        if (minutes <= 0) {
            return new SessionLoad(date, Optional.empty(), Optional.of(trip.id()), Optional.empty(), 0, 0, 0,
                    LoadSource.PLANNED, () -> stageDay(trip, index) + "no time on the move: 0 AU", Optional.empty());
        }
        if (st.targetRpe().isPresent()) {
            double rpe = st.targetRpe().get();
            return new SessionLoad(date, Optional.empty(), Optional.of(trip.id()), Optional.empty(), rpe * minutes,
                    minutes, rpe, LoadSource.PLANNED, () -> stageDay(trip, index) + "planned RPE " + num(rpe) + " x "
                            + num(minutes) + " min = " + num(rpe * minutes) + " AU", Optional.empty());
        }
        double rpe = estimateRpe(SessionKind.BACKPACKING_DAY, Intention.ENDURANCE, minutes, st.distanceM(), st.climbM(),
                st.packKg(), trip.terrain(), athlete);
        return new SessionLoad(date, Optional.empty(), Optional.of(trip.id()), Optional.empty(), rpe * minutes,
                minutes, rpe, LoadSource.ESTIMATED, () -> stageDay(trip, index) + estimate(SessionKind.BACKPACKING_DAY,
                        Intention.ENDURANCE, minutes, st.distanceM(), st.climbM(), st.packKg(), trip.terrain(),
                        athlete).how + " x " + num(minutes) + " min = " + num(rpe * minutes) + " AU", Optional.empty());
    }

    private static String stageDay(Trip trip, int index) {
        return "Trip \"" + trip.title() + "\" day " + (index + 1) + ": ";
    }

    /** Load of a logged outing: logged RPE x actual minutes, with a Banister TRIMP cross-check when possible. */
    public static SessionLoad logged(OutingLog log, Athlete athlete) {
        double minutes = minutes(log.duration());
        double au = log.rpe() * minutes;
        Optional<Double> trimp = trimp(log, athlete);
        return new SessionLoad(log.date(), log.plannedSession(), Optional.empty(), Optional.of(log.id()), au, minutes,
                log.rpe(), LoadSource.LOGGED, () -> "Logged: RPE " + num(log.rpe()) + " x " + num(minutes) + " min = "
                        + num(au) + " AU" + trimp.map(t -> " (Banister TRIMP " + num(t) + ", not mixed in)").orElse(""),
                trimp);
    }

    /**
     * Banister TRIMP: minutes x dHR x k x e^(b dHR), dHR = (avg - rest)/(max - rest); men k 0.64 b 1.92,
     * women k 0.86 b 1.67, unspecified the mean of both. Needs the logged average HR and the athlete's
     * maximum and resting HR.
     */
    public static Optional<Double> trimp(OutingLog log, Athlete athlete) {
        if (log.avgHeartRate().isEmpty() || athlete.maxHeartRate().isEmpty()
                || athlete.restingHeartRate().isEmpty()) {
            return Optional.empty();
        }
        double max = athlete.maxHeartRate().get();
        double rest = athlete.restingHeartRate().get();
        double d = clamp((log.avgHeartRate().get() - rest) / (max - rest), 0, 1);
        double k;
        double b;
        if (athlete.sex() == Sex.MALE) {
            k = 0.64;
            b = 1.92;
        } else if (athlete.sex() == Sex.FEMALE) {
            k = 0.86;
            b = 1.67;
        } else {
            k = 0.75;
            b = 1.795;
        }
        return Optional.of(minutes(log.duration()) * d * k * Math.exp(b * d));
    }

    /** RPE used and the sentence saying how it was estimated, its pack and climb typed ({@link Sentence}). */
    record Estimate(double rpe, String how) {
    }

    static Estimate estimate(SessionKind kind, Intention intention, double minutes, double distanceM, double climbM,
            double packKg, Terrain terrain, Athlete athlete) {
        var how = new StringBuilder("Estimated: RPE ");
        double rpe = estimate(kind, intention, minutes, distanceM, climbM, packKg, terrain, athlete, how);
        return new Estimate(rpe, how.toString());
    }

    /** The RPE of {@link #estimate} without its sentence: the engine's daily series need only the number. */
    static double estimateRpe(SessionKind kind, Intention intention, double minutes, double distanceM, double climbM,
            double packKg, Terrain terrain, Athlete athlete) {
        return estimate(kind, intention, minutes, distanceM, climbM, packKg, terrain, athlete, null);
    }

    /**
     * The effort {@link #planned} uses for a session (its {@link SessionLoad#rpeUsed()}): 0 for a rest day or
     * no duration, else the target RPE, else the estimate; without building the sentence.
     */
    static double plannedRpe(Session s, Athlete athlete) {
        double minutes = minutes(s.duration());
        if (s.isRest() || minutes <= 0) {
            return 0;
        }
        if (s.targetRpe().isPresent()) {
            return s.targetRpe().get();
        }
        return estimateRpe(s.kind(), s.intention(), minutes, s.distanceM(), s.climbM(), s.packKg(), s.terrain(),
                athlete);
    }

    /** The effort {@link #stage} uses for a day of a trip, without building the sentence. */
    static double stageRpe(Trip trip, int index, Athlete athlete) {
        TripStage st = trip.stages().get(index);
        double minutes = minutes(st.duration());
        if (minutes <= 0) {
            return 0;
        }
        if (st.targetRpe().isPresent()) {
            return st.targetRpe().get();
        }
        return estimateRpe(SessionKind.BACKPACKING_DAY, Intention.ENDURANCE, minutes, st.distanceM(), st.climbM(),
                st.packKg(), trip.terrain(), athlete);
    }

    /** The one computation of an estimate; {@code how} (null: no sentence) gets the words after "Estimated: RPE ". */
    private static double estimate(SessionKind kind, Intention intention, double minutes, double distanceM,
            double climbM, double packKg, Terrain terrain, Athlete athlete, StringBuilder how) {
        double base = baseRpe(kind, intention);
        if (how != null) {
            how.append(num(base)).append(" for ")
                    .append(kind == SessionKind.REST || kind == SessionKind.ACTIVE_RECOVERY
                            || kind == SessionKind.STRENGTH_MOBILITY ? "" : intention.label().toLowerCase(Locale.ROOT) + " ")
                    .append(kind.label().toLowerCase(Locale.ROOT));
        }
        double rpe = base;
        if (base > 0 && packKg > 0) {
            double factor = packFactor(athlete.bodyMassKg(), packKg, speed(distanceM, minutes),
                    grade(climbM, distanceM), terrainFactor(terrain));
            rpe *= factor;
            if (how != null) {
                how.append(", x").append(Decimals.fixed(factor, 2)).append(" for a ")
                        .append(Sentence.mark(Measure.MASS, packKg)).append(" pack (Pandolf)");
            }
        }
        if (base > 0 && climbM > 0 && minutes > 0) {
            double perHundred = climbAuPer100m(athlete.packFraction(packKg));
            double add = perHundred * climbM / 100 / minutes;
            rpe += add;
            if (how != null) {
                how.append(", +").append(Decimals.fixed(add, 2)).append(" for ")
                        .append(Sentence.mark(Measure.CLIMB, climbM)).append(" climb");
            }
        }
        if (rpe > MAX_RPE) {
            rpe = MAX_RPE;
            if (how != null) {
                how.append(", capped at 10");
            }
        }
        if (rpe != base && how != null) {
            how.append(" = RPE ").append(Decimals.fixed(rpe, 1));
        }
        return rpe;
    }

    /**
     * The climb add-on for a pack share of body mass: 16 AU per 100 m up to 10 %, rising in a straight
     * line to 33 AU at 20 % and more. Uphill Athlete's rule is a step at 10 %; the line [J] keeps a pack
     * of 6.9 kg (10.1 % of 68 kg) from costing twice the climb of one of 6.7 kg.
     */
    public static double climbAuPer100m(double packFraction) {
        double f = clamp((packFraction - LOADED_FRACTION) / LOADED_FRACTION, 0, 1);
        return CLIMB_AU_PER_100M + (CLIMB_AU_PER_100M_LOADED - CLIMB_AU_PER_100M) * f;
    }

    static double minutes(Duration d) {
        return d.toSeconds() / 60.0;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static String num(double v) {
        if (Math.abs(v - Math.rint(v)) < Tolerance.EPS) {
            return Long.toString(Math.round(v));
        }
        return Decimals.fixed(v, 1);
    }

    /** Foster's monotony cap: days all alike would divide by a standard deviation of zero. */
    public static final double MONOTONY_CAP = 10;

    /** Foster's monotony: mean / SD (population) of the daily loads, rest days as 0; capped; 0 for no load. */
    public static double monotony(double[] loads) {
        double mean = 0;
        for (double x : loads) {
            mean += x;
        }
        mean /= loads.length;
        if (mean <= 0) {
            return 0;
        }
        double var = 0;
        for (double x : loads) {
            var += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(var / loads.length);
        return sd <= mean / MONOTONY_CAP ? MONOTONY_CAP : mean / sd;
    }
}
