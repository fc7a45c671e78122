package dev.switchback.cli;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.Finding;
import dev.switchback.engine.season.Season;
import dev.switchback.engine.season.SeasonBuilder;
import dev.switchback.engine.season.SeasonGoal;
import dev.switchback.engine.season.SeasonRequest;
import dev.switchback.engine.plan.Knobs;
import dev.switchback.model.Plan;
import dev.switchback.model.Printable;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.Weeks;
import dev.switchback.store.PlanStore;
import dev.switchback.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchback season PLAN -o OUT.json [--goal TRIP_ID|DATE] [--from DATE] [--days mon,tue,...]
 * [--long-day sat] [--replace]}: writes a season towards the goal (engine.season.SeasonBuilder), every week
 * proved free of WARN and BLOCK by the rule book, and says where the goal cannot be reached in the time there is.
 */
@Command(
        name = "season",
        mixinStandardHelpOptions = true,
        description = {"Build a season towards a goal: base, build, peak and taper weeks with lighter weeks, each"
                + " week checked by the rules while it is built. Writes the plan with the season to OUT.",
            "The past, logged days and trips are never changed; future sessions are kept unless --replace."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written; the season reaches the goal", "1:written, but the goal cannot be reached in the"
                + " time there is (the output says by how much and what to do)",
                "2:the plan cannot be read", "64:wrong usage", "73:OUT cannot be written"})
