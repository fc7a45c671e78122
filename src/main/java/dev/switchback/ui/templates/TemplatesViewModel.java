package dev.switchback.ui.templates;

import dev.switchback.engine.plan.WeekTemplates;
import dev.switchback.engine.plan.WeekTemplates.Applied;
import dev.switchback.engine.plan.WeekTemplates.Mode;
import dev.switchback.format.Dates;
import dev.switchback.model.Printable;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionTemplate;
import dev.switchback.model.TemplateLibrary;
import dev.switchback.model.WeekTemplate;
import dev.switchback.model.Weeks;
import dev.switchback.store.StoreException;
import dev.switchback.store.TemplateStore;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.templates.TemplatePickerViewModel.Choice;
import dev.switchback.ui.week.TemplateCommands;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The session library and week templates (issue 12, section 4; decisions/0009): saving a session or a
 * week under a name in the data folder's library, inserting a session template on a day by typing its
 * name, applying a week template onto a week. What changes the plan is one undoable edit of the
 * {@link PlanDocument}, re-checked like any other; what changes the library is saved at once.
 */
public final class TemplatesViewModel implements TemplateCommands {
    static final List<String> MODES = List.of("Add beside the week's sessions", "Replace the planned sessions");

    private final PlanDocument doc;
    private final DialogService dialogs;
    private final TemplateStore store;
    private final Supplier<LocalDate> today;
    private final Consumer<Session> show;
    private final Supplier<SessionId> ids;
    private final BackgroundRunner runner;

    /** {@code runner} reads the library file, off the FX thread in the window (the commands go on when it is read). */
    public TemplatesViewModel(PlanDocument doc, DialogService dialogs, TemplateStore store, BackgroundRunner runner,
            Supplier<LocalDate> today, Consumer<Session> show) {
        this(doc, dialogs, store, runner, today, show, SessionId::random);
    }

