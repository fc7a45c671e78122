package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D RIGHT_SCREEN = new Rectangle2D(1440, 0, 1920, 1080);
    private final Preferences prefs = Preferences.userRoot().node("switchback-placement-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void nothingSavedMeansNothingToRestore() {
        WindowPlacement p = WindowPlacement.load(prefs);
        assertThat(p.bounds()).isEmpty();
        assertThat(p.maximised()).isFalse();
        assertThat(p.divider()).isEmpty();
        assertThat(p.boundsOn(List.of(SCREEN))).isEmpty();
    }

    @Test
    void sizePositionMaximisedAndSplitterComeBackAsSaved() {
        var saved = new WindowPlacement(Optional.of(new Rectangle2D(40, 30, 1366, 768)), true, Optional.of(0.7));
        saved.save(prefs);
        assertThat(WindowPlacement.load(prefs)).isEqualTo(saved);
        assertThat(WindowPlacement.load(prefs).boundsOn(List.of(SCREEN))).contains(new Rectangle2D(40, 30, 1366, 768));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsNotPutThere() {
        var onRight = new WindowPlacement(Optional.of(new Rectangle2D(1600, 100, 1200, 800)), false, Optional.empty());
        assertThat(onRight.boundsOn(List.of(SCREEN, RIGHT_SCREEN))).isPresent();
        assertThat(onRight.boundsOn(List.of(SCREEN))).isEmpty();
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToFit() {
        var big = new WindowPlacement(Optional.of(new Rectangle2D(0, 0, 1920, 1200)), false, Optional.empty());
        assertThat(big.boundsOn(List.of(SCREEN))).contains(new Rectangle2D(0, 0, 1440, 900));
    }

    @Test
    void aTitleBarAboveTheScreenIsNotRestored() {
        var above = new WindowPlacement(Optional.of(new Rectangle2D(100, -500, 800, 600)), false, Optional.empty());
        assertThat(above.boundsOn(List.of(SCREEN))).isEmpty();
    }
}
