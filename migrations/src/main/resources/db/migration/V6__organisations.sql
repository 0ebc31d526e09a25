-- Employers: seats and learning-time budgets on organisations and members, invitations, teams and
-- assignments. Removing a member removes only what belongs to the organisation (role, team places,
-- assignments to that person); progress, learning time and certificates belong to the person and stay.

-- seats counts members plus open invitations. A budget is minutes per period (WEEK or MONTH); NULL
-- minutes means no budget. A member's own budget, when set, replaces the organisation's default.
-- created_by with the name is unique, so a double-clicked "create" makes one organisation, not two.
ALTER TABLE organisations
    ADD COLUMN seats          INT        NOT NULL DEFAULT 10,
    ADD COLUMN budget_minutes INT        NULL,
    ADD COLUMN budget_period  VARCHAR(8) NOT NULL DEFAULT 'WEEK',
    ADD COLUMN created_by     BIGINT     NULL,
    ADD CONSTRAINT uq_organisations_creator_name UNIQUE (created_by, name),
    ADD CONSTRAINT fk_organisations_creator FOREIGN KEY (created_by) REFERENCES users (id);

ALTER TABLE organisation_members
    ADD COLUMN budget_minutes INT        NULL,
    ADD COLUMN budget_period  VARCHAR(8) NULL;

-- Only the SHA-256 of the link's token is kept, so the table cannot be used to accept an invitation.
-- open_email is the address while the invitation is open (neither accepted nor revoked) and NULL after,
-- which lets the unique key allow one open invitation per address while keeping the history.
CREATE TABLE invitations (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    public_id       CHAR(26)     NOT NULL,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    invited_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6)  NULL,
    accepted_by     BIGINT       NULL,
    revoked_at      DATETIME(6)  NULL,
    open_email      VARCHAR(254) AS (CASE WHEN accepted_at IS NULL AND revoked_at IS NULL THEN email END) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitations_public_id UNIQUE (public_id),
    CONSTRAINT uq_invitations_token UNIQUE (token_hash),
    CONSTRAINT uq_invitations_open_email UNIQUE (organisation_id, open_email),
    KEY ix_invitations_email (email),
    CONSTRAINT fk_invitations_org FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitations_inviter FOREIGN KEY (invited_by) REFERENCES users (id),
    CONSTRAINT fk_invitations_accepter FOREIGN KEY (accepted_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A named group of members ("Short video", "B2B"), for assigning work to several people at once.
CREATE TABLE teams (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    public_id       CHAR(26)     NOT NULL,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_teams_public_id UNIQUE (public_id),
    CONSTRAINT uq_teams_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_teams_org FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE team_members (
    team_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id),
    KEY ix_team_members_user (user_id),
    CONSTRAINT fk_team_members_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A course or a track, assigned to one member or to a team (whoever is in it now), with an optional due
-- date. target_key ("course:12/member:34") makes the same assignment twice impossible, double clicks too.
CREATE TABLE assignments (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    public_id       CHAR(26)    NOT NULL,
    organisation_id BIGINT      NOT NULL,
    course_id       BIGINT      NULL,
    track_id        BIGINT      NULL,
    team_id         BIGINT      NULL,
    user_id         BIGINT      NULL,
    target_key      VARCHAR(80) NOT NULL,
    due_on          DATE        NULL,
    created_by      BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_assignments_public_id UNIQUE (public_id),
    CONSTRAINT uq_assignments_target UNIQUE (organisation_id, target_key),
    KEY ix_assignments_user (user_id),
    KEY ix_assignments_team (team_id),
    CONSTRAINT ck_assignments_what CHECK ((course_id IS NULL) <> (track_id IS NULL)),
    CONSTRAINT ck_assignments_whom CHECK ((team_id IS NULL) <> (user_id IS NULL)),
    CONSTRAINT fk_assignments_org FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignments_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT fk_assignments_track FOREIGN KEY (track_id) REFERENCES tracks (id),
    CONSTRAINT fk_assignments_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignments_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_assignments_creator FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
