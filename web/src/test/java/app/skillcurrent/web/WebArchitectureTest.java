package app.skillcurrent.web;

import app.skillcurrent.testing.ArchitectureRules;
import app.skillcurrent.web.view.Forms;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/ARCHITECTURE.md asks of the web module that Maven cannot see: its packages depend on each other in
 * one direction, a feature (the pages of one kind of user task) uses the shared packages but never another
 * feature's classes, and the web layer owns no transactions and no SQL: rules and data live in core and content.
 */
@AnalyzeClasses(packages = WebArchitectureTest.WEB, importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    static final String WEB = "app.skillcurrent.web";

    /** The packages that pages of every feature build on. */
    static final List<String> SHARED = List.of("view", "http", "security", "error", "changes", "quiz", "ops");

    /** The features: each a set of pages for one kind of task. */
    static final List<String> FEATURES = List.of("account", "catalogue", "certificate", "learn", "organisation", "teach");

    @ArchTest
    static void theRulesSeeTheWebModulesCompiledClasses(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .as("every shared package and feature, as the rules below see them")
                .contains(SHARED.stream().map(p -> WEB + "." + p).toArray(String[]::new))
                .contains(FEATURES.stream().map(p -> WEB + "." + p).toArray(String[]::new));
        assertThat(classes.contain(Forms.class)).isTrue();
    }

    @ArchTest
    static final ArchRule packagesHaveNoCycles = ArchitectureRules.featuresFreeOfCycles(WEB);

    @ArchTest
    static final ArchRule aFeatureUsesNoOtherFeature = featuresIndependent();

    @ArchTest
    static final ArchRule noTransactionsInWeb = noMethods().should()
            .beAnnotatedWith("io.micronaut.transaction.annotation.Transactional")
            .orShould().beAnnotatedWith("jakarta.transaction.Transactional")
            .allowEmptyShould(false)
            .because("transactions belong to the services in core and content");

    @ArchTest
    static final ArchRule noClassTransactionsInWeb = noClasses().should()
            .beAnnotatedWith("io.micronaut.transaction.annotation.Transactional")
            .orShould().beAnnotatedWith("jakarta.transaction.Transactional")
            .allowEmptyShould(false)
            .because("transactions belong to the services in core and content");

    @ArchTest
    static final ArchRule noSqlInWeb = noClasses()
            // the launcher only recognises a database's error to tell the operator what to check
            .that().doNotHaveFullyQualifiedName(Application.class.getName() + "$Launcher")
            .should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data.jdbc..", "io.micronaut.data.annotation..")
            .allowEmptyShould(false)
            .because("the web module shows what core and content answer; it owns no tables");

    private static ArchRule featuresIndependent() {
        CompositeArchRule rule = null;
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> WEB + "." + f + "..").toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage(WEB + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(false)
                    .because("a feature builds on the shared packages, not on another feature's pages");
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule;
    }
}
