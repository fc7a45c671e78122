package dev.switchback.engine;

import dev.switchback.format.Sentence;
import dev.switchback.format.UnitFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One thing a rule found in one week: what is wrong and where ({@link #message}), why it matters
 * ({@link #why}), the number measured against the threshold, the source, and what would fix it.
 *
 * <p>A finding belongs to the week it is reported in ({@link #weekStart}) and to every week its
 * {@link #dates} touch: a taper finding reported in the goal's week also concerns the weeks before it
 * ({@link #touches}).
 *
 * <p>The rules make a finding for every week the check runs over, and most are never shown (a ten-year
 * check makes over a thousand): so a rule may hand its sentences and its suggestion over as
 * {@linkplain #lazy functions}, called the first time they are read and then kept (each read after that
 * returns the same object). Such a function captures the values the rule measured and must be pure: it
 * returns exactly what the rule would have built at once. Two findings are equal when their rule, week,
 * dates, values, sentences and suggestions are (whether built at once or when read).
 */
public final class Finding {
    private final String ruleId;
    private final Severity severity;
    private final LocalDate weekStart;
    private final List<LocalDate> dates;
    // the measured value unboxed (measurement() makes the Optional): most findings are never read, and the box
    // and the Optional were two of the three objects a rule's finding cost beyond itself
    private final boolean measuredAny;
    private final double measuredValue;
    private final double threshold;
    private final String unit;
    private final Source source;
    // PlanCheck.ORDER's first two keys in one number, made once: severity, then the first date (the week's
    // Monday when the finding names no date) as year, month and day in the low 40 bits (every LocalDate fits)
    private final long orderKey;
    private volatile String message;
    // message() in metric, kept once rendered: the findings' order compares it on ties, often more than once
    private volatile String metricMessage;
    private volatile String why;
    private volatile Suggestion suggestion;
    // the functions of the parts still to be built (message, why, suggestion; null for a finding built at once),
    // each dropped once built so a read finding holds no rule context. A final array rather than volatile fields:
    // a ten-year check makes 1,400 findings, and three volatile writes each cost more than the rest of the
    // constructor; its elements are read and cleared only under the finding's lock, and the final field makes
    // them visible to any thread that sees the finding
    private final Supplier<?>[] makers;
    // the first words of a lazy message, given at once (null: none): how the findings' order tells ties apart
    // without building the messages (PlanCheck.compareTies)
    private final String lead;
    private static final int MESSAGE = 0;
    private static final int WHY = 1;
    private static final int SUGGESTION = 2;

    /**
     * @param ruleId stable kebab-case id, e.g. {@code hard-days-back-to-back}
     * @param weekStart Monday of the week the finding is reported in
     * @param dates the days the finding concerns, ascending; they may reach into other weeks
     * @param measurement the value measured, in {@code unit}; empty when there is nothing to measure yet (a
     *     metric that needs 28 days of history), never a stand-in 0
     * @param threshold the threshold it was compared with, in {@code unit}
     */
    public Finding(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates,
            Optional<Double> measurement, double threshold, String unit, String message, String why, Source source,
            Suggestion suggestion) {
        this(ruleId, severity, weekStart, dates, present(measurement), value(measurement), threshold, unit, source,
                Objects.requireNonNull(message, "message"), null, Objects.requireNonNull(why, "why"), null,
                Objects.requireNonNull(suggestion, "suggestion"), null, null);
    }

    private static boolean present(Optional<Double> measurement) {
        return Objects.requireNonNull(measurement, "measurement").isPresent();
    }

    private static double value(Optional<Double> measurement) {
        return measurement.isPresent() ? measurement.get() : 0;
    }

    /** A finding with a measured value (every rule that compares a number). */
    public Finding(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates, double measured,
            double threshold, String unit, String message, String why, Source source, Suggestion suggestion) {
        this(ruleId, severity, weekStart, dates, true, measured, threshold, unit, source,
                Objects.requireNonNull(message, "message"), null, Objects.requireNonNull(why, "why"), null,
                Objects.requireNonNull(suggestion, "suggestion"), null, null);
    }

    private Finding(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates,
            boolean measuredAny, double measuredValue, double threshold, String unit, Source source, String message,
            Supplier<String> messageText, String why, Supplier<String> whyText, Suggestion suggestion,
            Supplier<? extends Suggestion> suggestionMade, String lead) {
        // a lead with a marker (a user's title may hold one) is no plain start: the messages decide such ties
        this.lead = lead == null || messageText == null || Sentence.hasMarker(lead) ? null : lead;
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
        this.dates = List.copyOf(dates);
        if (measuredAny && !Double.isFinite(measuredValue)) {
            throw new IllegalArgumentException("measured value must be finite: " + measuredValue);
        }
        this.measuredAny = measuredAny;
        this.measuredValue = measuredAny ? measuredValue : 0;
        this.threshold = threshold;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.source = Objects.requireNonNull(source, "source");
        LocalDate first = this.dates.isEmpty() ? weekStart : this.dates.get(0);
        // year, month and day in bits of their own order as the date does (no toEpochDay's divisions)
        long day = ((first.getYear() + (1L << 30)) << 9) | (first.getMonthValue() << 5) | first.getDayOfMonth();
        this.orderKey = ((long) severity.ordinal() << 40) | day;
        // each part is given either built or as a function: only the given half is written (a volatile write
        // costs a fence, and the other half is null already)
        if (message != null) {
            this.message = message;
        }
        if (why != null) {
            this.why = why;
        }
        if (suggestion != null) {
            this.suggestion = suggestion;
        }
        this.makers = message != null && why != null && suggestion != null ? null
                : new Supplier<?>[] {messageText, whyText, suggestionMade};
    }

    /**
     * A finding whose sentences (typed as for the eager constructor, {@link Sentence}) and suggestion are
     * built when first read. Each function must be pure and give what the rule would have built at once.
     */
    public static Finding lazy(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates,
            Optional<Double> measurement, double threshold, String unit, Source source, Supplier<String> message,
            Supplier<String> why, Supplier<? extends Suggestion> suggestion) {
        return new Finding(ruleId, severity, weekStart, dates, present(measurement), value(measurement), threshold,
                unit, source, null, Objects.requireNonNull(message, "message"), null,
                Objects.requireNonNull(why, "why"), null, Objects.requireNonNull(suggestion, "suggestion"), null);
    }

    /** {@link #lazy(String, Severity, LocalDate, List, Optional, double, String, Source, Supplier, Supplier, Supplier)} with a measured value. */
    public static Finding lazy(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates,
            double measured, double threshold, String unit, Source source, Supplier<String> message,
            Supplier<String> why, Supplier<? extends Suggestion> suggestion) {
        return new Finding(ruleId, severity, weekStart, dates, true, measured, threshold, unit, source, null,
                Objects.requireNonNull(message, "message"), null, Objects.requireNonNull(why, "why"), null,
                Objects.requireNonNull(suggestion, "suggestion"), null);
    }

    /**
     * {@link #lazy(String, Severity, LocalDate, List, double, double, String, Source, Supplier, Supplier, Supplier)}
     * whose message is known to start with {@code lead}, plain words without a typed quantity, made at once and
     * cheaply: findings of one rule, severity and first date are ordered by their messages, and two leads that
     * differ tell that order without building either message. Reading the message checks that it starts so.
     */
    public static Finding lazy(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates,
            double measured, double threshold, String unit, Source source, String lead, Supplier<String> message,
            Supplier<String> why, Supplier<? extends Suggestion> suggestion) {
        return new Finding(ruleId, severity, weekStart, dates, true, measured, threshold, unit, source, null,
                Objects.requireNonNull(message, "message"), null, Objects.requireNonNull(why, "why"), null,
                Objects.requireNonNull(suggestion, "suggestion"), Objects.requireNonNull(lead, "lead"));
    }

    /**
     * What is known of the marked message's start without building it: the message itself once built, else its
     * lead, else null.
     */
    String knownStart() {
        String m = message;
        return m != null ? m : lead;
    }

    /** Severity, then first date, as one number that orders as {@link PlanCheck#ORDER}'s first two keys. */
    long orderKey() {
        return orderKey;
    }

    public String ruleId() {
        return ruleId;
    }

    public Severity severity() {
        return severity;
    }

    /** Monday of the week the finding is reported in. */
    public LocalDate weekStart() {
        return weekStart;
    }

    /** The days the finding concerns, ascending; they may reach into other weeks. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** The value measured, in {@link #unit}; empty when there is nothing to measure yet, never a stand-in 0. */
    public Optional<Double> measurement() {
        return measuredAny ? Optional.of(measuredValue) : Optional.empty();
    }

    /** The threshold the value was compared with, in {@link #unit}. */
    public double threshold() {
        return threshold;
    }

    public String unit() {
        return unit;
    }

    public Source source() {
        return source;
    }

    /** What would fix it: built the first time it is read when the rule handed it over as a function. */
    public Suggestion suggestion() {
        Suggestion s = suggestion;
        if (s == null) {
            synchronized (this) {
                s = suggestion;
                if (s == null) {
                    s = Objects.requireNonNull((Suggestion) makers[SUGGESTION].get(), "suggestion");
                    suggestion = s;
                    makers[SUGGESTION] = null;
                }
            }
        }
        return s;
    }

    /**
     * What is wrong and where, in metric. The sentence is stored with its quantities typed
     * ({@link Sentence}); {@link #messageIn} says it in the athlete's units.
     */
    public String message() {
        String m = metricMessage;
        if (m == null) {
            m = Sentence.metric(markedMessage());
            metricMessage = m; // a pure function of the message: a race writes the same text
        }
        return m;
    }

    /** Why it matters, in metric; {@link #whyIn} says it in the athlete's units. */
    public String why() {
        return Sentence.metric(markedWhy());
    }

    /**
     * The message as the rule wrote it, its quantities typed ({@link Sentence}): for a holder that renders
     * it later in the athlete's units (engine.plan.DayRoom.Binding), never for showing as it is.
     */
    public String markedMessage() {
        String m = message;
        if (m == null) {
            synchronized (this) {
                m = message;
                if (m == null) {
                    m = Objects.requireNonNull((String) makers[MESSAGE].get(), "message");
                    if (lead != null && !m.startsWith(lead)) {
                        throw new IllegalStateException("the " + ruleId + " message \"" + m
                                + "\" does not start with its lead \"" + lead + "\"");
                    }
                    message = m;
                    makers[MESSAGE] = null;
                }
            }
        }
        return m;
    }

    private String markedWhy() {
        String w = why;
        if (w == null) {
            synchronized (this) {
                w = why;
                if (w == null) {
                    w = Objects.requireNonNull((String) makers[WHY].get(), "why");
                    why = w;
                    makers[WHY] = null;
                }
            }
        }
        return w;
    }

    /** {@link #message()} in {@code units}: "... 29.8 lb ..." for an imperial athlete. */
    public String messageIn(UnitFormat units) {
        return Sentence.render(markedMessage(), units);
    }

    /** {@link #why()} in {@code units}. */
    public String whyIn(UnitFormat units) {
        return Sentence.render(markedWhy(), units);
    }

    /** The suggestion's sentence in {@code units}. */
    public String suggestionText(UnitFormat units) {
        return suggestion().textIn(units);
    }

    /**
     * The measured value.
     *
     * @throws IllegalStateException for a finding without one ({@link #measurement} is empty)
     */
    public double measured() {
        if (measuredAny) {
            return measuredValue;
        }
        throw new IllegalStateException(ruleId + " in the week of " + weekStart
                + " has no measured value");
    }

    /** True if the finding concerns the ISO week starting {@code monday}: it is reported there or one of its dates is in it. */
    public boolean touches(LocalDate monday) {
        return touches(monday, monday.plusDays(6));
    }

    /** True if the finding's week or one of its dates lies in {@code from..to} (whole weeks: pass Monday and Sunday). */
    public boolean touches(LocalDate from, LocalDate to) {
        return touches(from, to, from.minusDays(6));
    }

    /** {@link #touches(LocalDate, LocalDate)} with {@code from} less 6 days made once for many findings. */
    boolean touches(LocalDate from, LocalDate to, LocalDate sixBeforeFrom) {
        // the week's Sunday is not before from: its Monday is not before from less 6 days
        if (!weekStart.isAfter(to) && !weekStart.isBefore(sixBeforeFrom)) {
            return true;
        }
        for (LocalDate d : dates) {
            if (!d.isBefore(from) && !d.isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    /** Same rule, week, dates, values, unit, source, sentences (as written, typed) and suggestion. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Finding f && ruleId.equals(f.ruleId) && severity == f.severity
                && weekStart.equals(f.weekStart) && dates.equals(f.dates) && measuredAny == f.measuredAny
                && Double.compare(measuredValue, f.measuredValue) == 0
                && Double.compare(threshold, f.threshold) == 0 && unit.equals(f.unit) && source.equals(f.source)
                && markedMessage().equals(f.markedMessage()) && markedWhy().equals(f.markedWhy())
                && suggestion().equals(f.suggestion());
    }

    /**
     * From the parts a finding has from the start (rule, week, dates, values, unit, source): equal findings
     * have equal hashes, and a set of findings (the save gate lists each once) never builds a lazy sentence
     * or suggestion to hash it. Findings that differ only in their sentences share a hash and are told
     * apart by {@link #equals}.
     */
    @Override
    public int hashCode() {
        int h = ruleId.hashCode();
        h = 31 * h + severity.hashCode();
        h = 31 * h + weekStart.hashCode();
        h = 31 * h + dates.hashCode();
        h = 31 * h + (measuredAny ? Double.hashCode(measuredValue) : 0);
        h = 31 * h + Double.hashCode(threshold);
        h = 31 * h + unit.hashCode();
        return 31 * h + source.hashCode();
    }

    /** As a record would say it, the sentences as written (typed). */
    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + ", severity=" + severity + ", weekStart=" + weekStart + ", dates=" + dates
                + ", measurement=" + measurement() + ", threshold=" + threshold + ", unit=" + unit + ", message="
                + markedMessage() + ", why=" + markedWhy() + ", source=" + source + ", suggestion=" + suggestion()
                + "]";
    }
}
