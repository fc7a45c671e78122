package dev.switchback.ui.charts;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.ui.app.PlanDocument;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The charts' data for the weeks around the week on screen; rebuilt when the analysis, the week on
 * screen or the athlete's units change, but only while the charts are showing, and at most once per
 * turn of the {@code scheduler} however many changes came in between (an edit changes the plan and
 * then the analysis; arrow keys change the week many times a second). Hidden charts only remember
 * that they are out of date and catch up when shown again.
 */
public final class ChartsViewModel {
    static final String NO_ANALYSIS = "The charts appear once the plan has been analysed.";
    static final String EMPTY_PLAN = "Nothing planned or logged yet: add a session and the load appears here.";

    private final PlanDocument document;
    private final ObservableValue<Optional<PlanAnalysis>> analysis;
    private final ObservableValue<Boolean> showing;
    private final Consumer<Runnable> scheduler;
    private final ReadOnlyObjectWrapper<Optional<ChartData>> data =
            new ReadOnlyObjectWrapper<>(this, "data", Optional.empty());
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private boolean stale;
    private boolean scheduled;

    /**
     * @param showing   true while the charts are on screen (the charts tab is selected)
     * @param scheduler runs the rebuild later; {@code Runnable::run} rebuilds at once
     */
    public ChartsViewModel(PlanDocument document, ObservableValue<Optional<PlanAnalysis>> analysis,
            ObservableValue<Boolean> showing, Consumer<Runnable> scheduler) {
        this.document = Objects.requireNonNull(document, "document");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.showing = Objects.requireNonNull(showing, "showing");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        analysis.addListener((obs, old, now) -> outOfDate());
        document.weekStartProperty().addListener((obs, old, now) -> outOfDate());
        document.planProperty().addListener((obs, old, now) -> {
            if (old == null || !old.athlete().equals(now.athlete())) {
                outOfDate();
            }
        });
        showing.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(now) && stale) {
                schedule();
            }
        });
        stale = true;
        if (isShowing()) {
            rebuildIfStale();
        }
    }

    /** Always showing, rebuilt at once on every change: for previews and tests of the panel. */
    public ChartsViewModel(PlanDocument document, ObservableValue<Optional<PlanAnalysis>> analysis) {
        this(document, analysis, new SimpleBooleanProperty(true), Runnable::run);
    }

    public ChartsViewModel(PlanDocument document) {
        this(document, document.analysisProperty());
    }

    /** The window's charts: rebuilt in the next pulse, while {@code showing}. */
    public static ChartsViewModel forWindow(PlanDocument document, ObservableValue<Boolean> showing) {
        return new ChartsViewModel(document, document.analysisProperty(), showing, new OncePerPulse());
    }

    private void outOfDate() {
        stale = true;
        if (isShowing()) {
            schedule();
        }
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            scheduler.accept(this::rebuildIfStale);
        }
    }

    private void rebuildIfStale() {
        scheduled = false;
        if (stale && isShowing()) {
            stale = false;
            rebuild();
        }
    }

    private boolean isShowing() {
        return Boolean.TRUE.equals(showing.getValue());
    }

    private void rebuild() {
        Optional<PlanAnalysis> a = analysis.getValue();
        if (a.isEmpty()) {
            data.set(Optional.empty());
            emptyMessage.set(NO_ANALYSIS);
            return;
        }
        if (a.get().days().isEmpty()) {
            data.set(Optional.empty());
            emptyMessage.set(EMPTY_PLAN);
            return;
        }
        data.set(Optional.of(ChartSeries.build(a.get(), document.weekStartProperty().get(),
                document.getPlan().athlete())));
        emptyMessage.set("");
    }

    public ReadOnlyObjectProperty<Optional<ChartData>> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** Empty while there is something to draw; otherwise the sentence to show instead of the charts. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }
}
