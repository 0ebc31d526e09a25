-- What content offers other modules to read in SQL (ADR 0011). core joins content's data with its own
-- tables (enrolments, certificates, assignments, tracks) through these views, never through content's
-- tables, so content may change its tables as long as the views keep their columns and meaning. The
-- catalogue's full-text search is not here: MATCH needs the FULLTEXT index of a base table, so it runs in
-- content's own queries (content.revision.PublishedCourses).
--
-- Each view is a plain projection of one table: MERGE folds it into the query that reads it, so a query over
-- a view uses the indexes and has the plan it had over the table, on MariaDB and MySQL alike, and it can be
-- joined in a multiple-table UPDATE. SQL SECURITY INVOKER: a reader needs the rights on the table, as
-- before, and the view does not depend on the account that ran this migration.

-- Every published course: its address, its current revision, and the course settings certificates depend
-- on (they belong to the course, not to a revision). Courses never published are not in it.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW published_courses AS
SELECT id AS course_id, slug, current_revision_id AS revision_id, renewal_window_days, certificate_valid_months
FROM courses
WHERE current_revision_id IS NOT NULL;

-- Every published version of every course, current or superseded. Rows never change (ADR 0005).
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW course_versions AS
SELECT id AS revision_id, course_id, major, minor, severity, title, summary, level, language, published_at,
       lesson_count, minutes
FROM course_revisions;
