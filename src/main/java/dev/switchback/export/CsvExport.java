package dev.switchback.export;

import dev.switchback.model.BodyArea;
import dev.switchback.model.Feel;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weather;
import dev.switchback.model.Weeks;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sessions, trip days and outing logs as one CSV table for spreadsheets (columns: docs/export.md).
 *
 * <p>Numbers are SI with the unit in the column name (km, m, kg, minutes) whatever the athlete's
 * display units, with a dot as decimal separator, so a spreadsheet built on the file keeps working
 * when the preference changes. The file is UTF-8 with a byte-order mark: Excel needs the mark to
 * read UTF-8 (without it "Höhenweg" arrives garbled); LibreOffice, Numbers and pandas
 * ({@code encoding="utf-8-sig"}) accept it.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of(
            "record", "date", "iso_week", "kind", "title", "intention", "terrain",
            "duration_min", "distance_km", "climb_m", "descent_m", "pack_kg",
            "target_rpe", "target_hr_zone", "rpe", "avg_hr", "max_hr",
            "feel_before", "feel_during", "feel_after", "soreness", "soreness_areas",
            "sleep_h", "sleep_quality", "motivation", "weather",
            "notes", "next_day", "session_id", "trip_id", "log_id");
    static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    public static void write(Plan plan, Optional<WeekRange> range, Path target) throws ExportException {
        String content = content(plan, range);
        AtomicFile.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(content);
            w.flush();
        });
    }

    /** The whole file as text, starting with the byte-order mark. */
    public static String content(Plan plan, Optional<WeekRange> range) {
        record Row(LocalDate date, int order, String key, List<String> cells) {
        }
        var rows = new ArrayList<Row>();
        for (Session s : plan.sessions()) {
            if (range.map(r -> r.contains(s.date())).orElse(true)) {
                rows.add(new Row(s.date(), 0, s.id().value(), session(s)));
            }
        }
        for (Trip t : plan.trips()) {
            for (int i = 0; i < t.days(); i++) {
                LocalDate d = t.start().plusDays(i);
                if (range.map(r -> r.contains(d)).orElse(true)) {
                    rows.add(new Row(d, 1, t.id().value(), tripStage(t, i)));
                }
            }
        }
        for (OutingLog l : plan.logs()) {
            if (range.map(r -> r.contains(l.date())).orElse(true)) {
                rows.add(new Row(l.date(), 2, l.id().value(), log(l)));
            }
        }
        rows.sort(Comparator.comparing(Row::date).thenComparingInt(Row::order).thenComparing(Row::key));
        var sb = new StringBuilder(BOM);
        sb.append(Csv.record(COLUMNS));
        for (Row r : rows) {
            sb.append(Csv.record(r.cells()));
        }
        return sb.toString();
    }

    private static List<String> session(Session s) {
        return List.of(
                "planned", s.date().toString(), Weeks.label(s.date()), Csv.text(s.kind().label()),
                Csv.text(s.title()), Csv.text(s.intention().label()), Csv.text(s.terrain().label()),
                minutes(s.duration()), num(s.distanceM() / 1000, 3), num(s.climbM(), 0), num(s.descentM(), 0),
                num(s.packKg(), 1),
                s.targetRpe().map(v -> num(v, 1)).orElse(""), s.targetHrZone().map(String::valueOf).orElse(""),
                "", "", "", "", "", "", "", "", "", "", "", "",
                Csv.text(s.notes()), Csv.text(s.nextDayPlan()), Csv.text(s.id().value()), "", "");
    }

    private static List<String> tripStage(Trip t, int index) {
        TripStage st = t.stages().get(index);
        LocalDate d = t.start().plusDays(index);
        String title = t.title() + " (day " + (index + 1) + " of " + t.days() + ")";
        return List.of(
                "trip-stage", d.toString(), Weeks.label(d), t.goal() ? "Goal trip" : "Trip", Csv.text(title), "",
                Csv.text(t.terrain().label()), minutes(st.duration()), num(st.distanceM() / 1000, 3),
                num(st.climbM(), 0), num(st.descentM(), 0), num(st.packKg(), 1),
                st.targetRpe().map(v -> num(v, 1)).orElse(""), "",
                "", "", "", "", "", "", "", "", "", "", "", "",
                Csv.text(index == 0 ? t.notes() : ""), "", "", Csv.text(t.id().value()), "");
    }

    private static List<String> log(OutingLog l) {
        return List.of(
                "log", l.date().toString(), Weeks.label(l.date()), Csv.text(l.kind().label()), Csv.text(l.title()),
                "", "", minutes(l.duration()), num(l.distanceM() / 1000, 3), num(l.climbM(), 0),
                num(l.descentM(), 0), num(l.packKg(), 1), "", "", num(l.rpe(), 1),
                l.avgHeartRate().map(String::valueOf).orElse(""), l.maxHeartRate().map(String::valueOf).orElse(""),
                feel(l.feelBefore()), feel(l.feelDuring()), feel(l.feelAfter()),
                l.sorenessLevel().map(String::valueOf).orElse(""),
                Csv.text(l.sorenessAreas().stream().sorted().map(BodyArea::label).collect(Collectors.joining("; "))),
                l.sleepHours().map(v -> num(v, 1)).orElse(""), l.sleepQuality().map(String::valueOf).orElse(""),
                l.motivation().map(String::valueOf).orElse(""),
                Csv.text(l.weather().stream().sorted().map(Weather::label).collect(Collectors.joining("; "))),
                Csv.text(l.notes()), Csv.text(l.nextDayPlan()),
                Csv.text(l.plannedSession().map(Object::toString).orElse("")), "", Csv.text(l.id().value()));
    }

    private static String feel(Optional<Feel> feel) {
        return feel.map(f -> Csv.text(f.words().isEmpty() ? Integer.toString(f.score())
                : f.score() + " " + f.words())).orElse("");
    }

    private static String minutes(Duration d) {
        return num(d.toSeconds() / 60.0, 1);
    }

    /** Plain decimal with at most {@code scale} decimals and no trailing zeros: "12.5", "640". */
    static String num(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
