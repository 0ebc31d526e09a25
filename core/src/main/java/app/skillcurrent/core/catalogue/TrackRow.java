package app.skillcurrent.core.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("tracks")
record TrackRow(@Id @GeneratedValue @Nullable Long id, String slug, String title, String summary, long createdBy,
                Instant createdAt) {
}
