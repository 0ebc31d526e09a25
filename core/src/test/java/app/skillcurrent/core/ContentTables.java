package app.skillcurrent.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Content's tables, and rules that keep them out of another module's SQL. Content offers its data through
 * services and the views of V9__content_views.sql (ADR 0011); its tables may change behind them.
 */
final class ContentTables {

    /** Every table V2__content.sql creates ({@link ContentTablesTest} keeps this list complete). */
    static final Set<String> NAMES = Set.of("topics", "platform_changes", "courses", "course_instructors",
            "course_topics", "lessons", "lesson_revisions", "lesson_revision_topics", "lesson_reviews",
            "course_revisions", "course_revision_lessons", "course_revision_topics");

    /** A name in SQL: a table, column, alias or keyword. Underscores belong to it, so course_versions is one. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_$]+");

    private ContentTables() {
    }

    /** The content tables this SQL names, as a whole name anywhere (a FROM, a JOIN, a subquery, an UPDATE). */
    static Set<String> namedIn(String sql) {
        Set<String> named = new TreeSet<>();
        Matcher names = NAME.matcher(sql);
        while (names.find()) {
            String name = names.group().toLowerCase(Locale.ROOT);
            if (NAMES.contains(name)) {
                named.add(name);
            }
        }
        return named;
    }

    /** No {@code @Query} of the module's repositories names a content table. */
    static ArchRule notNamedInQueries(String modulePackage) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(modulePackage + "..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(JdbcRepository.class)
                .and().areAnnotatedWith(Query.class)
                .should(nameNoContentTable())
                .allowEmptyShould(false);
    }

    /** None of the module's entities is mapped onto a content table (its derived queries would read it). */
    static ArchRule notMappedByEntities(String modulePackage) {
        return classes().that().resideInAPackage(modulePackage + "..").and().areAnnotatedWith(MappedEntity.class)
                .should(mapNoContentTable())
                .allowEmptyShould(false);
    }

    /**
     * No repository of the module is one of content's entities ({@code GenericRepository<Topic, Long>}): its
     * derived queries and its mapping would be over content's table.
     */
    static ArchRule noRepositoryOverContentEntities(String modulePackage) {
        return noClasses().that().resideInAPackage(modulePackage + "..").and().areAnnotatedWith(JdbcRepository.class)
                .should().dependOnClassesThat(and(resideInAPackage("app.skillcurrent.content.."),
                        annotatedWith(MappedEntity.class)))
                .allowEmptyShould(false);
    }

    private static ArchCondition<JavaMethod> nameNoContentTable() {
        return new ArchCondition<>("name no table of content") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String sql = method.getAnnotationOfType(Query.class).value();
                Set<String> named = namedIn(sql);
                events.add(new SimpleConditionEvent(method, named.isEmpty(),
                        method.getFullName() + " names " + (named.isEmpty() ? "no content table" : named)));
            }
        };
    }

    private static ArchCondition<JavaClass> mapNoContentTable() {
        return new ArchCondition<>("map no table of content") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String table = entity.getAnnotationOfType(MappedEntity.class).value();
                boolean own = !NAMES.contains(table.toLowerCase(Locale.ROOT));
                events.add(new SimpleConditionEvent(entity, own, entity.getName() + " maps " + table));
            }
        };
    }
}
