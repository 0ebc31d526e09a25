-- Certificates: one per learner and course revision, each also an Open Badges 3.0 credential with a
-- position on the Bitstring status lists; the audit trail of every status change; the issuer's signing
-- keys; renewal attempts and reminder rows.

-- What was true at issuance is copied in (holder name, course title, version), so later renames and new
-- versions never change what an issued certificate says. state is what an administrator set; whether a
-- certificate is expiring, outdated or expired is computed from the dates at read time.
CREATE TABLE certificates (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    public_id          CHAR(26)     NOT NULL,
    user_id            BIGINT       NOT NULL,
    course_id          BIGINT       NOT NULL,
    course_revision_id BIGINT       NOT NULL,
    major              INT          NOT NULL,
    minor              INT          NOT NULL,
    holder_name        VARCHAR(100) NOT NULL,
    course_title       VARCHAR(150) NOT NULL,
    awarded_at         DATETIME(6)  NOT NULL,
    issued_at          DATETIME(6)  NOT NULL,
    valid_until        DATETIME(6)  NULL,
    state              VARCHAR(16)  NOT NULL,
    state_reason       VARCHAR(500) NULL,
    state_changed_at   DATETIME(6)  NULL,
    status_index       INT          NOT NULL,
    renewed_from_id    BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificates_public_id UNIQUE (public_id),
    CONSTRAINT uq_certificates_user_revision UNIQUE (user_id, course_revision_id),
    CONSTRAINT uq_certificates_status_index UNIQUE (status_index),
    KEY ix_certificates_user_course (user_id, course_id),
    KEY ix_certificates_course (course_id, major),
    KEY ix_certificates_state (state),
    KEY ix_certificates_renewed_from (renewed_from_id),
    CONSTRAINT fk_certificates_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_certificates_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT fk_certificates_revision FOREIGN KEY (course_revision_id) REFERENCES course_revisions (id),
    CONSTRAINT fk_certificates_renewed_from FOREIGN KEY (renewed_from_id) REFERENCES certificates (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every issuance and status change: who, when, what, why. actor_id is NULL for the platform itself.
CREATE TABLE certificate_events (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id BIGINT       NOT NULL,
    actor_id       BIGINT       NULL,
    action         VARCHAR(16)  NOT NULL,
    from_state     VARCHAR(16)  NULL,
    to_state       VARCHAR(16)  NOT NULL,
    reason         VARCHAR(500) NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_certificate_events_certificate (certificate_id, occurred_at),
    CONSTRAINT fk_certificate_events_certificate FOREIGN KEY (certificate_id) REFERENCES certificates (id),
    CONSTRAINT fk_certificate_events_actor FOREIGN KEY (actor_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The issuer's signing keys as private JWKs, made on first start. slot 'current' is the key that signs;
-- the primary key lets two servers starting at once agree on one key.
CREATE TABLE credential_keys (
    slot        VARCHAR(32)  NOT NULL,
    kid         VARCHAR(64)  NOT NULL,
    private_jwk TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (slot),
    CONSTRAINT uq_credential_keys_kid UNIQUE (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A renewal's delta quiz: questions drawn from the lessons changed since the certified version.
CREATE TABLE renewal_attempts (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    certificate_id     BIGINT      NOT NULL,
    course_revision_id BIGINT      NOT NULL,
    questions_json     TEXT        NOT NULL,
    score_percent      INT         NULL,
    passed             BOOLEAN     NULL,
    started_at         DATETIME(6) NOT NULL,
    submitted_at       DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_renewal_attempts_certificate (certificate_id, started_at),
    CONSTRAINT fk_renewal_attempts_certificate FOREIGN KEY (certificate_id) REFERENCES certificates (id),
    CONSTRAINT fk_renewal_attempts_revision FOREIGN KEY (course_revision_id) REFERENCES course_revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders to send before a renewal window closes (kind WINDOW) or a certificate expires (kind EXPIRY).
-- Sending comes later; sent_at stays NULL until then.
CREATE TABLE certificate_reminders (
    certificate_id BIGINT      NOT NULL,
    kind           VARCHAR(8)  NOT NULL,
    days_before    INT         NOT NULL,
    deadline       DATETIME(6) NOT NULL,
    due_at         DATETIME(6) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    sent_at        DATETIME(6) NULL,
    PRIMARY KEY (certificate_id, kind, days_before),
    KEY ix_certificate_reminders_due (sent_at, due_at),
    CONSTRAINT fk_certificate_reminders_certificate FOREIGN KEY (certificate_id) REFERENCES certificates (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
