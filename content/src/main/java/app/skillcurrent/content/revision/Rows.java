package app.skillcurrent.content.revision;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Table rows of published revisions; only inserted and read. */
final class Rows {

    private Rows() {
    }

    @MappedEntity("lesson_revisions")
    record LessonRevisionRow(@Id @GeneratedValue @Nullable Long id, long lessonId, int number, String title,
                             String body, int minutes, String tasksJson, String quizJson, long publishedBy,
                             Instant publishedAt) {
    }

    @MappedEntity("course_revisions")
    record CourseRevisionRow(@Id @GeneratedValue @Nullable Long id, long courseId, int major, int minor,
                             Severity severity, String changeNote, String title, String summary, Level level,
                             String language, int examPassMark, int examQuestionCount, int examAttempts,
                             long publishedBy, Instant publishedAt, int lessonCount, int minutes) {
    }

    @Introspected
    record EntryRow(long courseRevisionId, int position, long lessonId, long lessonRevisionId) {
    }

    @Introspected
    record TopicRow(long revisionId, long topicId) {
    }
}
