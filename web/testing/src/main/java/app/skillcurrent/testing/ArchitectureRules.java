package app.skillcurrent.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.jdbc.annotation.JdbcRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of docs/ARCHITECTURE.md that neither the compiler nor Maven can check, written once for every
 * module to check itself with ArchUnit ({@code @AnalyzeClasses(packages = "app.skillcurrent.<module>")}).
 * Every rule fails when it finds nothing to check, so a module whose classes were not imported cannot pass.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Feature packages ({@code <module>.<feature>..}) depend on each other in one direction only. */
    public static ArchRule featuresFreeOfCycles(String modulePackage) {
        return slices().matching(modulePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /**
     * A repository ({@code @JdbcRepository}) is used only inside the feature package that declares it: other
     * features go through that feature's service, so its tables stay its own.
     */
    public static ArchRule repositoriesStayInTheirFeature(String modulePackage) {
        return classes().that().resideInAPackage(modulePackage + "..").and().areAnnotatedWith(JdbcRepository.class)
                .should(beUsedOnlyWithinTheirFeature(modulePackage))
                .allowEmptyShould(false);
    }

    /** The module's classes name nothing in these packages (modules above it, for instance). */
    public static ArchRule usesNoneOf(String modulePackage, String... forbiddenPackages) {
        return noClasses().that().resideInAPackage(modulePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbiddenPackages)
                .allowEmptyShould(false);
    }

    /** {@code app.skillcurrent.core.catalogue} for any class under it; the module package itself for its root. */
    static String featureOf(String modulePackage, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(modulePackage + ".")) {
            return name;
        }
        int end = name.indexOf('.', modulePackage.length() + 1);
        return end < 0 ? name : name.substring(0, end);
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature(String modulePackage) {
        return new ArchCondition<>("be used only within their feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(modulePackage, repository);
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    boolean inside = featureOf(modulePackage, user).equals(feature);
                    events.add(new SimpleConditionEvent(use, inside, use.getDescription()
                            + (inside ? "" : " (outside " + feature + ")")));
                }
            }
        };
    }
}
