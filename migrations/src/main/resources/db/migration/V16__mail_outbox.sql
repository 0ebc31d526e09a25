-- Mail leaves through an outbox: a row is written in the transaction of the event that causes it, and workers
-- on any server claim due rows, send them and record the outcome (ADR 0018).

-- The time zone a person reads times in (mails, calendar feeds, e-mail course rhythms); an IANA zone id.
ALTER TABLE users ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';
-- When the person proved the address is theirs by following the link mailed to it; null until then.
ALTER TABLE users ADD COLUMN email_verified_at DATETIME(6) NULL;

CREATE TABLE mail_outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    -- the left part of the Message-ID header: the same on every attempt, so a receiver can drop a repeat
    message_id    CHAR(26)      NOT NULL,
    -- the cause, for mails that must be produced once per cause (a reminder, a change notice); null for the rest
    dedupe_key    VARCHAR(190)  NULL,
    kind          VARCHAR(60)   NOT NULL,
    category      VARCHAR(20)   NOT NULL,
    account_id    BIGINT        NULL,
    recipient     VARCHAR(254)  NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    text_body     MEDIUMTEXT    NOT NULL,
    html_body     MEDIUMTEXT    NOT NULL,
    -- QUEUED, SENT (handed to the SMTP server), KEPT (no SMTP server configured), FAILED, SUPPRESSED
    state         VARCHAR(12)   NOT NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    due_at        DATETIME(6)   NOT NULL,
    -- a claim is a write (a row lock holds on one Galera node only); it lapses at claimed_until, so the rows of a
    -- server that died while sending are taken over by another
    claim_token   CHAR(26)      NULL,
    claimed_until DATETIME(6)   NULL,
    last_error    VARCHAR(1000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
    CONSTRAINT uq_mail_outbox_dedupe_key UNIQUE (dedupe_key),
    KEY ix_mail_outbox_due (state, due_at),
    KEY ix_mail_outbox_account (account_id, created_at),
    KEY ix_mail_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Addresses the SMTP server refused permanently; after app.mail.hard-bounce-limit refusals nothing more is sent.
CREATE TABLE mail_bounces (
    address        VARCHAR(254)  NOT NULL,
    hard_bounces   INT           NOT NULL,
    last_error     VARCHAR(1000) NOT NULL,
    last_bounce_at DATETIME(6)   NOT NULL,
    suppressed_at  DATETIME(6)   NULL,
    PRIMARY KEY (address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Categories of optional mail a person turned off (a row means "off"); transactional mail has no row here.
CREATE TABLE mail_opt_outs (
    user_id    BIGINT      NOT NULL,
    category   VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, category),
    CONSTRAINT fk_mail_opt_outs_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
