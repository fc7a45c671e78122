package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstStartSizeTest {
    @ParameterizedTest(name = "screen {0} x {1} -> window {2} x {3}, min {4} x {5}")
    @CsvSource({
        // a large screen: as big as the week needs, no bigger
        "2560, 1400, 1600, 1000, 900, 600",
        // a common laptop: 90 % of it, with room around
        "1440, 860, 1296, 774, 900, 600",
        "1366, 728, 1229, 700, 900, 600",
        // at the usable minimum the window takes the screen
        "1100, 700, 1100, 700, 900, 600",
        // a tiny screen: never larger than the screen, nor its minimum
        "800, 560, 800, 560, 800, 560"})
    void fitsTheScreen(double sw, double sh, double w, double h, double minW, double minH) {
        assertThat(FirstStartSize.of(sw, sh)).isEqualTo(new FirstStartSize(w, h, minW, minH));
    }
}
