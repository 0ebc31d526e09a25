package app.skillcurrent.core.certificate;

import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;

import java.util.List;

/**
 * What renewing a certificate asks for: only the lessons added or changed between the certified version and
 * the current one, and a short quiz drawn from them.
 *
 * @param lessons the added and changed lessons as they are in {@code target}, in course order
 */
public record RenewalPlan(CertificateView certificate, CourseRevision target, CourseChangelog changelog,
                          List<LessonRevision> lessons, int questionCount) {
}