public final class SeasonCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PLAN", arity = "0..1",
            description = "the plan file (default: plan.json in the data folder)")
    Path file;

    @CommandLine.Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "where to write the plan with the season, e.g. season.json (not the plan itself)")
    Path output;

    @Option(names = "--goal", paramLabel = "TRIP_ID|DATE",
            description = "a trip of the plan (its id or title), or a date with --hours/--km/--climb/--pack"
                    + " (default: the next goal trip)")
    String goal;

    @Option(names = "--hours", paramLabel = "H", description = "the goal day's hours on the move (with a DATE goal)")
    Double hours;

    @Option(names = "--km", paramLabel = "KM", defaultValue = "0", description = "the goal day's distance")
    double km;

    @Option(names = "--climb", paramLabel = "M", defaultValue = "0", description = "the goal day's climb, metres")
    double climb;

    @Option(names = "--pack", paramLabel = "KG", defaultValue = "0", description = "the goal day's pack, kg")
    double pack;

    @Option(names = "--loaded-days", paramLabel = "N", defaultValue = "1", description = "loaded days in a row")
    int loadedDays;

    @Option(names = "--from", paramLabel = "DATE", description = "the season's first day (default: tomorrow)")
    LocalDate from;

    @Option(names = "--days", paramLabel = "DAYS", split = ",",
            description = "the days you can train, e.g. tue,wed,thu,sat,sun (the default)")
    List<String> days;

    @Option(names = "--long-day", paramLabel = "DAY", defaultValue = "sat", description = "the long day (default: sat)")
    String longDay;

    @Option(names = "--budget", paramLabel = "MIN", description = "minutes an easy weekday session may take (default: 50)")
    Integer budget;

    @Option(names = "--replace", description = "replace the future sessions in the season's weeks (never logged ones)")
    boolean replace;

    @Option(names = "--today", paramLabel = "DATE", description = "the day to build on (default: today)")
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var missing = data.missingPlan(file);
        if (missing.isPresent()) {
            err.println(missing.get());
            return SwitchbackCommand.UNREADABLE;
        }
        Path in = data.planOr(file);
        Plan plan;
        try {
            plan = PlanStore.read(in);
        } catch (StoreException e) {
            err.println(e.getMessage());
            return SwitchbackCommand.UNREADABLE;
        }
        if (Files.exists(output) && output.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            err.println("switchback season: -o names the plan itself (" + output + "). Write the season to another"
                    + " file, look at it, and open it when you like it.");
            return SwitchbackCommand.USAGE;
        }
        LocalDate day = today != null ? today : LocalDate.now();
        SeasonRequest req;
        try {
            SeasonGoal g = goal(plan, day);
            Set<DayOfWeek> set = days == null ? SeasonRequest.defaults(g, day.plusDays(1)).days() : parseDays(days);
            req = new SeasonRequest(g, from != null ? from : day.plusDays(1), set, parseDay(longDay),
                    budget != null ? Duration.ofMinutes(budget) : Knobs.WEEKDAY_BUDGET, replace);
        } catch (IllegalArgumentException e) {
            err.println("switchback season: " + e.getMessage());
            return SwitchbackCommand.USAGE;
        }
        Season season = SeasonBuilder.build(plan, req, day);
        try {
            PlanStore.save(output, season.plan(), List.of());
        } catch (StoreException e) {
            err.println(e.getMessage());
            return ExportCommand.CANNOT_WRITE;
        }
        report(out, plan, req, season);
        out.println("Wrote " + output + " (" + season.added().size() + " sessions added, " + season.removed().size()
                + " removed).");
        out.flush();
        return season.reachesGoal() && season.warnings().isEmpty() ? SwitchbackCommand.OK
                : SwitchbackCommand.WARNINGS;
    }

    private SeasonGoal goal(Plan plan, LocalDate day) {
        if (goal == null) {
            return SeasonGoal.nextGoalTrip(plan, day).orElseThrow(() -> new IllegalArgumentException(
                    "the plan has no goal trip after " + day + ". Give --goal TRIP_ID, or --goal DATE with --hours"
                            + " (and --km, --climb, --pack)."));
        }
        Optional<Trip> trip = plan.trips().stream().filter(t -> t.id().equals(new TripId(goal))
                || t.title().equalsIgnoreCase(goal)).findFirst();
        if (trip.isPresent()) {
            return SeasonGoal.of(trip.get());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(goal);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--goal " + goal + " is neither a trip of the plan nor a date"
                    + " (YYYY-MM-DD). Trips: " + plan.trips().stream().map(t -> t.id() + " (" + t.title() + ")")
                    .toList());
        }
        if (hours == null) {
            throw new IllegalArgumentException("--goal " + date + " needs the goal day's size: --hours H (and --km,"
                    + " --climb, --pack as it has them)");
        }
        return new SeasonGoal("Goal of " + date, date, Duration.ofMinutes(Math.round(hours * 60)), km * 1000, climb,
                climb, pack, loadedDays, Optional.empty());
    }

    static Set<DayOfWeek> parseDays(List<String> names) {
        var set = EnumSet.noneOf(DayOfWeek.class);
        for (String n : names) {
            set.add(parseDay(n));
        }
        return set;
    }

    static DayOfWeek parseDay(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not a day: use mon, tue, wed, thu, fri, sat, sun");
    }

    private static void report(PrintWriter out, Plan plan, SeasonRequest req, Season s) {
        var units = UnitFormat.of(plan.athlete().units());
        SeasonGoal g = req.goal();
        out.println("Season towards " + Printable.escape(g.title()) + " on " + g.date() + ": "
                + s.weeks().size() + " weeks from " + Weeks.label(req.from()));
        out.println();
        out.println("Week      Phase    Long day  Pack     Climb    Load AU  Sessions");
        for (Season.Week w : s.weeks()) {
            out.println(String.format(Locale.ROOT, "%-9s %-8s %-9s %-8s %-8s %7.0f  %d%s", Weeks.label(w.monday())
                    .substring(5), w.phase().label() + (w.lighter() ? "*" : ""), UnitFormat.durationOrBlank(w.longDay()),
                    units.showOrBlank(Measure.MASS, w.packKg()), units.showOrBlank(Measure.CLIMB, w.climbM()), w.loadAu(), w.sessions(),
                    w.adjusted() ? "  (stepped back: the rules asked for less)" : ""));
        }
        out.println("(* lighter week)");
        out.println();
        out.println("Tracks by the taper against the goal:");
        for (Season.Track t : s.tracks()) {
            if (t.target() <= 0) {
                continue;
            }
            out.println(String.format(Locale.ROOT, "  %-22s %s of %s%s", t.dimension().label(), value(units, t,
                    t.reached()), value(units, t, t.target()), t.reachedTarget() ? "" : "  SHORT"));
        }
        s.timeNote().ifPresent(n -> {
            out.println();
            out.println("Not enough time: " + n + ".");
            out.println("Choose: move the goal to about " + req.from().plusWeeks(s.weeksNeeded()) + ", lighten the"
                    + " trip to what the season reaches (above), or accept the warnings of a faster build.");
        });
        if (!s.warnings().isEmpty()) {
            out.println();
            out.println("Warnings left in the season's weeks:");
            for (Finding f : s.warnings()) {
                out.println("  " + f.severity() + " " + Weeks.label(f.weekStart()) + " " + f.ruleId() + ": "
                        + Printable.escape(f.messageIn(units)));
            }
        }
        out.println();
    }

    private static String value(UnitFormat units, Season.Track t, double v) {
        return switch (t.dimension()) {
            case LONG_DAY -> UnitFormat.durationOrBlank(Duration.ofMinutes(Math.round(v)));
            case DISTANCE -> units.showOrBlank(Measure.DISTANCE, v);
            case CLIMB, LOADED_DESCENT -> units.showOrBlank(Measure.CLIMB, v);
            case PACK -> units.showOrBlank(Measure.MASS, v);
            case LOADED_DAYS -> String.format(Locale.ROOT, "%.0f", v);
        };
    }
}
