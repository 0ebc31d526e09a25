-- Sign-in throttling by counters instead of one row per failure (SignInThrottle). A row counts the failures of
-- one thing: an account from one client (its address, or a known device), an account from all unknown
-- devices, or an address over all accounts; and a person's guesses at their current password. Each attempt is
-- counted before its password is checked, under the row's lock, so concurrent guesses are counted exactly;
-- when failures pass the free ones, the next attempt must wait (doubling each time, up to a limit).
-- The key is the SHA-256 of what is counted, so no email address or client address is kept here.
CREATE TABLE sign_in_throttle (
    throttle_key    CHAR(64)    CHARACTER SET ascii NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    next_allowed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (throttle_key),
    KEY ix_sign_in_throttle_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counted failures start again from the new table: at worst a guesser gets the free attempts once more.
DROP TABLE sign_in_failures;

-- Sessions signed out one at a time: the session id (claim "sid") of each token whose owner signed out, kept
-- until the token would have expired anyway. The account row every signed-in request reads is read with it
-- (AccountRepository.findWithRoles), so a signed-out token is refused at once on every server.
CREATE TABLE ended_sessions (
    session_id CHAR(22)    CHARACTER SET ascii NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id),
    KEY ix_ended_sessions_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
