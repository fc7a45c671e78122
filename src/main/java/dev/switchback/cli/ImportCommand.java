package dev.switchback.cli;

import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.model.Printable;
import dev.switchback.store.OpenedPlan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.ActivityImport;
import dev.switchback.store.gpx.ActivityMatcher;
import dev.switchback.store.gpx.ActivityMatcher.Outcome;
import dev.switchback.store.gpx.ActivityReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchback import PLAN FILE_OR_FOLDER... [--dry-run]}: logs watch exports into a plan with
 * the same reading and matching as the window's File > Import activities (store.gpx.ActivityImport),
 * prints what became of every file and saves once, atomically with backups (PlanStore.save).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Log recorded activities (GPX, TCX, FIT, also .gz; folders; Strava and Garmin export"
                + " archives) into a plan. Each file becomes a log of the planned session of its day, an unplanned"
                + " outing, or is skipped (already imported) or refused (with the reason). The plan is saved once,"
                + " with the usual backups (plan.json.1 .. .3).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was imported or skipped as already there (or would be, with --dry-run)",
                "1:some files were refused (the others were imported), or no activity file was found",
                "2:the plan file cannot be read; nothing was changed",
                "64:wrong command-line usage",
                "73:the plan could not be saved; the file on disk is unchanged"})
public final class ImportCommand implements Callable<Integer> {
    public static final int SOME_REFUSED = 1;
    public static final int CANNOT_SAVE = 73;

    @Parameters(index = "0", paramLabel = "PLAN", description = "the plan file, e.g. plan.json")
    Path plan;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_FOLDER",
            description = "activity files, folders of them, or export archives (.zip)")
    List<Path> inputs;

    @Option(names = "--dry-run", description = "say what would become of each file; change nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OpenedPlan opened;
        try {
            opened = PlanStore.openFile(plan);
        } catch (StoreException e) {
            err.println(e.getMessage());
            return SwitchbackCommand.UNREADABLE;
        }
        Plan before = opened.plan();
        ActivityImport.Result result = ActivityImport.run(before, inputs, clock.getZone(), describe(before),
                ActivityReader::read, (i, n, name) -> { }, () -> false);
        List<Outcome> outcomes = result.outcomes();
        for (Outcome o : outcomes) {
            // Names and details come from the files (archive entry names, their text): never raw to the terminal.
            out.println(Printable.escape(o.name()) + ": " + label(o.status()) + ": " + Printable.escape(o.detail()));
        }
        long refused = outcomes.stream().filter(o -> o.status() == ActivityMatcher.Status.REFUSED).count();
        long imported = result.imported();
        if (outcomes.isEmpty()) {
            err.println("No activity files found in " + inputs + " (GPX, TCX or FIT, also .gz, or a .zip of them).");
            return SOME_REFUSED;
        }
        String summary = ActivityMatcher.summary(outcomes);
        if (dryRun || imported == 0) {
            out.println(summary + (dryRun ? ". Dry run: " + plan.getFileName() + " was not changed."
                    : ". Nothing to add: " + plan.getFileName() + " was not changed."));
            return refused > 0 ? SOME_REFUSED : SwitchbackCommand.OK;
        }
        Plan after = ActivityMatcher.apply(before, outcomes);
        LocalDate today = LocalDate.now(clock);
        var check = SaveGate.check(before, after, today);
        try {
            PlanStore.save(opened, after, check.findings().stream().filter(f -> f.severity() != Severity.BLOCK)
                    .toList());
        } catch (StoreException e) {
            err.println(e.getMessage());
            return CANNOT_SAVE;
        }
        out.println(summary + ". Saved " + plan.getFileName() + " (the previous version is " + plan.getFileName()
                + ".1).");
        return refused > 0 ? SOME_REFUSED : SwitchbackCommand.OK;
    }

    private static String label(ActivityMatcher.Status s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static ActivityMatcher.Describe describe(Plan plan) {
        UnitFormat units = UnitFormat.of(plan.athlete().units());
        return new ActivityMatcher.Describe() {
            @Override
            public String distance(double metres) {
                String text = units.showOrBlank(Measure.DISTANCE, metres);
                return text.isEmpty() ? "0 " + units.distanceUnit() : text;
            }

            @Override
            public String climb(double metres) {
                String text = units.showOrBlank(Measure.CLIMB, metres);
                return text.isEmpty() ? "0 " + units.climbUnit() : text;
            }

            @Override
            public String duration(Duration d) {
                return UnitFormat.durationOrBlank(d);
            }
        };
    }
}
