package dev.switchback.ui.print;

import dev.switchback.export.Paper;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The preview window: the laid-out page as it will print, paper choice, page buttons, print and save.
 * It asks its questions and reaches printers only through the view-model's {@link dev.switchback.ui.common.DialogService} and
 * {@link PrinterAccess}, so a test can show it with fakes: a real alert or printer dialog would wait
 * in {@code showAndWait} for a user who is not there.
 */
final class PrintPreviewDialog {
    static final float PREVIEW_DPI = 96;

    private PrintPreviewDialog() {
    }

    static Stage create(Window owner, PrintViewModel vm) {
        var stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Print preview – " + vm.rangeText());

        var page = new ImageView();
        page.setId("print-page");
        page.setPreserveRatio(true);
        Runnable refresh = () -> page.setImage(vm.preview(PREVIEW_DPI).orElse(null));
        vm.pageIndexProperty().addListener((o, a, b) -> refresh.run());
        vm.pageCountProperty().addListener((o, a, b) -> refresh.run());
        vm.paperProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        var sheet = new StackPane(page);
        sheet.setPadding(new Insets(16));
        sheet.setStyle("-fx-background-color: #d9dce0;");
        page.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        var scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);

        var paper = new ChoiceBox<Paper>();
        paper.getItems().setAll(Paper.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Paper fromString(String s) {
                return Paper.valueOf(s);
            }
        });
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        var previous = new Button("‹ Previous");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.pageIndexProperty().lessThanOrEqualTo(0));
        var next = new Button("Next ›");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.pageIndexProperty().greaterThanOrEqualTo(
                Bindings.subtract(vm.pageCountProperty(), 1)));
        var pageLabel = new Label();
        pageLabel.setId("print-page-label");
        pageLabel.textProperty().bind(vm.pageLabelProperty());
        var top = new HBox(8, new Label("Paper"), paper, spacer(), previous, pageLabel, next);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 12));

        var status = new Label();
        status.setId("print-status");
        status.textProperty().bind(vm.statusProperty());
        var save = new Button("Save as PDF…");
        save.setId("print-save");
        save.setOnAction(e -> vm.savePdf());
        var print = new Button("Print…");
        print.setId("print-print");
        print.setDefaultButton(true);
        print.setOnAction(e -> {
            if (vm.print() == PrintViewModel.Outcome.PRINTED) {
                stage.close();
            }
        });
        var close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        save.disableProperty().bind(vm.busyProperty());
        print.disableProperty().bind(vm.busyProperty().or(vm.pageCountProperty().isEqualTo(0)));
        var bottom = new HBox(8, status, spacer(), save, print, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 12, 8, 12));

        var root = new BorderPane(scroll, top, null, bottom, null);
        stage.setScene(dev.switchback.ui.common.ScreenFit.scene(root, owner, 900, 860));
        stage.setOnHidden(e -> vm.close());
        return stage;
    }

    private static Region spacer() {
        var r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