    TemplatesViewModel(PlanDocument doc, DialogService dialogs, TemplateStore store, BackgroundRunner runner,
            Supplier<LocalDate> today, Consumer<Session> show, Supplier<SessionId> ids) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.store = store;
        this.runner = runner;
        this.today = today;
        this.show = show;
        this.ids = ids;
    }

    /**
     * Why {@code name} cannot name a template, or empty: the model's own refusal, or a name in
     * {@code taken} (in any case).
     */
    static Optional<String> nameProblem(String name, Collection<String> taken) {
        try {
            String n = new SessionTemplate(name, Session.rest(SessionTemplate.ANCHOR)).name();
            return taken.stream().filter(t -> TemplateLibrary.key(t).equals(TemplateLibrary.key(n))).findFirst()
                    .map(t -> "Another template is already named \"" + Printable.excerpt(t) + "\"");
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    // ---- session templates ----

    @Override
    public void saveAsTemplate(SessionId id) {
        doc.getPlan().session(id).ifPresent(s -> library("Template not saved", lib -> {
            Optional<String> name = askNewName("Save as template", s.displayTitle(),
                    lib.sessions().stream().map(SessionTemplate::name).toList());
            name.ifPresent(n -> save("Template not saved", l -> l.withSession(new SessionTemplate(n, s))));
        }));
    }

    @Override
    public void insertTemplate(LocalDate day) {
        library("No template inserted", lib -> {
            if (lib.sessions().isEmpty()) {
                dialogs.showInfo("Insert template", "The library has no session templates yet. Right-click a"
                        + " session and choose \"Save as template…\" to keep one.");
                return;
            }
            var picker = new TemplatePickerViewModel("Insert on " + Dates.weekdayDay(day), lib.sessions().stream()
                    .map(t -> new Choice(t.name(), TemplateText.of(t, doc.getPlan().athlete().units()))).toList());
            dialogs.pickTemplate(picker).flatMap(lib::session).ifPresent(t -> {
                Session s = t.on(day, ids.get());
                doc.apply("Insert " + t.name() + " on " + Dates.weekdayDay(day), p -> p.placing(s));
                show.accept(s);
            });
        });
    }

    // ---- week templates ----

    @Override
    public void saveWeekAsTemplate(LocalDate monday) {
        List<Session> week = doc.getPlan().sessions().stream().filter(s -> Weeks.monday(s.date()).equals(monday))
                .toList();
        if (week.isEmpty()) {
            dialogs.showInfo("Save week as template", "The week of " + Dates.range(monday, monday.plusDays(6))
                    + " has no sessions to keep.");
            return;
        }
        library("Template not saved", lib -> {
            Optional<String> name = askNewName("Save week as template", "Week of " + Dates.day(monday),
                    lib.weeks().stream().map(WeekTemplate::name).toList());
            name.ifPresent(n -> {
                try {
                    WeekTemplate t = WeekTemplate.of(n, monday, week);
                    save("Template not saved", l -> l.withWeek(t));
                } catch (IllegalArgumentException e) {
                    dialogs.showError("Template not saved", e.getMessage());
                }
            });
        });
    }

    @Override
    public void applyWeekTemplate(LocalDate monday) {
        library("No template applied", lib -> {
            if (lib.weeks().isEmpty()) {
                dialogs.showInfo("Apply week template", "The library has no week templates yet. Choose \"Save week"
                        + " as template…\" on a week to keep one.");
                return;
            }
            var picker = new TemplatePickerViewModel("Apply to " + Dates.range(monday, monday.plusDays(6)),
                    lib.weeks().stream().map(t -> new Choice(t.name(), TemplateText.of(t))).toList());
            dialogs.pickTemplate(picker).flatMap(lib::week).ifPresent(t -> apply(t, monday));
        });
    }

    private void apply(WeekTemplate t, LocalDate monday) {
        var plan = doc.getPlan();
        LocalDate day = today.get();
        String week = Dates.range(monday, monday.plusDays(6));
        Mode mode = Mode.ADD;
        var probe = new java.util.concurrent.atomic.AtomicInteger();
        if (!WeekTemplates.apply(plan, t, monday, Mode.REPLACE, day,
                () -> new SessionId("probe-" + probe.incrementAndGet())).removed().isEmpty()) {
            Optional<Integer> chosen = dialogs.choose("Apply week template", "Put the sessions of \""
                    + t.name() + "\" on " + week + " beside the week's sessions, or instead of its planned ones?"
                    + " Days before today, logged days and trip days stay as they are.", MODES);
            if (chosen.isEmpty()) {
                return;
            }
            mode = chosen.get() == 0 ? Mode.ADD : Mode.REPLACE;
        }
        Applied applied = WeekTemplates.apply(plan, t, monday, mode, day, ids);
        if (applied.changed()) {
            doc.apply("Apply " + t.name() + " to " + week, p -> applied.plan());
            applied.added().stream().findFirst().ifPresent(show);
        }
        if (!applied.skipped().isEmpty()) {
            dialogs.showInfo("Some days were left as they are", (applied.changed() ? "Applied " + applied.added().size()
                    + " of " + t.slots().size() + " sessions of \"" + t.name() + "\". "
                    : "Nothing of \"" + t.name() + "\" was applied. ") + "Not changed: " + skipped(applied) + ".");
        }
    }

    /** "Tue 8 Dec (already past): Easy run; Sat 12 Dec and Sun 13 Dec (a trip day): ...". */
    static String skipped(Applied applied) {
        return applied.skipped().stream()
                .collect(Collectors.groupingBy(s -> Dates.weekdayDay(s.date()) + " (" + s.reason().words() + ")",
                        java.util.LinkedHashMap::new, Collectors.mapping(s -> s.session().displayTitle(),
                                Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    // ---- the library ----

    @Override
    public void manageTemplates() {
        library("Template library", lib -> dialogs.manageTemplates(
                new TemplateLibraryViewModel(store, runner, dialogs, doc.getPlan().athlete().units(), lib)));
    }

    /**
     * Reads the library as the file holds it now through the runner (off the FX thread in the window) and hands it
     * to {@code then} on the FX thread; when it cannot be read, says so under {@code title} and goes no further.
     */
    private void library(String title, Consumer<TemplateLibrary> then) {
        runner.run("Reading the template library", store::read, then, e -> dialogs.showError(title, e.getMessage()));
    }

    /** Asks a name (offering {@code suggested}); a name in use asks whether to replace that template. */
    private Optional<String> askNewName(String title, String suggested, List<String> names) {
        Optional<String> name = dialogs.askName(title, "Template name", suggested, n -> nameProblem(n, List.of()));
        return name.map(String::strip).filter(n -> names.stream()
                .noneMatch(o -> TemplateLibrary.key(o).equals(TemplateLibrary.key(n)))
                || dialogs.confirm("Replace template?", "A template named \"" + names.stream()
                        .filter(o -> TemplateLibrary.key(o).equals(TemplateLibrary.key(n))).findFirst().orElse(n)
                        + "\" is already in the library. Replace it?", "Replace"));
    }

    private void save(String title, UnaryOperator<TemplateLibrary> change) {
        write(runner, store, change, saved -> { }, message -> dialogs.showError(title, message));
    }

    /**
     * Writes {@code change} to the library through {@code runner} (off the FX thread in the window) and hands the
     * library as written to {@code then} on the FX thread; a file that cannot be written, or a change the library
     * refuses (a name taken: nothing is written), goes to {@code failed} with its message.
     */
    static void write(BackgroundRunner runner, TemplateStore store, UnaryOperator<TemplateLibrary> change,
            Consumer<TemplateLibrary> then, Consumer<String> failed) {
        runner.run("Saving the template library", () -> {
            try {
                return store.update(change);
            } catch (IllegalArgumentException e) {
                throw new StoreException(store.file(), e.getMessage(), e);
            }
        }, then, e -> failed.accept(e.getMessage()));
    }
}
