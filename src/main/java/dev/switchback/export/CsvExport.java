package dev.switchback.export;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Feel;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Units;
import dev.switchback.model.Weather;
import dev.switchback.model.Weeks;
import dev.switchback.model.Wellness;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sessions, trip days, outing logs and wellness check-ins as one CSV table for spreadsheets
 * (columns: docs/export.md). Every value has its own typed column: a feel is a score column (a
 * number, sortable) and a words column, never "2 legs heavy" in one cell.
 *
 * <p>Numbers are in the units chosen for the export (the athlete's by default, or metric/imperial
 * from the command line), with the unit in the column name ({@code distance_km} or
 * {@code distance_mi}), a dot as decimal separator and no thousands separator, rounded as the window and
 * the sheet show them ({@link UnitFormat}: minutes, tenths of a km or mi, whole m or ft, tenths of a kg or lb). The file is UTF-8
 * with a byte-order mark: Excel needs the mark to read UTF-8 (without it "Höhenweg" arrives
 * garbled); LibreOffice, Numbers and pandas ({@code encoding="utf-8-sig"}) accept it.
 */
public final class CsvExport {
    static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    /** The header row for {@code units}. */
    public static List<String> columns(Units units) {
        String d = units == Units.METRIC ? "km" : "mi";
        String c = units == Units.METRIC ? "m" : "ft";
        String m = units == Units.METRIC ? "kg" : "lb";
        return List.of(
                "record", "date", "iso_week", "start_time", "kind", "title", "intention", "terrain",
                "duration_min", "distance_" + d, "climb_" + c, "descent_" + c, "pack_" + m,
                "target_rpe", "target_hr_zone", "rpe", "avg_hr", "max_hr",
                "feel_before", "feel_before_words", "feel_during", "feel_during_words", "feel_after",
                "feel_after_words", "soreness", "soreness_areas",
                "sleep_h", "sleep_quality", "stress", "fatigue", "motivation", "hooper_sum", "resting_hr",
                "weather", "notes", "next_day", "session_id", "trip_id", "log_id");
    }

    public static void write(Plan plan, Optional<WeekRange> range, Path target) throws ExportException {
        write(plan, range, plan.athlete().units(), target);
    }

