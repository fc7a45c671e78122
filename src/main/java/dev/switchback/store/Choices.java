package dev.switchback.store;

import dev.switchback.model.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Unknown X; did you mean Y? (the valid ones are ...)": a misspelt name with the closest valid one
 * and as much of the list as fits in a message.
 */
final class Choices {
    /** Characters of a message the list of valid names may take; the rest is counted. */
    static final int LIST_ROOM = 110;

    private Choices() {
    }

    static String unknown(String kind, String given, List<String> valid, String listLabel) {
        String shown = Printable.excerpt(given);
        var out = new StringBuilder("unknown " + kind + " \"" + shown + "\"");
        closest(given, valid).ifPresent(c -> out.append("; did you mean \"").append(c).append("\"?"));
        if (!valid.isEmpty()) {
            out.append(" (").append(listLabel).append(' ');
            out.append(list(valid, given, Math.max(45, LIST_ROOM + 40 - out.length()))).append(")");
        }
        return out.toString();
    }

    /** The valid names, closest to {@code given} first when they do not all fit. */
    static String list(List<String> valid, String given) {
        return list(valid, given, LIST_ROOM);
    }

    static String list(List<String> valid, String given, int room) {
        String all = String.join(", ", valid);
        if (all.length() <= room) {
            return all;
        }
        List<String> byDistance = new ArrayList<>(valid);
        byDistance.sort(Comparator.comparingInt((String v) -> distance(lower(given), lower(v))));
        var out = new StringBuilder();
        int shown = 0;
        for (String v : byDistance) {
            if (shown > 0 && out.length() + v.length() + 2 > room - 22) {
                break;
            }
            out.append(shown == 0 ? "" : ", ").append(v);
            shown++;
        }
        return out + " and " + (valid.size() - shown) + " more, see docs/rules.md";
    }

    static java.util.Optional<String> closest(String given, List<String> valid) {
        String g = lower(given);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(g, lower(v));
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, g.length() / 3);
        return bestDistance <= allowed && bestDistance > 0 || best != null && bestDistance == 0 && !best.equals(given)
                ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    private static String lower(String s) {
        return s.length() > 200 ? s.substring(0, 200).toLowerCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
