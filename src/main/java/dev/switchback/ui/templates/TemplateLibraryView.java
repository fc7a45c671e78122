package dev.switchback.ui.templates;

import dev.switchback.ui.templates.TemplateLibraryViewModel.Entry;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The library dialog's content: the templates, and Rename… and Delete for the selected one. */
public final class TemplateLibraryView extends VBox {
    public TemplateLibraryView(TemplateLibraryViewModel vm) {
        super(6);
        ListView<Entry> list = new ListView<>();
        list.setId("library-list");
        list.setPrefSize(460, 260);
        list.setPlaceholder(new Label("No templates yet: right-click a session or use Edit > Save week as template…"));
        list.getItems().setAll(vm.entriesProperty().get());
        vm.entriesProperty().addListener((o, was, now) -> list.getItems().setAll(now));
        Button rename = new Button("Rename…");
        rename.setId("library-rename");
        rename.setOnAction(e -> vm.rename(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete");
        delete.setId("library-delete");
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(list, new HBox(6, rename, delete));
    }
}
