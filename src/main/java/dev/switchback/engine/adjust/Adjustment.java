package dev.switchback.engine.adjust;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Adjuster} found on one day: the reasons to adjust the coming days and the options, each a
 * concrete edit of the coming days already checked with the full rule book.
 *
 * @param options the edits offered: each leaves no WARN or BLOCK the plan did not already have in the weeks it
 *     touches (and the four after them)
 * @param refused the edits tried that the rule book objects to, with the findings they would add; never offered
 * @param notes why an edit a reason calls for could not even be tried, in a sentence each ("Long day (missed on
 *     Sat 26 Dec) is let go: ..."); every reason is answered by an option, a refused option or a note
 */
public record Adjustment(LocalDate today, List<Reason> reasons, List<Option> options, List<Option> refused,
        List<String> notes) {

    public Adjustment {
        Objects.requireNonNull(today, "today");
        reasons = List.copyOf(reasons);
        options = List.copyOf(options);
        refused = List.copyOf(refused);
        notes = List.copyOf(notes);
    }

    /** True when there is a reason to adjust the coming days. */
    public boolean needed() {
        return !reasons.isEmpty();
    }

    /** The reasons in one line, for a banner: "Missed: Tempo on Tue 24 Nov. Tired: ...". */
    public String summary() {
        return String.join(" ", reasons.stream().map(r -> r.trigger().label() + ": " + r.text()).toList());
    }

    /** The offered option named {@code name} ({@link Kind#id}) or numbered {@code name} (1 is the first). */
    public Optional<Option> option(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        try {
            int i = Integer.parseInt(n);
            return i >= 1 && i <= options.size() ? Optional.of(options.get(i - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return options.stream().filter(o -> o.kind().id().equals(n)).findFirst();
        }
    }

    /** What made the adjuster look. */
    public enum Trigger {
        /** A session planned before today (yesterday has a day of grace) with no outing logged that day. */
        MISSED("Missed"),
        /** The rpe-above-plan rule's finding: outings logged much harder than planned. */
        HARDER("Harder than planned"),
        /** A WARN or BLOCK of the overreaching rules (Hooper, soreness, sleep, motivation, resting HR, feel). */
        TIRED("Tired");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One reason to adjust.
     *
     * @param dates the days it is about (the missed sessions' days, or the finding's dates)
     * @param text what happened, in words and in the athlete's units
     * @param ruleId the rule whose finding this is; empty for a missed session
     */
    public record Reason(Trigger trigger, List<LocalDate> dates, String text, Optional<String> ruleId) {
        public Reason {
            Objects.requireNonNull(trigger, "trigger");
            dates = List.copyOf(dates);
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(ruleId, "ruleId");
        }
    }

    /** The kinds of edit, in the order they are offered. */
    public enum Kind {
        REPEAT_WEEK("repeat-week", "Repeat the week"),
        SHIFT("shift", "Shift"),
        EASY("easy", "Swap for easy"),
        SHORTEN("shorten", "Shorten"),
        SKIP("skip", "Skip");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The name the command line's {@code --option} takes. */
        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One day an option changes: its sessions before and after, one line each ("Long run · 2 h 30 · 18 km ·
     * RPE 5"); an empty list is a day with nothing planned.
     */
    public record DayChange(LocalDate date, List<String> before, List<String> after) {
        public DayChange {
            Objects.requireNonNull(date, "date");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** "Thu 3 Dec: Tempo 50 min -> Easy run 40 min". */
        public String text() {
            return Dates.weekdayDay(date) + ": " + (before.isEmpty() ? "nothing" : String.join(" + ", before))
                    + " -> " + (after.isEmpty() ? "nothing" : String.join(" + ", after));
        }
    }

    /**
     * One edit of the coming days.
     *
     * @param title what it does, in words ("Swap Tempo on Thu 3 Dec for an easy run of 40 min")
     * @param why why it helps, with its source
     * @param days the days it changes, before and after, in date order
     * @param plan the plan with the edit
     * @param weeks the Mondays of the weeks the check judged (those the edit touches and the four after them)
     * @param newFindings WARN and BLOCK findings the edit adds in those weeks; empty for an offered option
     */
    public record Option(Kind kind, String title, String why, List<DayChange> days, Plan plan, List<LocalDate> weeks,
            List<Finding> newFindings) {
        public Option {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(why, "why");
            days = List.copyOf(days);
            Objects.requireNonNull(plan, "plan");
            weeks = List.copyOf(weeks);
            newFindings = List.copyOf(newFindings);
        }

        public boolean clean() {
            return newFindings.isEmpty();
        }

        /** The check's result in words, the findings rendered in {@code units}. */
        public String check(UnitFormat units) {
            String range = weeks.isEmpty() ? "" : " (" + Dates.range(weeks.get(0), weeks.get(weeks.size() - 1)
                    .plusDays(6)) + ")";
            if (clean()) {
                return "Checked: no new warning in the weeks it touches" + range + ".";
            }
            return "Not offered: it would add " + String.join("; ", newFindings.stream()
                    .map(f -> f.severity() + " " + f.ruleId() + " in the week of " + Dates.day(f.weekStart()) + ": "
                            + f.messageIn(units)).toList()) + range;
        }

        /** The worst severity the edit adds, empty when clean. */
        public Optional<Severity> worst() {
            return newFindings.stream().map(Finding::severity).min(Enum::compareTo);
        }
    }
}
