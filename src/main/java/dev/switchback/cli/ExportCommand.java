package dev.switchback.cli;

import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.export.CsvExport;
import dev.switchback.export.ExportException;
import dev.switchback.export.ExportFormat;
import dev.switchback.export.ExportProgress;
import dev.switchback.export.IcsExport;
import dev.switchback.export.Paper;
import dev.switchback.export.PdfExport;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import dev.switchback.model.Printable;
import dev.switchback.model.Units;
import dev.switchback.store.PlanStore;
import dev.switchback.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code switchback export FILE --format pdf|ics|csv [--week W | --from D --to D] [--paper P] -o OUT}.
 *
 * <p>Exit codes: 0 written; 2 the plan file cannot be read; 64 bad arguments; 73 the output file
 * cannot be written (sysexits' EX_CANTCREAT). Nothing is written unless everything succeeded.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export a plan as a printable PDF week sheet, an iCalendar file or a CSV table.",
            "Without --week or --from/--to: a PDF covers the current week, ICS and CSV the whole plan."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file was written",
            "2:the plan file cannot be read",
            "64:bad arguments",
            "73:the output file cannot be written"})
public final class ExportCommand implements Callable<Integer> {
    public static final int CANNOT_WRITE = 73;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "the plan file (.json; default: plan.json in the data folder)")
    Path planFile;

    @CommandLine.Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "pdf, ics or csv (default: from the extension of OUT)")
    String format;

    @CommandLine.Mixin
    RangeOptions weeks = new RangeOptions();

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4",
            description = "a4 or letter, for PDF (default: ${DEFAULT-VALUE})")
    String paper;

    @Option(names = "--units", paramLabel = "UNITS",
            description = "metric or imperial, for CSV (default: the athlete's units in the plan)")
    String units;

    @Option(names = "--include-rest", description = "ICS: write rest days as events too (left out by default)")
    boolean includeRest;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "the file to write")
    Path output;

    /** Fixed in tests; the ICS DTSTAMP and the default week come from it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ExportFormat fmt;
        Optional<WeekRange> range;
        Paper paperSize;
        Optional<Units> csvUnits;
        try {
            fmt = format();
            range = range();
            paperSize = paper();
            csvUnits = UnitsOption.parse(units);
        } catch (IllegalArgumentException e) {
            err.println("switchback export: " + e.getMessage());
            err.println("Try 'switchback export --help'.");
            return SwitchbackCommand.USAGE;
        }
        Plan plan;
        var missing = data.missingPlan(planFile);
        if (missing.isPresent()) {
            err.println("switchback export: " + missing.get());
            return SwitchbackCommand.UNREADABLE;
        }
        try {
            plan = PlanStore.read(data.planOr(planFile));
        } catch (StoreException e) {
            err.println("switchback export: " + e.getMessage());
            return SwitchbackCommand.UNREADABLE;
        }
        String refused = refusedOutput();
        if (refused != null) {
            err.println("switchback export: " + refused);
            return CANNOT_WRITE;
        }
        try {
            switch (fmt) {
                case PDF -> {
                    WeekRange r = range.orElseGet(() -> WeekRange.week(LocalDate.now(clock)));
                    PdfExport.write(plan, analysis(plan), r, paperSize, output, ExportProgress.NONE);
                    out.println("Wrote " + output + " (" + r.weekCount() + (r.weekCount() == 1 ? " week" : " weeks")
                            + (r.isSingleWeek() ? "" : " and a season overview") + ", " + paperSize.label() + ")");
                }
                case ICS -> {
                    IcsExport.write(plan, range, clock.instant(), new IcsExport.Options(includeRest, clock.getZone()),
                            output);
                    out.println("Wrote " + output);
                }
                case CSV -> {
                    CsvExport.write(plan, range, csvUnits.orElse(plan.athlete().units()), output);
                    out.println("Wrote " + output);
                }
                default -> throw new IllegalStateException(fmt.name());
            }
        } catch (ExportException e) {
            err.println("switchback export: " + e.getMessage());
            return CANNOT_WRITE;
        }
        return SwitchbackCommand.OK;
    }

    /** An output that must not be replaced: the plan itself, or a file its owner marked read-only. */
    private String refusedOutput() {
        try {
            if (Files.exists(output) && Files.isSameFile(output, planFile)) {
                return Printable.escape(output.toString()) + " is the plan file itself; exporting over it would"
                        + " replace your plan. Choose another output name.";
            }
        } catch (java.io.IOException e) {
            // Cannot tell; the export's own write reports any real problem.
        }
        if (Files.exists(output) && PlanStore.isReadOnly(output)) {
            return Printable.escape(output.toString()) + " is read-only, so Switchback does not overwrite it."
                    + " Choose another output name, or make the file writable (chmod u+w) and export again.";
        }
        return null;
    }

    private Optional<PlanAnalysis> analysis(Plan plan) {
        return Optional.of(Engine.analyse(plan, LocalDate.now(clock)));
    }

    private ExportFormat format() {
        Optional<ExportFormat> fromName = ExportFormat.ofFileName(output);
        if (format == null) {
            return fromName.orElseThrow(() -> new IllegalArgumentException(
                    "Give --format pdf, ics or csv (the output name " + output + " does not say which)"));
        }
        try {
            return ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + format + "': use pdf, ics or csv", e);
        }
    }

    private Paper paper() {
        return switch (paper.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new IllegalArgumentException("Unknown paper '" + paper + "': use a4 or letter");
        };
    }

    private Optional<WeekRange> range() {
        Optional<LocalDate> weekStart = weeks.weekStart();
        if (weekStart.isPresent()) {
            return Optional.of(WeekRange.week(weekStart.get()));
        }
        Optional<LocalDate> f = weeks.from();
        Optional<LocalDate> t = weeks.to();
        if (f.isEmpty() && t.isEmpty()) {
            return Optional.empty();
        }
        if (f.isEmpty() || t.isEmpty()) {
            throw new IllegalArgumentException("--from and --to go together: give both dates");
        }
        RangeOptions.inOrder(f.get(), t.get());
        return Optional.of(WeekRange.of(f.get(), t.get()));
    }
}
