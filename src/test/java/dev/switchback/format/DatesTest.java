package dev.switchback.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    private static final LocalDate THU = LocalDate.of(2026, 12, 3);

    @Test
    void oneStyleDayBeforeMonthWithEnglishNames() {
        assertThat(Dates.day(THU)).isEqualTo("3 Dec");
        assertThat(Dates.weekdayDay(THU)).isEqualTo("Thu 3 Dec");
        assertThat(Dates.weekdayDayOfMonth(THU)).isEqualTo("Thu 3");
        assertThat(Dates.dayYear(THU)).isEqualTo("3 Dec 2026");
        assertThat(Dates.weekdayDayYear(THU)).isEqualTo("Thu 3 Dec 2026");
        assertThat(Dates.longDay(THU)).isEqualTo("3 December 2026");
        assertThat(Dates.month(YearMonth.of(2026, 12))).isEqualTo("December 2026");
        assertThat(Dates.weekday(THU.getDayOfWeek())).isEqualTo("Thursday");
        assertThat(Dates.weekdayShort(THU.getDayOfWeek())).isEqualTo("Thu");
        assertThat(Dates.time(LocalTime.of(7, 5))).isEqualTo("07:05");
        assertThat(Dates.weekdayDayTime(LocalDateTime.of(THU, LocalTime.of(18, 30)))).isEqualTo("Thu 3 Dec 18:30");
    }

    /** The hand-made forms write what the patterns they replace write, for every day of 1900-2200 and far years. */
    @Test
    void handMadeFormsEqualTheFormattersTheyReplace() {
        var day = java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        var weekdayDay = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        var dayYear = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        var weekdayDayYear = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        var days = new java.util.ArrayList<LocalDate>();
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            days.add(d);
        }
        days.addAll(java.util.List.of(LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 6, 7)));
        for (LocalDate d : days) {
            assertThat(Dates.day(d)).as("%s", d).isEqualTo(day.format(d));
            assertThat(Dates.weekdayDay(d)).as("%s", d).isEqualTo(weekdayDay.format(d));
            assertThat(Dates.dayYear(d)).as("%s", d).isEqualTo(dayYear.format(d));
            assertThat(Dates.weekdayDayYear(d)).as("%s", d).isEqualTo(weekdayDayYear.format(d));
            assertThat(Dates.weekdayShort(d.getDayOfWeek())).isEqualTo(weekdayDay.format(d).substring(0, 3));
            assertThat(Dates.weekday(d.getDayOfWeek()))
                    .isEqualTo(d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
            assertThat(Dates.monthName(d.getMonth()))
                    .isEqualTo(d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
    }

    /** Locale.UK would write "Sept"; the one style writes "Sep" whatever the machine says. */
    @Test
    void septemberIsSepWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            assertThat(Dates.day(LocalDate.of(2026, 9, 14))).isEqualTo("14 Sep");
            Locale.setDefault(Locale.GERMANY);
            assertThat(Dates.weekdayDay(LocalDate.of(2026, 9, 14))).isEqualTo("Mon 14 Sep");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2026-11-30;2026-12-06;30 Nov – 6 Dec 2026",
            "2026-12-07;2026-12-13;7 – 13 Dec 2026", "2026-12-28;2027-01-03;28 Dec 2026 – 3 Jan 2027",
            "2026-12-03;2026-12-03;3 Dec 2026"})
    void saysASpanAsBrieflyAsItCan(LocalDate first, LocalDate last, String shown) {
        assertThat(Dates.range(first, last)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Thu 3 Dec 2026", "3 Dec 2026", "3 December 2026", "2026-12-03", " 3 Dec 2026 "})
    void readsEveryFormOfADate(String text) {
        assertThat(Dates.readDate("Date", text)).contains(THU);
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(Dates.readDate("Date", " ")).isEmpty();
        assertThatThrownBy(() -> Dates.readDate("Date", "12/3/2026"))
                .hasMessage("Date must be a date such as 3 Dec 2026 or 2026-12-03 (was \"12/3/2026\")");
    }

    @ParameterizedTest
    @CsvSource({"7:30,07:30", "07:30,07:30", "7.30,07:30", "7h30,07:30", "23:59,23:59"})
    void readsTimesOfDay(String text, LocalTime t) {
        assertThat(Dates.readTime("Start time", text)).contains(t);
    }

    @Test
    void refusesTwentyFourOClock() {
        assertThatThrownBy(() -> Dates.readTime("Start time", "24:00"))
                .hasMessageStartingWith("Start time must be a time of day such as 07:30");
    }
}
