package app.skillcurrent.core.exam;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One sitting of a course's final exam: the questions drawn for it and, once submitted, the result. */
@MappedEntity("exam_attempts")
public record ExamAttempt(@Id @GeneratedValue @Nullable Long id, long userId, long courseId, long courseRevisionId,
                          int attemptNumber, String questionsJson, @Nullable String answersJson,
                          @Nullable Integer scorePercent, @Nullable Boolean passed, Instant startedAt,
                          @Nullable Instant submittedAt) {

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
