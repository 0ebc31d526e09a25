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
 * direction, each keeps its repositories to itself, core names nothing of web, and it reads content's data
 * only through what content offers (its services and views, ADR 0011), never through content's tables.
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

    @ArchTest
    static final ArchRule queriesNameNoContentTable = ContentTables.notNamedInQueries(CORE);

    @ArchTest
    static final ArchRule entitiesMapNoContentTable = ContentTables.notMappedByEntities(CORE);

    @ArchTest
    static final ArchRule repositoriesAreNotOverContentEntities = ContentTables.noRepositoryOverContentEntities(CORE);
}
