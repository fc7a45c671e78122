package dev.switchback.cli;

import dev.switchback.model.Plan;
import dev.switchback.model.Printable;
import dev.switchback.store.OpenedPlan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code switchback validate FILE}: reads a plan file and says whether Switchback can open it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Read a plan file and check that Switchback can open it. The file is never changed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is a valid plan", "2:the file cannot be read; the message says why and where",
                "64:wrong command-line usage"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "the plan file, e.g. plan.json (default: plan.json in the data folder)")
    Path file;

    @CommandLine.Mixin
    DataDirOption data = new DataDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path file = data.planOr(this.file);
        var missing = data.missingPlan(this.file);
        if (missing.isPresent()) {
            spec.commandLine().getErr().println(missing.get());
            return SwitchbackCommand.UNREADABLE;
        }
        try {
            OpenedPlan opened = PlanStore.openFile(file);
            Plan plan = opened.plan();
            spec.commandLine().getOut().println(Printable.escape(String.valueOf(file.getFileName())) + ": valid, schema " + opened.schemaVersion()
                    + ", " + count(plan.sessions().size(), "session") + ", " + count(plan.trips().size(), "trip")
                    + ", " + count(plan.logs().size(), "log"));
            return SwitchbackCommand.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return SwitchbackCommand.UNREADABLE;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
