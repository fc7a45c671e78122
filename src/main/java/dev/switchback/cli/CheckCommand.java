package dev.switchback.cli;

import dev.switchback.format.Measure;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Metric;
import dev.switchback.engine.Overrides;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.plan.DayRoom;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.engine.plan.Knobs;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.export.HeadroomText;
import dev.switchback.engine.Severity;
import dev.switchback.engine.WeekMetrics;
import dev.switchback.model.Plan;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Printable;
import dev.switchback.model.Weeks;
import dev.switchback.store.PlanStore;
import dev.switchback.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchback check FILE [--week 2026-W48 | --from DATE --to DATE] [--format text|json] [--today DATE]}:
 * runs the rules over the plan and prints the findings with their suggestions.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check a plan against the progression and recovery rules and print the findings."
                + " Without --week or --from/--to every week of the plan is checked.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no WARN or BLOCK finding", "1:WARN findings, no BLOCK",
                "2:the file cannot be read; the message says why and where",
                "3:a BLOCK finding without an override in the plan", "64:wrong command-line usage"})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "the plan file, e.g. plan.json (default: plan.json in the data folder)")
    Path file;

    @CommandLine.Mixin
    DataDirOption data = new DataDirOption();

    @CommandLine.Mixin
    RangeOptions range = new RangeOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json (for scripts)")
    Format format;

    @Option(names = "--today", paramLabel = "DATE",
            description = "the day to judge the plan on (default: today); logged days up to it count what was done")
    LocalDate today;

    @Option(names = "--units", paramLabel = "UNITS",
            description = "metric or imperial, for the numbers of the text (default: the athlete's units in the plan)")
    String units;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The check with the options set (by picocli, or by {@link PlainCheck} for a plain command line). */
    int run(PrintWriter out, PrintWriter err) {
        LocalDate first;
        LocalDate last;
        Plan plan;
        var missing = data.missingPlan(file);
        if (missing.isPresent()) {
            err.println(missing.get());
            return SwitchbackCommand.UNREADABLE;
        }
        try {
            plan = PlanStore.read(data.planOr(file));
        } catch (StoreException e) {
            err.println(e.getMessage());
            return SwitchbackCommand.UNREADABLE;
        }
        UnitFormat shown;
        try {
            shown = UnitFormat.of(UnitsOption.parse(units).orElse(plan.athlete().units()));
            Optional<LocalDate> weekStart = range.weekStart();
            if (weekStart.isPresent()) {
                first = weekStart.get();
                last = first.plusDays(6);
            } else {
                first = range.from().orElseGet(() -> plan.firstDate().orElseGet(Today::now));
                last = range.to().orElseGet(() -> plan.lastDate().orElse(first));
                RangeOptions.inOrder(first, last);
            }
        } catch (IllegalArgumentException e) {
            err.println("switchback check: " + e.getMessage());
            return SwitchbackCommand.USAGE;
        }
        LocalDate day = today != null ? today : Today.now();
        PlanAnalysis analysis = Engine.analyse(plan, day);
        List<Finding> findings = analysis.findings(first, last);
        boolean blocked = findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK && !overridden(plan, f));
        boolean warned = findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
        if (format == Format.json) {
            out.println(json(plan, findings, first, last, analysis, day, shown));
        } else {
            text(out, plan, findings, first, last, shown);
        }
        out.flush();
        return blocked ? SwitchbackCommand.BLOCKED : warned ? SwitchbackCommand.WARNINGS : SwitchbackCommand.OK;
    }

    private static boolean overridden(Plan plan, Finding f) {
        return Overrides.isOverridden(plan, f);
    }

    private void text(PrintWriter out, Plan plan, List<Finding> findings, LocalDate first, LocalDate last,
            UnitFormat shown) {
        // Texts come from the file (names, titles in messages): shown with control characters escaped,
        // so a shared plan cannot move the cursor or retitle the terminal.
        out.println(Printable.escape(plan.name()) + ": " + Weeks.label(first) + (Weeks.monday(first).equals(Weeks.monday(last)) ? ""
                : " to " + Weeks.label(last)) + ", " + count(findings, Severity.BLOCK) + " BLOCK, "
                + count(findings, Severity.WARN) + " WARN, " + count(findings, Severity.INFO) + " INFO");
        for (Finding f : findings) {
            out.println();
            var override = Overrides.of(plan, f);
            String over = override.isPresent() ? " (overridden)" : "";
            out.println(f.severity() + over + "  " + Weeks.label(f.weekStart()) + "  " + Printable.escape(f.ruleId()));
            out.println("  " + Printable.escape(f.messageIn(shown)));
            out.println("  Why: " + Printable.escape(f.whyIn(shown)));
            out.println(f.measurement().map(m -> "  Measured " + Printable.escape(shown.measured(m, f.unit()))
                    + " against " + Printable.escape(shown.measured(f.threshold(), f.unit())))
                    .orElse("  Not measured yet (not enough history); threshold "
                            + Printable.escape(shown.measured(f.threshold(), f.unit()))));
            override.ifPresent(o -> out.println("  " + Printable.escape(Overrides.describe(o))));
            out.println("  Suggestion: " + Printable.escape(f.suggestionText(shown)));
            out.println("  Source: " + Printable.escape(String.valueOf(f.source())));
        }
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    private static String json(Plan plan, List<Finding> findings, LocalDate first, LocalDate last,
            PlanAnalysis analysis, LocalDate today, UnitFormat shown) {
        var sb = new StringBuilder();
        sb.append("{\"plan\":").append(str(plan.name())).append(",\"from\":").append(str(first.toString()))
                .append(",\"to\":").append(str(last.toString())).append(",\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"ruleId\":").append(str(f.ruleId()))
                    .append(",\"severity\":").append(str(f.severity().name()))
                    .append(",\"overridden\":").append(overridden(plan, f))
                    .append(",\"override\":").append(Overrides.of(plan, f).map(o -> "{\"reason\":" + str(o.reason())
                            + ",\"recordedOn\":" + str(o.recordedOn().toString()) + "}").orElse("null"))
                    .append(",\"week\":").append(str(Weeks.label(f.weekStart())))
                    .append(",\"weekStart\":").append(str(f.weekStart().toString()))
                    .append(",\"dates\":[");
            for (int k = 0; k < f.dates().size(); k++) {
                sb.append(k > 0 ? "," : "").append(str(f.dates().get(k).toString()));
            }
            sb.append("],\"measured\":").append(f.measurement().map(CheckCommand::jsonNumber).orElse("null"))
                    .append(",\"threshold\":").append(jsonNumber(f.threshold()))
                    .append(",\"unit\":").append(str(f.unit()))
                    .append(",\"message\":").append(str(f.messageIn(shown)))
                    .append(",\"why\":").append(str(f.whyIn(shown)))
                    .append(",\"source\":").append(str(f.source().citation()))
                    .append(",\"evidence\":").append(str(f.source().evidence().tag()))
                    .append(",\"suggestion\":{\"type\":").append(str(f.suggestion().getClass().getSimpleName()))
                    .append(",\"text\":").append(str(f.suggestionText(shown))).append("}}");
        }
        sb.append("],\"weeks\":[");
        boolean firstWeek = true;
        for (LocalDate m = Weeks.monday(first); !m.isAfter(last); m = m.plusDays(7)) {
            sb.append(firstWeek ? "" : ",");
            firstWeek = false;
            week(sb, WeekMetrics.of(analysis, m));
        }
        sb.append("],\"headroom\":[");
        headroom(sb, plan, analysis, first.isBefore(today) ? today : first, last, today, shown);
        return sb.append("]}").toString();
    }

    /** Each day from today on in the range: the biggest session that adds no WARN or BLOCK (engine.plan.Headroom). */
    private static void headroom(StringBuilder sb, Plan plan, PlanAnalysis analysis, LocalDate from, LocalDate to,
            LocalDate today, UnitFormat shown) {
        LocalDate end = from.plusDays(Knobs.HEADROOM_HORIZON_DAYS - 1L);
        if (end.isBefore(to)) {
            to = end;
        }
        if (from.isAfter(to)) {
            return;
        }
        var words = new HeadroomText(shown);
        boolean firstDay = true;
        for (DayRoom r : Headroom.days(plan, analysis, from, to, today, RuleBook.standard())) {
            sb.append(firstDay ? "" : ",");
            firstDay = false;
            sb.append("{\"date\":").append(str(r.date().toString()))
                    .append(",\"state\":").append(str(r.state().name()))
                    .append(",\"runMinutes\":").append(r.runFor().toMinutes())
                    .append(",\"rpe\":").append(jsonNumber(r.rpe()))
                    .append(",\"atLeast\":").append(r.capped())
                    .append(",\"packKg\":").append(jsonNumber(r.packKg()))
                    .append(",\"packMinutes\":").append(r.packFor().toMinutes())
                    .append(",\"text\":").append(words.line(r).map(CheckCommand::str).orElse("null"))
                    .append(",\"binding\":").append(binding(r.binding(), shown))
                    .append(",\"packBinding\":").append(binding(r.packBinding(), shown))
                    .append('}');
        }
    }

    private static String binding(Optional<DayRoom.Binding> b, UnitFormat shown) {
        return b.map(x -> "{\"ruleId\":" + str(x.ruleId()) + ",\"rule\":" + str(x.ruleTitle()) + ",\"severity\":"
                + str(x.severity()) + ",\"message\":" + str(x.messageIn(shown)) + "}").orElse("null");
    }

    /** One checked week's numbers; a metric without enough history is null. */
    private static void week(StringBuilder sb, WeekMetrics w) {
        sb.append("{\"week\":").append(str(Weeks.label(w.weekStart())))
                .append(",\"weekStart\":").append(str(w.weekStart().toString()))
                .append(",\"plannedLoadAu\":").append(jsonNumber(w.plannedAu()))
                .append(",\"doneLoadAu\":").append(jsonNumber(w.doneAu()))
                .append(",\"loadAu\":").append(jsonNumber(w.loadAu()))
                .append(",\"weekOverWeek\":").append(metric(w.weekOverWeek()))
                .append(",\"acwr\":").append(metric(w.acwr()))
                .append(",\"ctl\":").append(metric(w.ctl()))
                .append(",\"atl\":").append(metric(w.atl()))
                .append(",\"tsb\":").append(metric(w.tsb()))
                .append(",\"formPct\":").append(metric(w.formPct()))
                .append(",\"monotony\":").append(metric(w.monotony()))
                .append(",\"strain\":").append(metric(w.strain()))
                .append(",\"longestSessionMinutes\":").append(jsonNumber(w.longestMinutes()))
                .append(",\"heaviestPackKg\":").append(jsonNumber(w.heaviestPackKg()))
                .append(",\"packKgKm\":").append(jsonNumber(w.packKgKm()))
                .append(",\"loadedDescentM\":").append(jsonNumber(w.loadedDescentM()))
                .append('}');
    }

    private static String metric(Metric m) {
        return m.asOptional().map(CheckCommand::jsonNumber).orElse("null");
    }

    private static String jsonNumber(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    static String str(String s) {
        var sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Printable.isControl(ch)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