    public static void write(Plan plan, Optional<WeekRange> range, Units units, Path target) throws ExportException {
        String content = content(plan, range, units);
        AtomicFile.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(content);
            w.flush();
        });
    }

    /** The whole file as text in the athlete's units, starting with the byte-order mark. */
    public static String content(Plan plan, Optional<WeekRange> range) {
        return content(plan, range, plan.athlete().units());
    }

    /** The whole file as text, starting with the byte-order mark. */
    public static String content(Plan plan, Optional<WeekRange> range, Units units) {
        record Row(LocalDate date, int order, String key, List<String> cells) {
        }
        List<String> columns = columns(units);
        var rows = new ArrayList<Row>();
        for (Session s : plan.sessions()) {
            if (range.map(r -> r.contains(s.date())).orElse(true)) {
                rows.add(new Row(s.date(), 0, s.id().value(), session(s, units).cells(columns)));
            }
        }
        for (Trip t : plan.trips()) {
            for (int i = 0; i < t.days(); i++) {
                LocalDate d = t.start().plusDays(i);
                if (range.map(r -> r.contains(d)).orElse(true)) {
                    rows.add(new Row(d, 1, t.id().value(), tripStage(t, i, units).cells(columns)));
                }
            }
        }
        for (OutingLog l : plan.logs()) {
            if (range.map(r -> r.contains(l.date())).orElse(true)) {
                rows.add(new Row(l.date(), 2, l.id().value(), log(l, units).cells(columns)));
            }
        }
        for (Wellness w : plan.wellness()) {
            if (range.map(r -> r.contains(w.date())).orElse(true)) {
                rows.add(new Row(w.date(), 3, "", wellness(w).cells(columns)));
            }
        }
        rows.sort(Comparator.comparing(Row::date).thenComparingInt(Row::order).thenComparing(Row::key));
        var sb = new StringBuilder(BOM);
        sb.append(Csv.record(columns));
        for (Row r : rows) {
            sb.append(Csv.record(r.cells()));
        }
        return sb.toString();
    }

    /** One row by column name; a column not set is an empty cell. Values are already CSV-encoded. */
    private static final class Cells {
        private final Map<String, String> byColumn = new HashMap<>();

        Cells put(String column, String encoded) {
            byColumn.put(column, encoded);
            return this;
        }

        Cells figures(Units units, Duration duration, double distanceM, double climbM, double descentM,
                double packKg) {
            boolean metric = units == Units.METRIC;
            UnitFormat f = UnitFormat.of(units);
            put("duration_min", Long.toString(UnitFormat.minutes(duration)));
            put(metric ? "distance_km" : "distance_mi", f.number(Measure.DISTANCE, distanceM));
            put(metric ? "climb_m" : "climb_ft", f.number(Measure.CLIMB, climbM));
            put(metric ? "descent_m" : "descent_ft", f.number(Measure.CLIMB, descentM));
            put(metric ? "pack_kg" : "pack_lb", f.number(Measure.MASS, packKg));
            return this;
        }

        List<String> cells(List<String> columns) {
            return columns.stream().map(c -> byColumn.getOrDefault(c, "")).toList();
        }
    }

    private static Cells session(Session s, Units units) {
        return new Cells().put("record", "planned").put("date", s.date().toString())
                .put("iso_week", Weeks.label(s.date())).put("start_time", s.startTime().map(CsvExport::time).orElse(""))
                .put("kind", Csv.text(s.kind().label())).put("title", Csv.text(s.title()))
                .put("intention", Csv.text(s.intention().label())).put("terrain", Csv.text(s.terrain().label()))
                .figures(units, s.duration(), s.distanceM(), s.climbM(), s.descentM(), s.packKg())
                .put("target_rpe", s.targetRpe().map(v -> UnitFormat.plain(v)).orElse(""))
                .put("target_hr_zone", s.targetHrZone().map(String::valueOf).orElse(""))
                .put("notes", Csv.text(s.notes())).put("next_day", Csv.text(s.nextDayPlan()))
                .put("session_id", Csv.text(s.id().value()));
    }

    private static Cells tripStage(Trip t, int index, Units units) {
        TripStage st = t.stages().get(index);
        LocalDate d = t.start().plusDays(index);
        String title = t.title() + " (day " + (index + 1) + " of " + t.days() + ")";
        return new Cells().put("record", "trip-stage").put("date", d.toString()).put("iso_week", Weeks.label(d))
                .put("kind", t.goal() ? "Goal trip" : "Trip").put("title", Csv.text(title))
                .put("terrain", Csv.text(t.terrain().label()))
                .figures(units, st.duration(), st.distanceM(), st.climbM(), st.descentM(), st.packKg())
                .put("target_rpe", st.targetRpe().map(v -> UnitFormat.plain(v)).orElse(""))
                .put("notes", Csv.text(index == 0 ? t.notes() : "")).put("trip_id", Csv.text(t.id().value()));
    }

    private static Cells log(OutingLog l, Units units) {
        Cells c = new Cells().put("record", "log").put("date", l.date().toString())
                .put("iso_week", Weeks.label(l.date())).put("start_time", l.startTime().map(CsvExport::time).orElse(""))
                .put("kind", Csv.text(l.kind().label())).put("title", Csv.text(l.title()))
                .figures(units, l.duration(), l.distanceM(), l.climbM(), l.descentM(), l.packKg())
                .put("rpe", UnitFormat.plain(l.rpe()))
                .put("avg_hr", l.avgHeartRate().map(String::valueOf).orElse(""))
                .put("max_hr", l.maxHeartRate().map(String::valueOf).orElse(""))
                .put("soreness", l.sorenessLevel().map(String::valueOf).orElse(""))
                .put("soreness_areas", Csv.text(l.sorenessAreas().stream().sorted().map(BodyArea::label)
                        .collect(Collectors.joining("; "))))
                .put("sleep_h", l.sleepHours().map(v -> UnitFormat.plain(v)).orElse(""))
                .put("sleep_quality", l.sleepQuality().map(String::valueOf).orElse(""))
                .put("motivation", l.motivation().map(String::valueOf).orElse(""))
                .put("weather", Csv.text(l.weather().stream().sorted().map(Weather::label)
                        .collect(Collectors.joining("; "))))
                .put("notes", Csv.text(l.notes())).put("next_day", Csv.text(l.nextDayPlan()))
                .put("session_id", Csv.text(l.plannedSession().map(Object::toString).orElse("")))
                .put("log_id", Csv.text(l.id().value()));
        feel(c, "feel_before", l.feelBefore());
        feel(c, "feel_during", l.feelDuring());
        feel(c, "feel_after", l.feelAfter());
        return c;
    }

    private static Cells wellness(Wellness w) {
        return new Cells().put("record", "wellness").put("date", w.date().toString())
                .put("iso_week", Weeks.label(w.date()))
                .put("sleep_h", w.sleepHours().map(v -> UnitFormat.plain(v)).orElse(""))
                .put("sleep_quality", String.valueOf(w.sleepQuality())).put("stress", String.valueOf(w.stress()))
                .put("fatigue", String.valueOf(w.fatigue())).put("soreness", String.valueOf(w.soreness()))
                .put("motivation", String.valueOf(w.motivation())).put("hooper_sum", String.valueOf(w.hooperSum()))
                .put("resting_hr", w.restingHeartRate().map(String::valueOf).orElse(""));
    }

    /** The score (a number) in {@code column}, the words in {@code column_words}. */
    private static void feel(Cells c, String column, Optional<Feel> feel) {
        feel.ifPresent(f -> c.put(column, Integer.toString(f.score())).put(column + "_words", Csv.text(f.words())));
    }

    private static String time(LocalTime t) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

}
