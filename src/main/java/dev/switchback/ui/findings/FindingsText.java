package dev.switchback.ui.findings;

import dev.switchback.format.Dates;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of the findings panel, kept apart from the view so they are tested without a screen. */
public final class FindingsText {
    public static final String NO_FINDINGS = "No findings this week \u2014 the plan follows every rule";
    public static final String NO_ANALYSIS = "The checks are not available for this plan yet.";

    private FindingsText() {
    }

    public static String severityLabel(Severity s) {
        return switch (s) {
            case BLOCK -> "Blocking";
            case WARN -> "Warning";
            case INFO -> "Note";
        };
    }

    /** "1 blocking, 2 warnings, 1 note"; severities with none are left out; "No findings" when empty. */
    public static String summary(List<Finding> findings) {
        return summary(findings, 0);
    }

    /** The summary with how many blocking findings an override answers: "2 blocking (1 overridden), 1 warning". */
    public static String summary(List<Finding> findings, long overriddenBlocking) {
        Map<Severity, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        var parts = new ArrayList<String>();
        long block = counts.getOrDefault(Severity.BLOCK, 0L);
        long warn = counts.getOrDefault(Severity.WARN, 0L);
        long info = counts.getOrDefault(Severity.INFO, 0L);
        if (block > 0) {
            parts.add(block + " blocking" + (overriddenBlocking > 0 ? " (" + overriddenBlocking + " overridden)" : ""));
        }
        if (warn > 0) {
            parts.add(warn + (warn == 1 ? " warning" : " warnings"));
        }
        if (info > 0) {
            parts.add(info + (info == 1 ? " note" : " notes"));
        }
        return parts.isEmpty() ? "No findings" : String.join(", ", parts);
    }

    /**
     * The days of a finding: one day "Tue 24 Nov", a run of three or more consecutive days
     * "Tue 24 – Thu 26 Nov", otherwise a list "Tue 24, Thu 26 Nov"; the month is named once when
     * all days share it.
     */
    public static String dates(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return "";
        }
        List<LocalDate> sorted = dates.stream().distinct().sorted().toList();
        LocalDate first = sorted.get(0);
        LocalDate last = sorted.get(sorted.size() - 1);
        boolean sameMonth = first.getMonth() == last.getMonth() && first.getYear() == last.getYear();
        java.util.function.Function<LocalDate, String> head = sameMonth ? Dates::weekdayDayOfMonth : Dates::weekdayDay;
        if (sorted.size() == 1) {
            return Dates.weekdayDay(first);
        }
        boolean consecutive = last.toEpochDay() - first.toEpochDay() == sorted.size() - 1;
        if (consecutive && sorted.size() >= 3) {
            return head.apply(first) + " \u2013 " + Dates.weekdayDay(last);
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < sorted.size() - 1; i++) {
            parts.add(head.apply(sorted.get(i)));
        }
        parts.add(Dates.weekdayDay(last));
        return String.join(", ", parts);
    }

    public static String evidence(Finding f) {
        return f.source().evidence().tag() + " \u00b7 " + f.source().evidence().label();
    }

    public static String applyLabel(String suggestionText) {
        return "Apply: " + suggestionText;
    }
}
