package dev.switchback.ui.templates;

import dev.switchback.ui.common.FieldReason;
import dev.switchback.ui.templates.TemplatePickerViewModel.Choice;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The picker: type to filter, Up/Down to choose, Enter to take (the dialog's default button). */
public final class TemplatePickerView extends VBox {
    public TemplatePickerView(TemplatePickerViewModel vm) {
        super(6);
        TextField field = new TextField();
        field.setId("template-filter");
        field.setPromptText("Type a template's name");
        field.setPrefColumnCount(30);
        field.textProperty().bindBidirectional(vm.filterProperty());
        ListView<Choice> list = new ListView<>();
        list.setId("template-list");
        list.setPrefHeight(220);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label("No template matches"));
        list.getItems().setAll(vm.matchesProperty().get());
        vm.matchesProperty().addListener((o, was, now) -> list.getItems().setAll(now));
        Runnable mark = () -> {
            Optional<Choice> s = vm.selectedProperty().get();
            s.ifPresentOrElse(c -> {
                list.getSelectionModel().select(c);
                list.scrollTo(c);
            }, () -> list.getSelectionModel().clearSelection());
        };
        vm.selectedProperty().addListener((o, was, now) -> mark.run());
        mark.run();
        list.setOnMouseClicked(e -> {
            Choice c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                vm.select(c);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                vm.moveSelection(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                vm.moveSelection(-1);
                e.consume();
            }
        });
        getChildren().addAll(new Label("Template"), field, FieldReason.under("template-hint", vm.hintProperty()), list);
        Platform.runLater(field::requestFocus);
    }
}
