package app.skillcurrent.core.catalogue;

import io.micronaut.core.annotation.Introspected;

/** A track as the track list shows it: its published courses and their total time. */
@Introspected
public record TrackSummary(String slug, String title, String summary, int courseCount, int minutes) {
}
