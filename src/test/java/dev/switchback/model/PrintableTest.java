package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'a\u001b[2Jb'; 'a\\u001b[2Jb'", "'a\u0000b'; 'a\\u0000b'", "'a\nb'; 'a\\nb'", "'a\u0085b'; 'a\\u0085b'",
            "'Rest \u202eyad'; 'Rest \\u202eyad'", "'x\u2066y\u2069'; 'x\\u2066y\\u2069'", "'x\u200fy'; 'x\\u200fy'",
            "'x\u061cy'; 'x\\u061cy'", "'Höhenweg 北岳 שלום'; 'Höhenweg 北岳 שלום'"})
    void escapesControlAndBidiFormattingCharactersOnly(String raw, String shown) {
        assertThat(Printable.escape(raw)).isEqualTo(shown);
        assertThat(Printable.hasControl(Printable.escape(raw))).isFalse();
    }
}
