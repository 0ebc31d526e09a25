-- Accounts, global roles, organisations with per-organisation roles, sign-in throttling, server secrets.
-- Runs on MySQL 8.4 and MariaDB 10.11+: InnoDB, utf8mb4, UTC DATETIME(6).

CREATE TABLE users (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    public_id     CHAR(26)     NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    locale        VARCHAR(8)   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_public_id UNIQUE (public_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Platform-wide roles beyond "learner", which everyone is.
CREATE TABLE user_roles (
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    granted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisations (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    public_id  CHAR(26)     NOT NULL,
    name       VARCHAR(150) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisations_public_id UNIQUE (public_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles that hold only inside one organisation (ADMIN, MEMBER); a person may belong to several.
CREATE TABLE organisation_members (
    organisation_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    role            VARCHAR(32) NOT NULL,
    joined_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (organisation_id, user_id),
    KEY ix_organisation_members_user (user_id),
    CONSTRAINT fk_org_members_org FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
    CONSTRAINT fk_org_members_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per failed sign-in; counted over a sliding window per account and per client address.
CREATE TABLE sign_in_failures (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    email     VARCHAR(254) NOT NULL,
    client_ip VARCHAR(45)  NOT NULL,
    failed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sign_in_failures_email (email, failed_at),
    KEY ix_sign_in_failures_ip (client_ip, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keys the servers generate on first start and share through the database (never in the repository).
CREATE TABLE server_secrets (
    name       VARCHAR(64)    NOT NULL,
    secret     VARBINARY(512) NOT NULL,
    created_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
