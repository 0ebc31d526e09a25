package app.skillcurrent.content.topic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** Something a platform changed on a day; lessons on that topic reviewed before it need review. */
@MappedEntity("platform_changes")
public record PlatformChange(@Id @GeneratedValue @Nullable Long id, long topicId, LocalDate changedOn, String summary,
                             @Nullable String sourceUrl, long recordedBy, Instant recordedAt) {
}
