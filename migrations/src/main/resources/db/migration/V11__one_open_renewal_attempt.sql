-- At most one open (not yet submitted) renewal attempt per certificate, that is per person and course:
-- open_certificate_id is the certificate while the attempt is open and NULL once it is submitted, and NULLs
-- do not collide in a unique key. Racing "start renewal" clicks then cannot open a second attempt, which
-- could be sat after the first was submitted and so skip the cooldown.

-- Extra open attempts from before: only the newest can matter (an older one was either a duplicate click or
-- drawn for a version that is no longer current, which cannot be submitted); none of them holds answers.
DELETE older FROM renewal_attempts older
    JOIN renewal_attempts newer ON newer.certificate_id = older.certificate_id AND newer.submitted_at IS NULL
        AND newer.id > older.id
WHERE older.submitted_at IS NULL;

ALTER TABLE renewal_attempts
    ADD COLUMN open_certificate_id BIGINT GENERATED ALWAYS AS (CASE WHEN submitted_at IS NULL THEN certificate_id END) STORED,
    ADD CONSTRAINT uq_renewal_attempts_open UNIQUE (open_certificate_id);
