package dev.switchback.ui.log;

import java.util.List;

/** The words on the rating scales the forms show beside their numbers. */
public final class Scales {
    /** Borg CR-10 as used for session-RPE (Foster et al. 2001); unnamed steps stay unnamed. */
    private static final List<String> RPE = List.of("Rest", "Very, very easy", "Easy", "Moderate", "Somewhat hard",
            "Hard", "", "Very hard", "", "", "Maximal");
    private static final List<String> FEEL = List.of("Awful", "Poor", "OK", "Good", "Great");
    /** Hooper & Mackinnon 1995: 1 very, very good (or low) .. 7 very, very bad (or high). */
    private static final List<String> HOOPER_SLEEP = List.of("Very, very good", "Very good", "Good", "Average",
            "Bad", "Very bad", "Very, very bad");
    private static final List<String> HOOPER_LEVEL = List.of("Very, very low", "Very low", "Low", "Average", "High",
            "Very high", "Very, very high");
    private static final List<String> MOTIVATION = List.of("Eager", "Keen", "Willing", "Neutral", "Reluctant",
            "Very reluctant", "None at all");

    private Scales() {
    }

    /** "5 Hard", "6" (CR-10 leaves 6, 8 and 9 unnamed). */
    public static String rpe(double rpe) {
        if (rpe != Math.rint(rpe) || rpe < 0 || rpe > 10) {
            return String.valueOf(rpe);
        }
        String word = RPE.get((int) rpe);
        return word.isEmpty() ? Integer.toString((int) rpe) : (int) rpe + " " + word;
    }

    /** The named anchors, "0 Rest" .. "10 Maximal", for the legend under the slider. */
    public static List<String> rpeAnchors() {
        return java.util.stream.IntStream.rangeClosed(0, 10).filter(i -> !RPE.get(i).isEmpty())
                .mapToObj(i -> i + " " + RPE.get(i)).toList();
    }

    /** 1 Awful .. 5 Great; 0 means not given. */
    public static String feel(int score) {
        return score == 0 ? "Not given" : score + " " + FEEL.get(score - 1);
    }

    public static String hooperSleep(int rating) {
        return rating + " " + HOOPER_SLEEP.get(rating - 1);
    }

    public static String hooperLevel(int rating) {
        return rating + " " + HOOPER_LEVEL.get(rating - 1);
    }

    public static String motivation(int rating) {
        return rating + " " + MOTIVATION.get(rating - 1);
    }
}
