-- A count of the changes to published content that servers derive cached answers from (publications, platform
-- changes, reviews). It moves in the same transaction as the change, and every server compares it about once a
-- second with the count it last saw, dropping its catalogue results and freshness when it has moved: so a change
-- made on one server shows on all of them within about a second, on one database or a cluster.
CREATE TABLE content_changes (
    id      TINYINT UNSIGNED NOT NULL PRIMARY KEY,
    changes BIGINT UNSIGNED  NOT NULL
);

INSERT INTO content_changes (id, changes) VALUES (1, 0);
