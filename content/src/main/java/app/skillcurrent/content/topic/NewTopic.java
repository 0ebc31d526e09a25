package app.skillcurrent.content.topic;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.Slug;
import app.skillcurrent.content.support.validation.WholeNumber;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A platform or a feature of one that an admin adds to the taxonomy, as the topics form sends it: the parent
 * platform's id as text, empty for a new platform. Messages are bundle keys.
 */
@Serdeable
@Introspected
public record NewTopic(
        @NotBlank(message = "error.topic.slug") @Slug(message = "error.topic.slug") @Label("teach.field.slug") @Nullable String slug,
        @NotBlank(message = "error.required") @Size(max = 100, message = "error.tooLong.100") @Label("topics.name") @Nullable String name,
        @WholeNumber(message = "error.topic.parent") @Label("topics.parent") @Nullable String parentId) {

    public static final NewTopic EMPTY = new NewTopic("", "", "");

    public static NewTopic platform(String slug, String name) {
        return new NewTopic(slug, name, null);
    }

    public static NewTopic feature(String slug, String name, long platformId) {
        return new NewTopic(slug, name, String.valueOf(platformId));
    }

    /** The platform this is a feature of; null for a new platform. */
    @Nullable
    public Long parentTopicId() {
        return parentId == null || parentId.isBlank() ? null : Long.valueOf(parentId.strip());
    }
}
