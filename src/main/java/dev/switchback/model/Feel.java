package dev.switchback.model;

/**
 * How an outing felt at one moment: a score from 1 (awful) to 5 (great) and the user's own words.
 */
public record Feel(int score, String words) {
    public static final int WORST = 1;
    public static final int BEST = 5;

    public Feel {
        Check.range("score", "Feel", score, WORST, BEST, "");
        words = Check.text("words", "Feel words", words, 500).strip();
    }

    public static Feel of(int score) {
        return new Feel(score, "");
    }
}
