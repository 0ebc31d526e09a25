package app.skillcurrent.core.certificate;

/**
 * A status change or renewal that does not fit the certificate's current state (revoking twice, reinstating
 * an active one, renewing without a newer major version). Nothing was changed; {@code messageKey} says why.
 */
public class CertificateStateException extends RuntimeException {
    private final String messageKey;

    public CertificateStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
