package app.skillcurrent.content;

import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/ARCHITECTURE.md asks of content that Maven cannot see: its features depend on each other in one
 * direction, each keeps its repositories to itself, and content names nothing of the modules above it (they
 * are not on its class path, so only the compiled references can tell).
 */
@AnalyzeClasses(packages = ContentArchitectureTest.CONTENT, importOptions = ImportOption.DoNotIncludeTests.class)
class ContentArchitectureTest {

    static final String CONTENT = "app.skillcurrent.content";

    @ArchTest
    static void theRulesSeeContentsCompiledClasses(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getName))
                .as("content's main classes, as the rules below see them")
                .contains(CourseDrafts.class.getName(), Revisions.class.getName());
    }

    @ArchTest
    static final ArchRule featuresHaveNoCycles = ArchitectureRules.featuresFreeOfCycles(CONTENT);

    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = ArchitectureRules.repositoriesStayInTheirFeature(CONTENT);

    @ArchTest
    static final ArchRule contentUsesNeitherCoreNorWeb =
            ArchitectureRules.usesNoneOf(CONTENT, "app.skillcurrent.core..", "app.skillcurrent.web..");
}
