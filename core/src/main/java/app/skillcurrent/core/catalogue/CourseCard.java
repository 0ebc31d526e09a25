package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.revision.Level;

import java.time.LocalDate;
import java.util.List;

/** A published course as the catalogue shows it: what, which version, how fresh, how long. */
public record CourseCard(String slug, String title, String summary, Level level, String language, String version,
                         LocalDate updatedOn, LocalDate lastChecked, boolean needsReview, int lessonCount,
                         int minutes, List<String> topics, List<String> platforms) {
}
