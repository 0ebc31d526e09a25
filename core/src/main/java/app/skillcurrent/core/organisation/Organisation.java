package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An employer: has members, each with a role that holds only inside it. */
@MappedEntity("organisations")
public record Organisation(@Id @GeneratedValue @Nullable Long id, String publicId, String name, Instant createdAt) {
}
