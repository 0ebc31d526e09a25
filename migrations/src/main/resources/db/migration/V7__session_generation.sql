-- Every session token carries the account's session generation from when it was issued. Changing the
-- password or signing out everywhere increments it, which ends every session issued before, on every
-- server, without a list of revoked tokens: the account row is read on every signed-in request anyway.
ALTER TABLE users ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
