package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.revision.Level;

import java.time.LocalDate;
import java.util.List;

/**
 * A published course as its card shows it ({@code views/partials/course-card}), on the home page, in the
 * catalogue and on tracks, and at the top of the course's own page.
 *
 * @param checkedDaysAgo how long ago the course's content was last confirmed current
 * @param needsReview    shown to instructors and admins only; always false for everyone else
 * @param hours          the lessons' total time, to one decimal
 */
public record CourseCardView(String slug, String title, String summary, Level level, String language, String version,
                             LocalDate updatedOn, long checkedDaysAgo, boolean needsReview, int lessonCount,
                             double hours, List<String> platforms) {
}
