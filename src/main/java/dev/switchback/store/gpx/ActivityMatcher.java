package dev.switchback.store.gpx;

import dev.switchback.format.Dates;
import dev.switchback.engine.HeartRateSummary;
import dev.switchback.engine.HeartRateZones;
import dev.switchback.engine.LoadModel;
import dev.switchback.model.Athlete;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each imported activity file becomes: a log of the planned session of its day, an
 * unplanned outing, or nothing (skipped, refused), with the reason in words. Pure: no toolkit, no
 * files; {@link #apply} gives the plan with every imported log. The window's bulk import and the
 * {@code switchback import} command both use it, so they decide alike.
 *
 * <p>Rules (docs/outing-log.md, "Import activities"): the day is the track's first timestamp in the
 * user's time zone. The files of one day are matched to that day's planned sessions that move on
 * foot (not rest, not strength / mobility) and have no log yet, the pair with the closest duration
 * first. A file left over on a day whose sessions were logged before the import is skipped (a
 * session is never logged twice); on any other day it becomes an unplanned trail run.
 *
 * <p><b>Imported twice</b>: an outing with the same start (day and minute) and the same duration (to
 * the minute) as a log that records its start, or as an earlier file of this import, is skipped. A
 * log without a start time (typed in, or imported before schema 2) matches on the day, the minute of
 * duration and a distance within {@link #SAME_DISTANCE_M}.
 */
public final class ActivityMatcher {
    /** Unplanned outings start at the effort the unplanned form starts at; the user corrects it. */
    public static final double UNPLANNED_RPE = 4;
    /** Two recordings of the same outing without a start time: distance within this, metres. */
    static final double SAME_DISTANCE_M = 10;

    /** How numbers read in the user's units: the window's and the command line's formatters plug in. */
    public interface Describe {
        String distance(double metres);

        String climb(double metres);

        String duration(Duration d);
    }

    public enum Status { IMPORTED, SKIPPED, REFUSED }

    /**
     * What one file became; {@code log} is present when imported.
     *
     * @param file the file on disk (the archive, for an entry of one)
     * @param name the name shown: "ridge.gpx", "export.zip: activities/1.fit"
     */
    public record Outcome(Path file, String name, Status status, String detail, Optional<OutingLog> log) {
        public Outcome {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(log, "log");
        }

        public Outcome(Path file, Status status, String detail, Optional<OutingLog> log) {
            this(file, String.valueOf(file.getFileName()), status, detail, log);
        }

        public String fileName() {
            return name;
        }
    }

    /**
     * A file as read: its track, or the reason it could not be read. {@code heartRate}, when known,
     * is the track's summary worked out while reading (a bulk import then keeps no samples).
     */
    public record Read(Path file, String name, Optional<GpxTrack> track, String error,
            Optional<HeartRateSummary> heartRate) {
        public Read(Path file, String name, Optional<GpxTrack> track, String error) {
            this(file, name, track, error, Optional.empty());
        }

        /** The same read with the track's heart rate worked out and its samples let go. */
        public Read summarised(Athlete athlete) {
            if (track.isEmpty()) {
                return this;
            }
            GpxTrack t = track.get();
            GpxTrack light = new GpxTrack(t.files(), t.points(), t.distanceM(), t.climbM(), t.descentM(),
                    t.duration(), t.start(), List.of(), t.format(), t.laps());
            return new Read(file, name, Optional.of(light), error, HeartRateZones.of(athlete, t.samples()));
        }

        public static Read ok(Path file, GpxTrack track) {
            return new Read(file, String.valueOf(file.getFileName()), Optional.of(track), "");
        }

        public static Read failed(Path file, String error) {
            return new Read(file, String.valueOf(file.getFileName()), Optional.empty(), error);
        }

        public static Read ok(ActivityEntry entry, GpxTrack track) {
            return new Read(entry.origin(), entry.name(), Optional.of(track), "");
        }

        public static Read failed(ActivityEntry entry, String error) {
            return new Read(entry.origin(), entry.name(), Optional.empty(), error);
        }
    }

    private ActivityMatcher() {
    }

    /** The effort a log of {@code s} starts at: the planned target, else the engine's estimate to half a point. */
    public static double plannedRpe(Session s, Athlete athlete) {
        // The engine's one planned effort (a rest session has none: its load model's estimate then).
        return dev.switchback.engine.PlannedEffort.of(s, athlete).map(dev.switchback.engine.PlannedEffort::rpe)
                .orElseGet(() -> LoadModel.planned(s, athlete).rpeUsed());
    }

    /** One outcome per read, in the same order. */
    public static List<Outcome> match(Plan plan, List<Read> reads, ZoneId zone, Describe units) {
        return match(plan, reads, zone, units, Optional.empty());
    }

    /**
     * As {@link #match(Plan, List, ZoneId, Describe)}; with {@code onDay} (files dropped on a day of the
     * week) every outing is taken as done on that day, at the time of day its track started.
     */
    public static List<Outcome> match(Plan plan, List<Read> reads, ZoneId zone, Describe units,
            Optional<LocalDate> onDay) {
        Outcome[] out = new Outcome[reads.size()];
        Map<LocalDate, List<Integer>> byDay = new LinkedHashMap<>();
        Map<Integer, ZonedDateTime> starts = new HashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (r.track().isEmpty()) {
                out[i] = new Outcome(r.file(), r.name(), Status.REFUSED, r.error(), Optional.empty());
                continue;
            }
            GpxTrack t = r.track().get();
            if (t.start().isEmpty()) {
                out[i] = new Outcome(r.file(), r.name(), Status.REFUSED, "The " + t.formatName() + " " + r.name()
                        + " has no timestamps, so the day of the outing is unknown. Open the day's \"Log outing\""
                        + " form and use its Import GPX button instead.", Optional.empty());
                continue;
            }
            ZonedDateTime recorded = t.start().get().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
            ZonedDateTime start = onDay.map(d -> d.atTime(recorded.toLocalTime()).atZone(zone)).orElse(recorded);
            LocalDate day = start.toLocalDate();
            Optional<OutingLog> same = plan.logs().stream().filter(l -> sameOuting(l, start, t)).findFirst();
            if (same.isPresent()) {
                out[i] = new Outcome(r.file(), r.name(), Status.SKIPPED, "Already logged: " + same.get().displayTitle()
                        + " on " + Dates.weekdayDay(day) + same.get().startTime().map(s -> " at " + s
                                + " has the same start and duration").orElse(" has the same duration and distance")
                        + ". Nothing was added.", Optional.empty());
                continue;
            }
            Optional<Integer> earlier = Optional.empty();
            for (int j = 0; j < i && earlier.isEmpty(); j++) {
                if (starts.containsKey(j) && starts.get(j).equals(start)
                        && reads.get(j).track().orElseThrow().duration().map(ActivityMatcher::minutes)
                                .equals(t.duration().map(ActivityMatcher::minutes))) {
                    earlier = Optional.of(j);
                }
            }
            if (earlier.isPresent()) {
                out[i] = new Outcome(r.file(), r.name(), Status.SKIPPED, "The same outing as "
                        + reads.get(earlier.get()).name() + " in this import (same start and duration). Imported once.",
                        Optional.empty());
                continue;
            }
            starts.put(i, start);
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
        }
        for (var entry : byDay.entrySet()) {
            matchDay(plan, entry.getKey(), entry.getValue(), reads, starts, out, units);
        }
        return List.of(out);
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }

    private static void matchDay(Plan plan, LocalDate day, List<Integer> files, List<Read> reads,
            Map<Integer, ZonedDateTime> starts, Outcome[] out, Describe units) {
        List<Session> onFoot = plan.sessionsOn(day).stream().filter(s -> movesOnFoot(s.kind())).toList();
        List<Session> open = onFoot.stream().filter(s -> plan.logFor(s.id()).isEmpty()).toList();
        List<Session> logged = onFoot.stream().filter(s -> plan.logFor(s.id()).isPresent()).toList();
        record Pair(int file, Session session, long gapSeconds) {
        }
        var pairs = new ArrayList<Pair>();
        for (int f : files) {
            GpxTrack t = reads.get(f).track().orElseThrow();
            for (Session s : open) {
                long gap = t.duration().map(d -> Math.abs(d.minus(s.duration()).toSeconds())).orElse(0L);
                pairs.add(new Pair(f, s, gap));
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::gapSeconds).thenComparingInt(Pair::file)
                .thenComparingInt(p -> open.indexOf(p.session())));
        Set<Integer> doneFiles = new HashSet<>();
        Set<Session> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (doneFiles.contains(p.file()) || taken.contains(p.session())) {
                continue;
            }
            doneFiles.add(p.file());
            taken.add(p.session());
            out[p.file()] = planned(reads.get(p.file()), starts.get(p.file()), p.session(), plan, units);
        }
        for (int f : files) {
            if (doneFiles.contains(f)) {
                continue;
            }
            Read r = reads.get(f);
            if (!logged.isEmpty()) {
                Session s = logged.get(0);
                out[f] = new Outcome(r.file(), r.name(), Status.SKIPPED, Dates.weekdayDay(day) + "'s "
                        + s.displayTitle() + " is already logged; a session is never logged twice. To replace its"
                        + " numbers, open its log and use Import GPX there.", Optional.empty());
            } else {
                out[f] = unplanned(r, starts.get(f), plan.athlete(), units, !onFoot.isEmpty());
            }
        }
    }

    private static Outcome planned(Read r, ZonedDateTime start, Session s, Plan plan, Describe units) {
        GpxTrack t = r.track().orElseThrow();
        try {
            OutingLog log = OutingLog.fromPlan(s, plannedRpe(s, plan.athlete()))
                    .withActuals(t.duration().orElse(s.duration()), t.distanceM(), t.climbM().orElse(s.climbM()),
                            t.descentM().orElse(s.descentM()), s.packKg())
                    .withTexts(s.title(), "", imported(r), "");
            log = withTrackDetails(log, r, start, plan.athlete());
            return new Outcome(r.file(), r.name(), Status.IMPORTED, Dates.weekdayDay(s.date()) + ", " + s.displayTitle()
                    + " (planned): " + numbers(t, log, units), Optional.of(log));
        } catch (IllegalArgumentException outOfRange) {
            return refusedValues(r, t, outOfRange);
        }
    }

    private static Outcome unplanned(Read r, ZonedDateTime start, Athlete athlete, Describe units,
            boolean sessionsTaken) {
        GpxTrack t = r.track().orElseThrow();
        try {
            OutingLog log = OutingLog.quick(start.toLocalDate(), SessionKind.TRAIL_RUN,
                    t.duration().orElse(Duration.ZERO), UNPLANNED_RPE, imported(r))
                    .withActuals(t.duration().orElse(Duration.ZERO), t.distanceM(), t.climbM().orElse(0.0),
                            t.descentM().orElse(0.0), 0);
            log = withTrackDetails(log, r, start, athlete);
            String why = sessionsTaken ? "The day's planned sessions went to other files of this import"
                    : "No planned session that day";
            return new Outcome(r.file(), r.name(), Status.IMPORTED, Dates.weekdayDay(start.toLocalDate())
                    + ", unplanned trail run: " + numbers(t, log, units) + ". " + why + "; if it was not a run at"
                    + " effort " + plain(UNPLANNED_RPE) + ", change that in its log.", Optional.of(log));
        } catch (IllegalArgumentException outOfRange) {
            return refusedValues(r, t, outOfRange);
        }
    }

    /** The recorded start and, when the track has it, the heart rate (the engine's average and maximum). */
    private static OutingLog withTrackDetails(OutingLog log, Read r, ZonedDateTime start, Athlete athlete) {
        OutingLog withStart = log.withStartTime(Optional.of(LocalTime.of(start.getHour(), start.getMinute())));
        Optional<HeartRateSummary> hr = r.heartRate()
                .or(() -> HeartRateZones.of(athlete, r.track().orElseThrow().samples()));
        if (hr.isEmpty()) {
            return withStart;
        }
        return withStart.withHeartRate(Optional.of(clampHr(hr.get().average())), Optional.of(clampHr(hr.get().maximum())));
    }

    /** The log keeps 25..250 bpm; a strap's dropout spike beyond that is not a heart rate. */
    private static int clampHr(int bpm) {
        return Math.max(25, Math.min(250, bpm));
    }

    private static Outcome refusedValues(Read r, GpxTrack t, IllegalArgumentException e) {
        return new Outcome(r.file(), r.name(), Status.REFUSED, "The " + t.formatName() + " " + r.name()
                + " holds values no outing can have (" + e.getMessage() + "). Check that it is one recorded"
                + " activity.", Optional.empty());
    }

    private static String imported(Read r) {
        String name = r.name();
        int colon = name.lastIndexOf(": ");
        String leaf = name.substring(Math.max(name.lastIndexOf('/') + 1, colon < 0 ? 0 : colon + 2));
        return "Imported from " + leaf;
    }

    private static String numbers(GpxTrack t, OutingLog log, Describe units) {
        var parts = new ArrayList<String>();
        parts.add(units.distance(t.distanceM()));
        t.climbM().ifPresent(c -> parts.add(units.climb(c) + " up"));
        t.duration().ifPresent(d -> parts.add(units.duration(d)));
        log.avgHeartRate().ifPresent(a -> parts.add("HR " + a + " avg, " + log.maxHeartRate().orElse(a) + " max"));
        return String.join(", ", parts);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Kinds a GPS track can record: everything that moves on foot, not rest or strength work. */
    public static boolean movesOnFoot(SessionKind kind) {
        return kind != SessionKind.REST && kind != SessionKind.STRENGTH_MOBILITY;
    }

    private static boolean sameOuting(OutingLog l, ZonedDateTime start, GpxTrack t) {
        if (!l.date().equals(start.toLocalDate())) {
            return false;
        }
        boolean sameDuration = t.duration().map(d -> d.toMinutes() == l.duration().toMinutes()).orElse(false);
        if (l.startTime().isPresent()) {
            return sameDuration && l.startTime().get().equals(LocalTime.of(start.getHour(), start.getMinute()));
        }
        return sameDuration && Math.abs(l.distanceM() - t.distanceM()) <= SAME_DISTANCE_M;
    }

    /** The plan with every imported log added. */
    public static Plan apply(Plan plan, List<Outcome> outcomes) {
        Plan p = plan;
        for (Outcome o : outcomes) {
            if (o.log().isPresent()) {
                p = p.withLog(o.log().get());
            }
        }
        return p;
    }

    /** "3 imported, 1 skipped, 1 refused". */
    public static String summary(List<Outcome> outcomes) {
        var parts = new ArrayList<String>();
        for (Status s : Status.values()) {
            long n = outcomes.stream().filter(o -> o.status() == s).count();
            if (n > 0) {
                parts.add(n + " " + s.name().toLowerCase(Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "No files" : String.join(", ", parts);
    }
}
