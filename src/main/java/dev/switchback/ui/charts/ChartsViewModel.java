package dev.switchback.ui.charts;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.ui.app.PlanDocument;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The charts' data for the weeks around the week on screen; rebuilt when the analysis, the week on
 * screen or the athlete's units change.
 */
public final class ChartsViewModel {
    static final String NO_ANALYSIS = "The charts appear once the plan has been analysed.";
    static final String EMPTY_PLAN = "Nothing planned or logged yet: add a session and the load appears here.";

    private final PlanDocument document;
    private final ObservableValue<Optional<PlanAnalysis>> analysis;
    private final ReadOnlyObjectWrapper<Optional<ChartData>> data =
            new ReadOnlyObjectWrapper<>(this, "data", Optional.empty());
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");

    public ChartsViewModel(PlanDocument document, ObservableValue<Optional<PlanAnalysis>> analysis) {
        this.document = Objects.requireNonNull(document, "document");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        analysis.addListener((obs, old, now) -> rebuild());
        document.weekStartProperty().addListener((obs, old, now) -> rebuild());
        document.planProperty().addListener((obs, old, now) -> {
            if (old == null || !old.athlete().equals(now.athlete())) {
                rebuild();
            }
        });
        rebuild();
    }

    public ChartsViewModel(PlanDocument document) {
        this(document, document.analysisProperty());
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
