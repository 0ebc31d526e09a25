package app.skillcurrent.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The list the query rule checks against, and how it reads SQL. */
class ContentTablesTest {

    @Test
    void listsEveryTableOfContentsMigration() throws IOException {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__content.sql")) {
            assertThat(in).as("content's migration on the test class path").isNotNull();
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher created = Pattern.compile("CREATE TABLE (\\w+)").matcher(migration);
        Set<String> tables = created.results().map(m -> m.group(1).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

        assertThat(ContentTables.NAMES).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void findsContentTablesWhereverAQueryNamesThem() {
        assertThat(ContentTables.namedIn("SELECT c.slug FROM courses c JOIN course_revisions cr ON cr.id = c.current_revision_id"))
                .containsExactly("course_revisions", "courses");
        assertThat(ContentTables.namedIn("UPDATE enrolments e JOIN COURSE_REVISIONS p ON p.id = e.course_revision_id SET e.x = 1"))
                .containsExactly("course_revisions");
        assertThat(ContentTables.namedIn("SELECT 1 FROM certificates WHERE NOT EXISTS (SELECT 1 FROM topics t)"))
                .containsExactly("topics");
    }

    @Test
    void leavesContentsViewsAndLookalikeColumnsAlone() {
        assertThat(ContentTables.namedIn("""
                SELECT pc.slug, cv.title, cv.lesson_count, e.course_revision_id, topics_json
                FROM published_courses pc JOIN course_versions cv ON cv.revision_id = pc.revision_id
                JOIN enrolments e ON e.course_id = pc.course_id""")).isEmpty();
    }
}
