package app.skillcurrent.core.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A learner taking a course, pinned to the course revision they follow. */
@MappedEntity("enrolments")
public record Enrolment(@Id @GeneratedValue @Nullable Long id, long userId, long courseId, long courseRevisionId,
                        @Nullable Long lastLessonId, Instant enrolledAt, Instant updatedAt) {
}
