package app.skillcurrent.core.assignment;

import io.micronaut.core.annotation.Introspected;

/** Something identified by a slug, with its title or name: a course, a track, a platform. */
@Introspected
public record Choice(String slug, String title) {
}
