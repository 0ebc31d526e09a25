package app.skillcurrent.core.certificate;

/**
 * What an administrator decided about a certificate. Everything else about its status (expiring, outdated,
 * expired) follows from dates and is computed when it is read; see {@link CertificateStatus}.
 */
public enum CertificateState {
    ACTIVE,
    SUSPENDED,
    /** Final: a revoked certificate is never reinstated (its status-list bit must never go back). */
    REVOKED
}
