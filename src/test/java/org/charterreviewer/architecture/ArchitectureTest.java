package org.charterreviewer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

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

    /**
     * Services that still open jOOQ transactions themselves and hand the context to their stores.
     * Moving that into the stores is what is left of issue #13's "persistence contained"; this list
     * may only shrink.
     */
    private static final Set<String> NOT_YET_CONTAINED = Set.of(
            "org.charterreviewer.review.ReviewService", "org.charterreviewer.review.EvidenceService",
            "org.charterreviewer.review.ReviewExchange", "org.charterreviewer.school.SchoolRegister",
            "org.charterreviewer.school.GiasImporter", "org.charterreviewer.charter.CharterLibrary",
            "org.charterreviewer.protection.DataEraser", "org.charterreviewer.protection.RetentionRule",
            "org.charterreviewer.certificate.CertificateService",
            // Keeps a bundle's attachments inside the review import's transaction, as ReviewExchange does.
            "org.charterreviewer.bundle.BundleImporter",
            // Records the countersignature's audit entry in the transaction that writes the file, as CertificateService does.
            "org.charterreviewer.certificate.Countersigning");

    @ArchTest
    static final ArchRule generatedJooqClassesStayInStorePackages = classes()
            .that().resideInAPackage("org.charterreviewer.storage.jooq..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(STORAGE_CODE)
            .because("tables and columns are read and written by the feature's store package only");

    @ArchTest
    static final ArchRule jooqOnlyInStorePackages = noClasses()
            .that().resideOutsideOfPackages(STORAGE_CODE)
            .and(DescribedPredicate.describe("not one of the services still to be moved",
                    (JavaClass c) -> !NOT_YET_CONTAINED.contains(topLevel(c).getFullName())))
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("SQL lives in store packages, so a shared database later means changing stores only");

    @ArchTest
    static final ArchRule windowDoesNotKnowTheWorkspace = noClasses()
            .that().resideInAPackage("org.charterreviewer.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.charterreviewer.workspace..")
            .because("screens get the services they use from the composition root, not the whole workspace");

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

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
