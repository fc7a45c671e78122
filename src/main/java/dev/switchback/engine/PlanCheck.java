package dev.switchback.engine;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.format.Sentence;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The check of a plan, week by week. Findings are ordered by severity (BLOCK first), then by their
 * first date (the week's Monday when they name no date), then by rule id, then by message, so the
 * same plan always gives the same list.
 */
public final class PlanCheck {
    /**
     * The order of findings. The message is compared only when severity, first date and rule id tie (30 adjacent
     * pairs of the 1,377 findings of a generated ten-year plan: one rule's findings of one week that start on the
     * same day), so a lazy finding's sentence is built for those alone (PlanCheckOrderTest); the rest of the
     * findings are ordered without it. Written out rather than {@code Comparator.comparing(..).thenComparing(..)},
     * whose shared key-extractor lambdas are slow call sites in every sort of every check.
     */
    public static final Comparator<Finding> ORDER = PlanCheck::compare;

    private PlanCheck() {
    }

    private static int compare(Finding a, Finding b) {
        if (a == b) {
            return 0;
        }
        // severity, then first date: one number per finding, made when it was (no LocalDate compared here)
        int c = Long.compare(a.orderKey(), b.orderKey());
        if (c != 0) {
            return c;
        }
        return compareTies(a, b);
    }

    /** {@link #ORDER} after severity and first date: rule id, then message. */
    private static int compareTies(Finding a, Finding b) {
        int c;
        String ruleA = a.ruleId();
        String ruleB = b.ruleId();
        if (ruleA != ruleB) { // rule ids are usually the rule's own constant: the same object
            c = ruleA.compareTo(ruleB);
            if (c != 0) {
                return c;
            }
        }
        // by the metric message; told from what is known of their starts (a lead, or the message once built), then
        // from the sentences as written where they differ before any quantity
        String startA = a.knownStart();
        String startB = b.knownStart();
        if (startA != null && startB != null) {
            int led = Sentence.compareStarts(startA, startB);
            if (led != Sentence.UNDECIDED) {
                return led;
            }
        }
        int plain = Sentence.compareRendered(a.markedMessage(), b.markedMessage());
        return plain != Sentence.UNDECIDED ? plain : a.message().compareTo(b.message());
    }

    /** Below this many findings {@link #sorted} packs each finding's position beside its order key in one long. */
    private static final int POSITION_BITS = 21;

    /**
     * {@code findings} in {@link #ORDER}, as a stable sort by it gives them (findings that tie on every key keep
     * their order), unmodifiable. Severity and first date, the key that decides almost every pair, are sorted as
     * primitives (the key and the finding's position in one {@code long}); only the runs of findings that share
     * them are then sorted by rule id and message, so the ten-year check's 1,400 findings cost one primitive sort
     * and a few short runs instead of a comparator call per pair.
     */
    static List<Finding> sorted(Collection<Finding> findings) {
        Finding[] a = findings.toArray(new Finding[0]);
        int n = a.length;
        if (n < 2) {
            return List.of(a);
        }
        if (n >= 1 << POSITION_BITS) {
            Arrays.sort(a, ORDER);
            return List.of(a);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // orderKey < 2^42 (severity's ordinal above 40 bits of date), so this stays positive
            keys[i] = a[i].orderKey() << POSITION_BITS | i;
        }
        Arrays.sort(keys);
        var b = new Finding[n];
        for (int i = 0; i < n; i++) {
            b[i] = a[(int) (keys[i] & ((1 << POSITION_BITS) - 1))];
        }
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || keys[i] >>> POSITION_BITS != keys[start] >>> POSITION_BITS) {
                if (i - start > 1) {
                    sortTies(b, start, i);
                }
                start = i;
            }
        }
        return List.of(b);
    }

    /** Findings {@code from..to-1}, which share severity and first date, by rule id then message; stable. */
    private static void sortTies(Finding[] b, int from, int to) {
        if (to - from > 8) {
            Arrays.sort(b, from, to, PlanCheck::compareTies);
            return;
        }
        for (int i = from + 1; i < to; i++) { // insertion sort: stable, and the runs are short
            Finding x = b[i];
            int j = i - 1;
            while (j >= from && compareTies(b[j], x) > 0) {
                b[j + 1] = b[j];
                j--;
            }
            b[j + 1] = x;
        }
    }

    static LocalDate firstDate(Finding f) {
        return f.dates().isEmpty() ? f.weekStart() : f.dates().get(0);
    }

    /** Findings of the ISO week containing {@code anyDay}. */
    public static List<Finding> check(Plan plan, LocalDate anyDay, LocalDate today) {
        return Engine.analyse(plan, today).findings(anyDay);
    }

    /** Findings of every ISO week touching {@code from .. to}. */
    public static List<Finding> check(Plan plan, LocalDate from, LocalDate to, LocalDate today) {
        return Engine.analyse(plan, today).findings(from, to);
    }

    /** Findings of every week of the plan. */
    public static List<Finding> checkAll(Plan plan, LocalDate today, RuleBook book) {
        PlanAnalysis a = Engine.analyse(plan, today, book);
        if (a.days().isEmpty()) {
            return List.of();
        }
        return a.findings(a.days().get(0).date(), a.days().get(a.days().size() - 1).date());
    }
}
