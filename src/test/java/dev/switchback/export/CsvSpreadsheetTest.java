package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.switchback.model.Feel;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Units;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The CSV read back with a CSV library, as a spreadsheet would: one typed column per value, the
 * feel score a number beside its words, check-ins as rows, the units of the athlete or the caller.
 */
class CsvSpreadsheetTest {
    static final LocalDate TUE = ExportFixtures.W48.plusDays(1);

    static List<Map<String, String>> read(String csv) throws Exception {
        assertThat(csv).startsWith(CsvExport.BOM);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema)
                .readValues(csv.substring(1))) {
            return it.readAll();
        }
    }

    static Plan plan(Units units) {
        Plan plan = ExportFixtures.plan(units);
        OutingLog log = plan.logs().get(0).withFeel(Optional.of(new Feel(4, "strong")),
                Optional.of(new Feel(2, "legs heavy on reps 5-6")), Optional.empty())
                .withStartTime(Optional.of(LocalTime.of(7, 5)));
        return plan.withLog(log).withWellnessEntry(new Wellness(TUE, 3, Optional.of(7.5), 2, 4, 3, 2, Optional.of(48)));
    }

    @Test
    void feelScoreAndWordsAreTwoColumnsAndTheScoreIsANumber() throws Exception {
        List<Map<String, String>> rows = read(CsvExport.content(plan(Units.METRIC), Optional.empty()));
        Map<String, String> log = rows.stream().filter(r -> r.get("record").equals("log")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(log.get("feel_before"))).isEqualTo(4);
        assertThat(log.get("feel_before_words")).isEqualTo("strong");
        assertThat(Integer.parseInt(log.get("feel_during"))).isEqualTo(2);
        assertThat(log.get("feel_during_words")).isEqualTo("legs heavy on reps 5-6");
        assertThat(log.get("feel_after")).isEmpty();
        assertThat(log.get("start_time")).isEqualTo("07:05");
        assertThat(Double.parseDouble(log.get("rpe"))).isEqualTo(7.5);
    }

    @Test
    void wellnessCheckInsAreRowsWithEveryItemInItsOwnColumn() throws Exception {
        List<Map<String, String>> rows = read(CsvExport.content(plan(Units.METRIC), Optional.empty()));
        Map<String, String> w = rows.stream().filter(r -> r.get("record").equals("wellness")).findFirst()
                .orElseThrow();
        assertThat(w.get("date")).isEqualTo(TUE.toString());
        assertThat(w.get("iso_week")).isEqualTo("2026-W48");
        assertThat(List.of(w.get("sleep_quality"), w.get("stress"), w.get("fatigue"), w.get("soreness"),
                w.get("motivation"), w.get("hooper_sum"), w.get("resting_hr"), w.get("sleep_h")))
                .containsExactly("3", "2", "4", "3", "2", "12", "48", "7.5");
        // After the day's planned session and log, in date order.
        int wi = rows.indexOf(w);
        assertThat(rows.get(wi - 1).get("record")).isEqualTo("log");
    }

    @Test
    void everyNumericColumnHoldsOnlyNumbersOrNothing() throws Exception {
        List<Map<String, String>> rows = read(CsvExport.content(plan(Units.METRIC), Optional.empty()));
        List<String> numeric = List.of("duration_min", "distance_km", "climb_m", "descent_m", "pack_kg", "target_rpe",
                "target_hr_zone", "rpe", "avg_hr", "max_hr", "feel_before", "feel_during", "feel_after", "soreness",
                "sleep_h", "sleep_quality", "stress", "fatigue", "motivation", "hooper_sum", "resting_hr");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.keySet()).containsAll(numeric);
            for (String c : numeric) {
                String v = r.get(c);
                assertThat(v.isEmpty() || v.matches("\\d+(\\.\\d+)?")).as(c + " = " + v).isTrue();
            }
        });
    }

    @Test
    void unitsFollowTheAthleteOrTheCaller() throws Exception {
        Map<String, String> imperial = read(CsvExport.content(plan(Units.IMPERIAL), Optional.empty())).stream()
                .filter(r -> r.get("session_id").equals("s-hills") && r.get("record").equals("planned"))
                .findFirst().orElseThrow();
        assertThat(imperial).doesNotContainKey("distance_km").containsKeys("distance_mi", "climb_ft", "pack_lb");
        assertThat(imperial.get("distance_mi")).isEqualTo("7.5"); // 12 km, to a tenth as the window and the sheet say it
        assertThat(imperial.get("climb_ft")).isEqualTo("2100"); // 640 m
        Map<String, String> metric = read(CsvExport.content(plan(Units.IMPERIAL), Optional.empty(), Units.METRIC))
                .stream().filter(r -> r.get("session_id").equals("s-hills") && r.get("record").equals("planned"))
                .findFirst().orElseThrow();
        assertThat(metric.get("distance_km")).isEqualTo("12");
        assertThat(metric.get("climb_m")).isEqualTo("640");
    }
}
