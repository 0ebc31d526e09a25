package app.skillcurrent.core.certificate;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Suspending, reinstating and revoking certificates: done by the course's instructors and platform admins,
 * always with a reason, each change written to the audit trail in the same transaction. The status lists
 * are built from the stored state, so they show a change as soon as it is committed.
 */
@Singleton
public class CertificateAdministration {

    public static final int MAX_REASON = 500;

    /** What an administrator can do to a certificate. */
    public enum Action {
        SUSPEND,
        REINSTATE,
        REVOKE
    }

    private final Certificates certificates;
    private final CertificateRepository rows;
    private final CourseEditors editors;
    private final Clock clock;

    CertificateAdministration(Certificates certificates, CertificateRepository rows, CourseEditors editors, Clock clock) {
        this.certificates = certificates;
        this.rows = rows;
        this.editors = editors;
        this.clock = clock;
    }

    /** True for the course's instructors and platform admins. */
    public boolean mayAdminister(Editor editor, CertificateView certificate) {
        return editors.canEdit(editor, certificate.certificate().courseId());
    }

    /**
     * Applies the action and records who did it, when and why.
     *
     * @throws NotFoundException          when there is no such certificate
     * @throws NotAllowedException        when the editor does not teach the course and is no admin
     * @throws FieldRejectedException     on {@code reason} when it is missing or too long
     * @throws CertificateStateException  when the action does not fit the current state (revoking twice,
     *                                    reinstating an active certificate); nothing changes then
     */
    @Transactional
    public CertificateView change(Editor editor, String publicId, Action action, String reason) {
        Certificate certificate = certificates.row(publicId).orElseThrow(() -> new NotFoundException("certificate " + publicId));
        if (!editors.canEdit(editor, certificate.courseId())) {
            throw new NotAllowedException();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new FieldRejectedException("reason", "error.required");
        }
        if (why.length() > MAX_REASON) {
            throw new FieldRejectedException("reason", "error.tooLong.500");
        }
        CertificateState from = certificate.state();
        CertificateState to = switch (action) {
            case SUSPEND -> CertificateState.SUSPENDED;
            case REINSTATE -> CertificateState.ACTIVE;
            case REVOKE -> CertificateState.REVOKED;
        };
        if (from == CertificateState.REVOKED) {
            throw new CertificateStateException("error.certificate.alreadyRevoked");
        }
        if (from == to) {
            throw new CertificateStateException(to == CertificateState.SUSPENDED
                    ? "error.certificate.alreadySuspended" : "error.certificate.notSuspended");
        }
        Instant now = Times.now(clock);
        if (rows.changeState(certificate.id(), from.name(), to.name(), why, now) == 0) {
            // another administrator changed it between our read and this update
            throw new CertificateStateException("error.certificate.changedMeanwhile");
        }
        rows.audit(certificate.id(), editor.accountId(), action.name(), from.name(), to.name(), why, now);
        if (to == CertificateState.REVOKED) {
            rows.cancelReminders(certificate.id());
        }
        return certificates.view(publicId);
    }
}
