package dev.switchback.ui.log;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.common.UnitFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Decides what each imported GPX file becomes: a log of the planned session of its day, an
 * unplanned outing, or nothing (skipped, refused), with the reason in words. Pure: no toolkit,
 * no files; {@link #apply} gives the plan with every imported log.
 *
 * <p>Rules (docs/outing-log.md, "Import several GPX tracks"): the day is the track's first
 * timestamp in the user's time zone. The files of one day are matched to that day's planned
 * sessions that move on foot (not rest, not strength / mobility) and have no log yet, the pair
 * with the closest duration first. A file left over on a day whose sessions were logged before
 * the import is skipped (a session is never logged twice); on any other day it becomes an
 * unplanned trail run. A file with the same day, duration and distance as an outing already
 * logged (or as an earlier file of this import) is skipped as already imported.
 */
public final class GpxMatcher {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** Unplanned outings start at the effort the unplanned form starts at; the user corrects it. */
    static final double UNPLANNED_RPE = 4;
    /** Two recordings of the same outing: same day and minute of duration, distance within this. */
    static final double SAME_DISTANCE_M = 10;

    public enum Status { IMPORTED, SKIPPED, REFUSED }

    /** What one file became; {@code log} is present when imported. */
    public record Outcome(Path file, Status status, String detail, Optional<OutingLog> log) {
        public Outcome {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(log, "log");
        }

        public String fileName() {
            return String.valueOf(file.getFileName());
        }
    }

    /** A file as read: its track, or the reason it could not be read. */
    public record Read(Path file, Optional<GpxTrack> track, String error) {
        public static Read ok(Path file, GpxTrack track) {
            return new Read(file, Optional.of(track), "");
        }

        public static Read failed(Path file, String error) {
            return new Read(file, Optional.empty(), error);
        }
    }

    private GpxMatcher() {
    }

    /** One outcome per read, in the same order. */
    public static List<Outcome> match(Plan plan, List<Read> reads, ZoneId zone) {
        UnitFormat units = new UnitFormat(plan.athlete().units());
        Outcome[] out = new Outcome[reads.size()];
        Map<LocalDate, List<Integer>> byDay = new LinkedHashMap<>();
        Map<Integer, LocalDate> days = new HashMap<>();
        List<OutingLog> known = new ArrayList<>(plan.logs());
        Map<Integer, String> firstOfSame = new HashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            Path file = r.file();
            if (r.track().isEmpty()) {
                out[i] = new Outcome(file, Status.REFUSED, r.error(), Optional.empty());
                continue;
            }
            GpxTrack t = r.track().get();
            if (t.start().isEmpty()) {
                out[i] = new Outcome(file, Status.REFUSED, "The GPX file " + file.getFileName()
                        + " has no timestamps, so the day of the outing is unknown. Open the day's \"Log outing\""
                        + " form and use its Import GPX button instead.", Optional.empty());
                continue;
            }
            LocalDate day = t.start().get().atZone(zone).toLocalDate();
            Optional<OutingLog> same = known.stream().filter(l -> sameOuting(l, day, t)).findFirst();
            if (same.isPresent()) {
                out[i] = new Outcome(file, Status.SKIPPED, "Already logged: " + same.get().displayTitle() + " on "
                        + DAY.format(day) + " has the same duration and distance. Nothing was added.", Optional.empty());
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (days.containsKey(j) && days.get(j).equals(day) && sameTrack(reads.get(j).track().get(), t)) {
                    firstOfSame.put(i, reads.get(j).file().getFileName().toString());
                }
            }
            if (firstOfSame.containsKey(i)) {
                out[i] = new Outcome(file, Status.SKIPPED, "The same outing as " + firstOfSame.get(i)
                        + " in this import (same day, duration and distance). Imported once.", Optional.empty());
                continue;
            }
            days.put(i, day);
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
        }
        for (var entry : byDay.entrySet()) {
            matchDay(plan, entry.getKey(), entry.getValue(), reads, out, units);
        }
        return List.of(out);
    }

    private static void matchDay(Plan plan, LocalDate day, List<Integer> files, List<Read> reads, Outcome[] out,
            UnitFormat units) {
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
            out[p.file()] = planned(reads.get(p.file()), p.session(), plan, units);
        }
        for (int f : files) {
            if (doneFiles.contains(f)) {
                continue;
            }
            if (!logged.isEmpty()) {
                Session s = logged.get(0);
                out[f] = new Outcome(reads.get(f).file(), Status.SKIPPED, DAY.format(day) + "'s "
                        + s.displayTitle() + " is already logged; a session is never logged twice. To replace its"
                        + " numbers, open its log and use Import GPX there.", Optional.empty());
            } else {
                out[f] = unplanned(reads.get(f), day, units, !onFoot.isEmpty());
            }
        }
    }

    private static Outcome planned(Read r, Session s, Plan plan, UnitFormat units) {
        GpxTrack t = r.track().orElseThrow();
        try {
            OutingLog log = OutingLog.fromPlan(s, OutingLogViewModel.plannedRpe(s, plan.athlete()))
                    .withActuals(t.duration().orElse(s.duration()), t.distanceM(), t.climbM().orElse(s.climbM()),
                            t.descentM().orElse(s.descentM()), s.packKg())
                    .withTexts(s.title(), "", imported(r), "");
            return new Outcome(r.file(), Status.IMPORTED, DAY.format(s.date()) + ", " + s.displayTitle()
                    + " (planned): " + numbers(t, units), Optional.of(log));
        } catch (IllegalArgumentException outOfRange) {
            return refusedValues(r, outOfRange);
        }
    }

    private static Outcome unplanned(Read r, LocalDate day, UnitFormat units, boolean sessionsTaken) {
        GpxTrack t = r.track().orElseThrow();
        try {
            OutingLog log = OutingLog.quick(day, SessionKind.TRAIL_RUN, t.duration().orElse(Duration.ZERO),
                    UNPLANNED_RPE, imported(r))
                    .withActuals(t.duration().orElse(Duration.ZERO), t.distanceM(), t.climbM().orElse(0.0),
                            t.descentM().orElse(0.0), 0);
            String why = sessionsTaken ? "The day's planned sessions went to other files of this import"
                    : "No planned session that day";
            return new Outcome(r.file(), Status.IMPORTED, DAY.format(day) + ", unplanned trail run: "
                    + numbers(t, units) + ". " + why + "; if it was not a run at effort "
                    + Numbers.plain(UNPLANNED_RPE) + ", change that in its log.", Optional.of(log));
        } catch (IllegalArgumentException outOfRange) {
            return refusedValues(r, outOfRange);
        }
    }

    private static Outcome refusedValues(Read r, IllegalArgumentException e) {
        return new Outcome(r.file(), Status.REFUSED, "The GPX file " + r.file().getFileName()
                + " holds values no outing can have (" + e.getMessage() + "). Check that it is one recorded"
                + " activity.", Optional.empty());
    }

    private static String imported(Read r) {
        return "Imported from " + r.file().getFileName();
    }

    private static String numbers(GpxTrack t, UnitFormat units) {
        var parts = new ArrayList<String>();
        parts.add(units.distance(t.distanceM()));
        t.climbM().ifPresent(c -> parts.add(units.climb(c) + " up"));
        t.duration().ifPresent(d -> parts.add(Numbers.duration(d)));
        return String.join(", ", parts);
    }

    /** Kinds a GPS track can record: everything that moves on foot, not rest or strength work. */
    static boolean movesOnFoot(SessionKind kind) {
        return kind != SessionKind.REST && kind != SessionKind.STRENGTH_MOBILITY;
    }

    private static boolean sameOuting(OutingLog l, LocalDate day, GpxTrack t) {
        return l.date().equals(day) && t.duration().map(d -> d.toMinutes() == l.duration().toMinutes()).orElse(false)
                && Math.abs(l.distanceM() - t.distanceM()) <= SAME_DISTANCE_M;
    }

    private static boolean sameTrack(GpxTrack a, GpxTrack b) {
        return a.duration().equals(b.duration()) && Math.abs(a.distanceM() - b.distanceM()) <= SAME_DISTANCE_M;
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
