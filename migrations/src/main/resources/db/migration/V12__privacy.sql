-- Privacy (ADR 0015): consent to the installation's terms and privacy notice at sign-up, and erased accounts.

-- Which version of the installation's terms and privacy notice a person accepted, and when. One row per
-- acceptance; it goes with the account when the account is erased.
CREATE TABLE account_consents (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    version     VARCHAR(64) NOT NULL,
    accepted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_account_consents_user (user_id, accepted_at),
    CONSTRAINT fk_account_consents_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An erased account keeps its row, with no name, no address and no usable password, so that the learning
-- records kept without the person (and every reference to the row) stay valid: no foreign key ever points at
-- a missing row, whatever request runs at the moment of erasure. erased_at says the row is such a tombstone.
ALTER TABLE users ADD COLUMN erased_at DATETIME(6) NULL;
