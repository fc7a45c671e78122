package dev.switchback.cli;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.adjust.Adjuster;
import dev.switchback.engine.adjust.Adjustment;
import dev.switchback.format.Dates;
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
 * With {@code --adjust [--option N|NAME]}: the reasons to adjust the coming days and the options
 * (engine.adjust.Adjuster), and the chosen one written to OUT.
 */
@Command(
        name = "season",
        mixinStandardHelpOptions = true,
        description = {"Build a season towards a goal: base, build, peak and taper weeks with lighter weeks, each"
                + " week checked by the rules while it is built. Writes the plan with the season to OUT.",
            "The past, logged days and trips are never changed; future sessions are kept unless --replace.",
            "With --adjust: the reasons to adjust the coming days (a missed session, outings logged harder than"
                    + " planned, tiredness) and the options, each checked by the rules; --option N writes one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written; the season reaches the goal (--adjust: the option written, or nothing to adjust)",
                "1:written, but the goal cannot be reached in the time there is (the output says by how much and what"
                        + " to do); --adjust without --option: there is something to adjust, nothing written",
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

    @Option(names = "--adjust", description = "instead of a season: adjust the coming days after a missed session,"
            + " outings logged harder than planned or a tired body; lists the reasons and the options, each checked by"
            + " the rules, and writes the one chosen with --option")
    boolean adjust;

    @Option(names = "--option", paramLabel = "N|NAME", description = "with --adjust: the option to write, by its"
            + " number or name (repeat-week, shift, easy, shorten, skip)")
    String option;

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
        if (adjust) {
            return adjust(out, err, plan, day);
        }
        if (option != null) {
            err.println("switchback season: --option chooses an adjustment: use it with --adjust.");
            return SwitchbackCommand.USAGE;
        }
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

    /** {@code --adjust}: the reasons, the options with their checks, and the chosen one written to OUT. */
    private int adjust(PrintWriter out, PrintWriter err, Plan plan, LocalDate day) {
        if (goal != null || replace || from != null || days != null || budget != null) {
            err.println("switchback season: --adjust changes only the coming days; --goal, --from, --days, --budget"
                    + " and --replace are for building a season. Leave them out.");
            return SwitchbackCommand.USAGE;
        }
        var units = UnitFormat.of(plan.athlete().units());
        Adjustment a = Adjuster.of(plan, Engine.analyse(plan, day), day);
        if (!a.needed()) {
            out.println("Nothing to adjust on " + Dates.weekdayDayYear(day) + ": no session missed in the last week,"
                    + " no outing logged much harder than planned, no sign of tiredness. " + output + " not written.");
            out.flush();
            return SwitchbackCommand.OK;
        }
        out.println("Adjust the coming days (" + Dates.weekdayDayYear(day) + "):");
        for (Adjustment.Reason r : a.reasons()) {
            out.println("  " + r.trigger().label() + ": " + Printable.escape(r.text()));
        }
        out.println();
        for (String note : a.notes()) {
            out.println(Printable.escape(note));
        }
        if (a.options().isEmpty()) {
            out.println(a.refused().isEmpty() ? "No option to offer." : "No option passes the rules.");
        } else {
            out.println("Options (each checked by the rules):");
        }
        int n = 1;
        for (Adjustment.Option o : a.options()) {
            printOption(out, units, n++ + ". [" + o.kind().id() + "] ", o);
        }
        if (!a.refused().isEmpty()) {
            out.println();
            out.println("Tried, not offered:");
            for (Adjustment.Option o : a.refused()) {
                printOption(out, units, "-  [" + o.kind().id() + "] ", o);
            }
        }
        out.println();
        if (option == null) {
            out.println(a.options().isEmpty() ? "Nothing written: the coming days stay as planned."
                    : "Nothing written yet: choose one with --option N or --option NAME (e.g. --option 1).");
            out.flush();
            return SwitchbackCommand.WARNINGS;
        }
        var chosen = a.option(option);
        if (chosen.isEmpty()) {
            var refused = a.refused().stream().filter(o -> o.kind().id().equalsIgnoreCase(option.strip())).findFirst();
            out.flush();
            err.println("switchback season: --option " + option + " is not offered"
                    + refused.map(o -> " (" + o.check(units) + ")").orElse("")
                    + ". Choose one of: " + (a.options().isEmpty() ? "none (no option to offer)"
                            : String.join(", ", a.options().stream().map(o -> (a.options().indexOf(o) + 1) + " or "
                                    + o.kind().id()).toList())) + ".");
            return SwitchbackCommand.USAGE;
        }
        try {
            PlanStore.save(output, chosen.get().plan(), List.of());
        } catch (StoreException e) {
            err.println(e.getMessage());
            return ExportCommand.CANNOT_WRITE;
        }
        out.println("Wrote " + output + " with: " + Printable.escape(chosen.get().title()) + ".");
        out.flush();
        return SwitchbackCommand.OK;
    }

    private static void printOption(PrintWriter out, UnitFormat units, String head, Adjustment.Option o) {
        out.println("  " + head + Printable.escape(o.title()));
        for (Adjustment.DayChange c : o.days()) {
            out.println("       " + Printable.escape(c.text()));
        }
        out.println("       " + Printable.escape(o.check(units)));
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
