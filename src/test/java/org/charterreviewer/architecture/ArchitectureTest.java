package org.charterreviewer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layers one-way: logic knows nothing of JavaFX, the command line or the window; the
 * generated jOOQ classes and jOOQ itself are used only in store packages (checked by package); output goes through SLF4J or picocli.
 */
@AnalyzeClasses(packages = "org.charterreviewer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] LOGIC = {
        "org.charterreviewer.charter..", "org.charterreviewer.school..", "org.charterreviewer.review..",
        "org.charterreviewer.evidence..", "org.charterreviewer.certificate..", "org.charterreviewer.report..",
        "org.charterreviewer.bundle..", "org.charterreviewer.identity..", "org.charterreviewer.audit..",
        "org.charterreviewer.storage..", "org.charterreviewer.workspace..", "org.charterreviewer.json..",
        "org.charterreviewer.progress..", "org.charterreviewer.i18n..", "org.charterreviewer.protection..",
        "org.charterreviewer.demo..", "org.charterreviewer.pdf..", "org.charterreviewer.team.."
    };

    @ArchTest
    static final ArchRule logicKnowsNothingOfJavaFx = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("logic must run headless on the command line and in plain tests");

    @ArchTest
    static final ArchRule logicKnowsNothingOfTheFaces = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.charterreviewer.ui..", "org.charterreviewer.cli..", "org.charterreviewer.app..");

    @ArchTest
    static final ArchRule windowAndCommandLineDoNotDependOnEachOther = noClasses()
            .that().resideInAPackage("org.charterreviewer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.charterreviewer.cli..", "org.charterreviewer.app..");

    @ArchTest
    static final ArchRule commandLineDoesNotUseTheWindow = noClasses()
            .that().resideInAPackage("org.charterreviewer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.charterreviewer.ui..", "org.charterreviewer.app..",
                    "javafx..");

    /** Where SQL may be written: each feature's {@code store} package, and the storage layer itself. */
    private static final String[] STORAGE_CODE = {"..store..", "org.charterreviewer.storage.."};

    @ArchTest
    static final ArchRule generatedJooqClassesStayInStorePackages = classes()
            .that().resideInAPackage("org.charterreviewer.storage.jooq..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(STORAGE_CODE)
            .because("tables and columns are read and written by the feature's store package only");

    @ArchTest
    static final ArchRule jooqOnlyInStorePackages = noClasses()
            .that().resideOutsideOfPackages(STORAGE_CODE)
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("SQL lives in store packages, so a shared database later means changing stores only");

    @ArchTest
    static final ArchRule windowDoesNotKnowTheWorkspace = noClasses()
            .that().resideInAPackage("org.charterreviewer.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.charterreviewer.workspace..")
            .because("screens get the services they use from the composition root, not the whole workspace");

    @ArchTest
    static final ArchRule viewModelsNeverTouchANode = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models hold state and commands; only views build controls");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheLauncher = noClasses()
            .that().doNotHaveFullyQualifiedName("org.charterreviewer.app.Launcher")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the window logs through SLF4J and the command line prints through picocli");

    @ArchTest
    static final ArchRule slf4jOnly = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.charterreviewer.(*)..").should().beFreeOfCycles();
}
