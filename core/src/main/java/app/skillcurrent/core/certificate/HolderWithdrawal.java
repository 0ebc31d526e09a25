package app.skillcurrent.core.certificate;

import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * What happens to a person's certificates when they erase their account (ADR 0015): on their choice each
 * stays verifiable as issued, or is revoked with the reason {@value #REASON} in the status list and loses the
 * holder's name. Either way no reminder is left to send to someone who is gone.
 */
@Singleton
public class HolderWithdrawal {

    public static final String REASON = "withdrawn by holder";

    private final CertificateRepository certificates;
    private final Clock clock;

    HolderWithdrawal(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /** In the erasure's transaction, which holds the account's lock, so no certificate is issued meanwhile. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void settle(long holderId, boolean keepVerifiable) {
        if (!keepVerifiable) {
            Instant now = Times.now(clock);
            // locked, so an administrator's change at this moment comes before or after, never in between
            for (Certificate certificate : certificates.holdAllOf(holderId)) {
                CertificateState from = certificate.state();
                if (from != CertificateState.REVOKED) {
                    certificates.changeState(certificate.id(), from.name(), CertificateState.REVOKED.name(), REASON, now);
                    certificates.audit(certificate.id(), holderId, CertificateAdministration.Action.REVOKE.name(),
                            from.name(), CertificateState.REVOKED.name(), REASON, now);
                }
            }
            certificates.eraseRevokedHolderNames(holderId);
        }
        certificates.cancelRemindersOf(holderId);
    }
}
