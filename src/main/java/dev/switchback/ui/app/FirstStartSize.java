package dev.switchback.ui.app;

/**
 * The window's size on a first start, before the user has sized it: most of the screen, with room
 * around it, not larger than the week needs (1600 x 1000), and not smaller than the week can be used at
 * (1100 x 700) unless the screen itself is smaller; the minimum size never exceeds the screen.
 */
record FirstStartSize(double width, double height, double minWidth, double minHeight) {
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    static FirstStartSize of(double screenWidth, double screenHeight) {
        double w = Math.min(screenWidth, Math.max(Math.min(1100, screenWidth), Math.min(1600, screenWidth * 0.9)));
        double h = Math.min(screenHeight, Math.max(Math.min(700, screenHeight), Math.min(1000, screenHeight * 0.9)));
        return new FirstStartSize(Math.floor(w), Math.floor(h), Math.min(MIN_WIDTH, screenWidth),
                Math.min(MIN_HEIGHT, screenHeight));
    }
}
