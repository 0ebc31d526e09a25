package app.skillcurrent.content.authoring;

import app.skillcurrent.content.revision.Level;
import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** What the course editor changes. */
public record CourseSettings(String title, String slug, String summary, @Nullable Level level, String language,
                             Set<Long> topicIds, int examPassMark, int examQuestionCount, int examAttempts,
                             int renewalWindowDays, @Nullable Integer certificateValidMonths) {
}
