package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Units;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {
    @TempDir
    Path dir;

    /** A strict RFC 4180 reader: records end in CRLF, quoted fields may hold anything. */
    static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
                i++;
                continue;
            }
            if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (ch == '\n' || ch == '\r' || ch == '"') {
                throw new IllegalStateException("bare " + (int) ch + " outside quotes at " + i);
            } else {
                field.append(ch);
            }
            i++;
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalStateException("last record not ended by CRLF");
        }
        return records;
    }

    @Test
    void roundTripsSessionsAndLogsWithQuotesNewlinesAndAFormulaCell() throws Exception {
        Plan plan = ExportFixtures.plan();
        Path out = dir.resolve("plan.csv");
        CsvExport.write(plan, Optional.of(WeekRange.week(ExportFixtures.W48)), out);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).isEqualTo(CsvExport.columns(Units.METRIC));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvExport.columns(Units.METRIC).size()));
        int title = CsvExport.columns(Units.METRIC).indexOf("title");
        int notes = CsvExport.columns(Units.METRIC).indexOf("notes");
        int record = CsvExport.columns(Units.METRIC).indexOf("record");
        assertThat(rows).extracting(r -> r.get(title))
                .contains("Hill repeats on the Höhenweg", "Łódź canal loop with pack", "北岳 approach (広河原 → 白根御池)",
                        "'=SUM(A1:A9) long easy hike");
        assertThat(rows).extracting(r -> r.get(notes))
                .contains("Test the new vest, \"Salomon 12\"; carry 1.5 l water, sip every 15 min.",
                        "Felt strong, \"quads\" burning,\n4/6 done");
        assertThat(rows).extracting(r -> r.get(record)).contains("planned", "log");
        List<String> hills = rows.stream().filter(r -> r.get(title).startsWith("Hill")
                && r.get(record).equals("planned")).findFirst().orElseThrow();
        assertThat(hills.get(CsvExport.columns(Units.METRIC).indexOf("duration_min"))).isEqualTo("75");
        assertThat(hills.get(CsvExport.columns(Units.METRIC).indexOf("distance_km"))).isEqualTo("12");
        assertThat(hills.get(CsvExport.columns(Units.METRIC).indexOf("climb_m"))).isEqualTo("640");
        assertThat(hills.get(CsvExport.columns(Units.METRIC).indexOf("target_rpe"))).isEqualTo("7");
    }

    @Test
    void tripDaysAreRowsOfTheirOwn() {
        Plan plan = ExportFixtures.plan();
        List<List<String>> rows = parse(CsvExport.content(plan, Optional.empty()).substring(1));
        assertThat(rows).filteredOn(r -> r.get(0).equals("trip-stage")).hasSize(3)
                .extracting(r -> r.get(CsvExport.columns(Units.METRIC).indexOf("title")))
                .contains("Haute Route Chamonix–Zermatt (day 2 of 3)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2|'=1+2", "+44 123|'+44 123", "-3|'-3", "@SUM(A1)|'@SUM(A1)", "plain|plain", "a=b|a=b",
            "''|''"})
    void neutralisesCellsThatStartLikeAFormula(String cell, String expected) {
        assertThat(Csv.neutralise(cell)).isEqualTo(expected);
    }

    @Test
    void neutralisesLeadingTabAndCarriageReturnAndQuotesThem() {
        assertThat(Csv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.text("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Property
    void anyTextSurvivesTheRoundTrip(@ForAll String a, @ForAll String b) {
        String line = Csv.record(List.of(Csv.plain(a), Csv.plain(b)));
        assertThat(parse(line)).containsExactly(List.of(a, b));
    }

    @Test
    void numbersUseADotAndNoTrailingZeros() {
        var f = dev.switchback.format.UnitFormat.of(Units.METRIC);
        assertThat(f.number(dev.switchback.format.Measure.DISTANCE, 12_500)).isEqualTo("12.5");
        assertThat(f.number(dev.switchback.format.Measure.DISTANCE, 0)).isEqualTo("0");
        assertThat(f.number(dev.switchback.format.Measure.CLIMB, 1449.6)).isEqualTo("1450");
    }
}
