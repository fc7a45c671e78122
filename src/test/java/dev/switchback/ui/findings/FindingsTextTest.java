package dev.switchback.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsTextTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    static Finding finding(Severity s) {
        return new Finding("r", s, MONDAY, List.of(MONDAY), 1, 1, "", "m", "w",
                new Source("c", Evidence.JUDGEMENT), new Suggestion.Advice("a"));
    }

    @ParameterizedTest(name = "{0} blocking, {1} warn, {2} info -> {3}")
    @CsvSource(delimiter = '|', value = {
            "0|0|0|No findings",
            "1|2|1|1 blocking, 2 warnings, 1 note",
            "0|1|0|1 warning",
            "2|0|0|2 blocking",
            "0|0|3|3 notes",
            "0|1|1|1 warning, 1 note"})
    void summaryCountsEachSeverityAndLeavesOutTheAbsentOnes(int block, int warn, int info, String expected) {
        var list = new java.util.ArrayList<Finding>();
        for (int i = 0; i < block; i++) {
            list.add(finding(Severity.BLOCK));
        }
        for (int i = 0; i < warn; i++) {
            list.add(finding(Severity.WARN));
        }
        for (int i = 0; i < info; i++) {
            list.add(finding(Severity.INFO));
        }
        assertThat(FindingsText.summary(list)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-24|Tue 24 Nov",
            "2026-11-24,2026-11-25|Tue 24, Wed 25 Nov",
            "2026-11-24,2026-11-25,2026-11-26|Tue 24 \u2013 Thu 26 Nov",
            "2026-11-24,2026-11-26|Tue 24, Thu 26 Nov",
            "2026-11-30,2026-12-01,2026-12-02|Mon 30 Nov \u2013 Wed 2 Dec",
            "2026-11-26,2026-11-24|Tue 24, Thu 26 Nov"})
    void datesAreShortAndNameTheMonthOnceWhenShared(String dates, String expected) {
        List<LocalDate> list = Arrays.stream(dates.split(",")).map(LocalDate::parse).toList();
        assertThat(FindingsText.dates(list)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"BLOCK,Blocking", "WARN,Warning", "INFO,Note"})
    void everySeverityIsAlsoSaidInWords(Severity s, String label) {
        assertThat(FindingsText.severityLabel(s)).isEqualTo(label);
    }

    @org.junit.jupiter.api.Test
    void theSummarySaysHowManyBlockingFindingsAreOverridden() {
        var block = new Finding("pack-mass", Severity.BLOCK, java.time.LocalDate.of(2026, 11, 23), List.of(), 37, 33,
                "%", "m", "w", new dev.switchback.engine.Source("s", dev.switchback.engine.Evidence.SECONDARY),
                new dev.switchback.engine.Suggestion.Advice("a"));
        assertThat(FindingsText.summary(List.of(block, block), 1)).isEqualTo("2 blocking (1 overridden)");
        assertThat(FindingsText.summary(List.of(block), 0)).isEqualTo("1 blocking");
    }
}
