package dev.switchback.ui.month;

import dev.switchback.model.Printable;
import dev.switchback.format.Dates;
import dev.switchback.engine.Finding;
import dev.switchback.engine.NextGoal;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Severity;
import dev.switchback.engine.WeekSummary;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.format.UnitFormat;
import dev.switchback.ui.findings.FindingsText;
import dev.switchback.ui.week.WeekModels.Card;
import dev.switchback.ui.week.WeekModels.Day;
import dev.switchback.ui.week.WeekPresenter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The month around the week on screen: every ISO week that touches the calendar month (four to
 * six), each with its days' sessions (the week view's own cards, from {@link WeekPresenter}), its
 * load planned and done, its findings and its phase, and the goal the month builds towards.
 * Opening a week sets the document's week on screen; printing takes the same weeks as one page.
 */
public final class MonthViewModel {

    /** One entry of a day cell: the card's short kind, its duration and its title (for the tooltip). */
    public record Entry(String kind, String duration, String title, String styleClass, boolean done) {
    }

    /** One day of the month grid; {@code inMonth} is false for the days of the first and last week outside it. */
    public record DayCell(LocalDate date, String dayOfMonth, boolean inMonth, boolean today, List<Entry> entries,
            Optional<String> tripStage) {
        public DayCell {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One week row: "W48", "23 Nov", its phase ("Build" or ""), load "2040 of 2185 AU", findings
     * "1 blocking, 2 warnings" with the style of the worst ("severity-block") and whether it is the
     * week on screen.
     */
    public record WeekRow(LocalDate monday, String isoWeek, String dates, String phase, String load,
            String findings, String severityClass, boolean hasFindings, boolean onScreen, List<DayCell> days) {
        public WeekRow {
            days = List.copyOf(days);
        }
    }

    private final PlanDocument doc;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ReadOnlyObjectWrapper<List<WeekRow>> weeks = new ReadOnlyObjectWrapper<>(this, "weeks", List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper goal = new ReadOnlyStringWrapper(this, "goal", "");

    public MonthViewModel(PlanDocument doc, Supplier<LocalDate> today) {
        this.doc = doc;
        this.today = today;
        month.set(monthOf(doc.weekStartProperty().get()));
        doc.planProperty().addListener(x -> refresh());
        doc.analysisProperty().addListener(x -> refresh());
        doc.weekStartProperty().addListener((obs, was, now) -> {
            // follow the week view into another month; within this month only the marked row moves
            if (!firstMonday().isAfter(now) && !lastMonday().isBefore(now)) {
                refresh();
            } else {
                month.set(monthOf(now));
            }
        });
        month.addListener(x -> refresh());
        refresh();
    }

    /** The month a week belongs to: that of its Thursday, as ISO weeks belong to years. */
    static YearMonth monthOf(LocalDate anyDay) {
        return YearMonth.from(Weeks.monday(anyDay).plusDays(3));
    }

    private LocalDate firstMonday() {
        return Weeks.monday(month.get().atDay(1));
    }

    private LocalDate lastMonday() {
        return Weeks.monday(month.get().atEndOfMonth());
    }

    private void refresh() {
        Plan plan = doc.getPlan();
        Optional<PlanAnalysis> analysis = doc.getAnalysis();
        UnitFormat units = UnitFormat.of(plan.athlete().units());
        WeekPresenter presenter = new WeekPresenter(today.get());
        LocalDate onScreen = doc.weekStartProperty().get();
        var rows = new ArrayList<WeekRow>();
        for (LocalDate m = firstMonday(); !m.isAfter(lastMonday()); m = m.plusWeeks(1)) {
            var cells = new ArrayList<DayCell>();
            for (Day d : presenter.days(plan, m, units)) {
                List<Entry> entries = d.cards().stream().map(MonthViewModel::entry).toList();
                cells.add(new DayCell(d.date(), Integer.toString(d.date().getDayOfMonth()),
                        YearMonth.from(d.date()).equals(month.get()), d.today(), entries, d.tripStage()));
            }
            LocalDate monday = m;
            String phase = plan.phaseOn(m.plusDays(3)).or(() -> plan.phaseOn(monday))
                    .map(p -> p.kind().label()).orElse("");
            String load = analysis.map(a -> {
                WeekSummary w = a.week(monday);
                return UnitFormat.loadDoneOfPlanned(w.doneAu(), w.plannedAu());
            }).orElse("–");
            List<Finding> found = analysis.map(a -> a.findings(monday)).orElse(List.of());
            String worst = "severity-" + found.stream().map(Finding::severity).min(Enum::compareTo)
                    .orElse(Severity.INFO).name().toLowerCase(Locale.ROOT);
            rows.add(new WeekRow(m, Weeks.label(m).substring(5), Dates.day(m), phase, load,
                    analysis.isEmpty() ? "Not checked yet" : FindingsText.summary(found), worst, !found.isEmpty(),
                    m.equals(onScreen), cells));
        }
        weeks.set(List.copyOf(rows));
        title.set(Dates.month(month.get()));
        goal.set(NextGoal.of(plan, firstMonday()).map(g -> "Goal: " + Printable.escape(g.title()) + " · " + Dates.dayYear(g.date())
                + " · " + g.when()).orElse("No goal set"));
    }

    private static Entry entry(Card c) {
        return new Entry(c.kindLabel(), c.duration(), c.title(), c.styleClass(), c.done());
    }

    // ---- commands ----

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        month.set(monthOf(today.get()));
    }

    /** Puts the week of {@code monday} on screen (the view then shows the week). */
    public void openWeek(LocalDate monday) {
        doc.weekStartProperty().set(Weeks.monday(monday));
    }

    /** The weeks on screen, for printing them as one page. */
    public WeekRange range() {
        return new WeekRange(firstMonday(), lastMonday());
    }

    /** The weekday names of the grid's columns, Monday first. */
    public static List<String> weekdays() {
        var names = new ArrayList<String>();
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            names.add(Dates.weekdayShort(d));
        }
        return names;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ReadOnlyObjectProperty<List<WeekRow>> weeksProperty() {
        return weeks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalProperty() {
        return goal.getReadOnlyProperty();
    }

    public PlanDocument document() {
        return doc;
    }
}
