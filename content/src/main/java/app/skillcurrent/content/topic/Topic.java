package app.skillcurrent.content.topic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A platform ({@code TikTok}) or a feature of one ({@code TikTok › Shop}). */
@MappedEntity("topics")
public record Topic(@Id @GeneratedValue @Nullable Long id, @Nullable Long parentId, String slug, String name,
                    Instant createdAt) {

    public boolean isPlatform() {
        return parentId == null;
    }
}
