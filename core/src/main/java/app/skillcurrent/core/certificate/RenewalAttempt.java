package app.skillcurrent.core.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One sitting of a renewal's delta quiz: the questions drawn for it and, once submitted, the result. */
@MappedEntity("renewal_attempts")
public record RenewalAttempt(@Id @GeneratedValue @Nullable Long id, long certificateId, long courseRevisionId,
                             String questionsJson, @Nullable Integer scorePercent, @Nullable Boolean passed,
                             Instant startedAt, @Nullable Instant submittedAt) {

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
