package dev.switchback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency direction of house-style.md: model <- format <- engine <- store, export <- cli, ui. */
@AnalyzeClasses(packages = "dev.switchback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model").definedBy("dev.switchback.model..")
            .layer("format").definedBy("dev.switchback.format..")
            .layer("engine").definedBy("dev.switchback.engine..")
            .layer("store").definedBy("dev.switchback.store..")
            .layer("export").definedBy("dev.switchback.export..")
            .layer("cli").definedBy("dev.switchback.cli..")
            .layer("ui").definedBy("dev.switchback.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("store").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("store", "export", "cli", "ui")
            .whereLayer("format").mayOnlyBeAccessedByLayers("engine", "store", "export", "cli", "ui")
            .whereLayer("model").mayOnlyBeAccessedByLayers("format", "engine", "store", "export", "cli", "ui");

    /** The one formatter sits just above the model, so that every layer can say numbers the same way. */
    @ArchTest
    static final ArchRule formatUsesOnlyTheModel = noClasses().that().resideInAPackage("dev.switchback.format..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.switchback.format..",
                    "dev.switchback.model..", "java..")
            .because("numbers and dates are said one way for every layer: the formatter knows only the model (decisions/0011)");

    /** One formatter: nobody outside it writes dates with its own pattern. */
    @ArchTest
    static final ArchRule onlyFormatMakesDatePatterns = noClasses().that()
            .resideOutsideOfPackages("dev.switchback.format..", "dev.switchback.model..")
            .and().doNotHaveFullyQualifiedName("dev.switchback.ui.app.StorePlanFiles")
            .should().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
            .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class,
                    java.util.Locale.class)
            .because("dates are said in one style (format.Dates); StorePlanFiles' pattern names a file, it is no text for people");

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = noClasses().that().resideInAPackage("dev.switchback.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.switchback.model..", "java..");

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses().that().resideOutsideOfPackages("dev.switchback.ui..")
            .and().doNotHaveFullyQualifiedName("dev.switchback.Launcher")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyStoreImportsJackson = noClasses().that()
            .resideOutsideOfPackages("dev.switchback.store..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule engineDoesNoIo = noClasses().that().resideInAPackage("dev.switchback.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "org.slf4j..");

    /** The engine is pure (issue 10): it never reads the clock; today is a parameter. */
    @ArchTest
    static final ArchRule engineNeverReadsTheClock = noClasses().that().resideInAPackage("dev.switchback.engine..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
            .because("the same plan and day must always give the same findings: today is a parameter (issue 10)");

    /** No static mutable state in the engine: a cache lives in the analysis that owns it. */
    @ArchTest
    static final ArchRule engineHasNoStaticMutableFields = noFields().that().areDeclaredInClassesThat()
            .resideInAPackage("dev.switchback.engine..").and().areStatic()
            .should().notBeFinal()
            .because("a cache in static state outlives its plan and is shared by every analysis (issue 10)");
}
