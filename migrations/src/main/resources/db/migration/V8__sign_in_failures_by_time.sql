-- Failures older than the throttle window are deleted on a schedule (SignInFailurePurge): by this index that
-- is a range of rows, not a scan of the whole table.
CREATE INDEX ix_sign_in_failures_failed_at ON sign_in_failures (failed_at);
