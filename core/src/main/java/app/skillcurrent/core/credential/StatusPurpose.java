package app.skillcurrent.core.credential;

import app.skillcurrent.core.certificate.CertificateState;

import java.util.Arrays;
import java.util.Optional;

/** The two Bitstring status lists the platform publishes; a set bit means the certificate is in that state. */
public enum StatusPurpose {
    REVOCATION("revocation", CertificateState.REVOKED),
    SUSPENSION("suspension", CertificateState.SUSPENDED);

    private final String value;
    private final CertificateState state;

    StatusPurpose(String value, CertificateState state) {
        this.value = value;
        this.state = state;
    }

    /** The {@code statusPurpose} value of the specification, also the last part of the list's URL. */
    public String value() {
        return value;
    }

    CertificateState state() {
        return state;
    }

    public static Optional<StatusPurpose> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst();
    }
}
