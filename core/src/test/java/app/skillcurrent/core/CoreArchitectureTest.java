package app.skillcurrent.core;

import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/ARCHITECTURE.md asks of core that Maven cannot see: its features depend on each other in one
 * direction, each keeps its repositories to itself, and core names nothing of web (web is not on its class
 * path, so only the compiled references can tell).
 */
@AnalyzeClasses(packages = CoreArchitectureTest.CORE, importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    static final String CORE = "app.skillcurrent.core";

    @ArchTest
    static void theRulesSeeCoresCompiledClasses(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getName))
                .as("core's main classes, as the rules below see them")
                .contains(Catalogue.class.getName(), Enrolments.class.getName());
    }

    @ArchTest
    static final ArchRule featuresHaveNoCycles = ArchitectureRules.featuresFreeOfCycles(CORE);

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = ArchitectureRules.repositoriesStayInTheirFeature(CORE);

    @ArchTest
    static final ArchRule coreUsesNoWeb = ArchitectureRules.usesNoneOf(CORE, "app.skillcurrent.web..");
}
