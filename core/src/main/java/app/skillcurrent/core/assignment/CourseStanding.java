package app.skillcurrent.core.assignment;

import app.skillcurrent.core.certificate.CertificateView;
import io.micronaut.core.annotation.Nullable;

/**
 * How far a person is with one course: status against a due date, share of lessons complete, and the
 * newest certificate they hold for it, if any.
 */
public record CourseStanding(String slug, String title, AssignmentStatus status, int percent,
                             @Nullable CertificateView certificate) {

    public boolean started() {
        return status == AssignmentStatus.IN_PROGRESS || status == AssignmentStatus.COMPLETED || percent > 0;
    }
}
