package dev.switchback.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * MVVM inside the window (house-style.md, habit 5): a view (any node class of ours) draws what its
 * view-model computes and imports neither the engine nor the store; a view-model knows no scene graph.
 */
@AnalyzeClasses(packages = "dev.switchback.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewsUseNoEngineOrStore = noClasses().that().areAssignableTo("javafx.scene.Node")
            .and().resideInAPackage("dev.switchback.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.switchback.engine..", "dev.switchback.store..")
            .because("domain decisions are the engine's and reach a view only through its view-model's records");

    @ArchTest
    static final ArchRule viewModelsKnowNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene", "javafx.scene.control..",
                    "javafx.scene.layout..", "javafx.scene.shape..", "javafx.scene.text..", "javafx.scene.chart..",
                    "javafx.scene.input..", "javafx.stage..")
            .because("view-models are tested without the FX toolkit and know no view (an Image, the print"
                    + " preview's page, is a value, not a node)");
}
