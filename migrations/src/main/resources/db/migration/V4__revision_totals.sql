-- Totals of a published revision never change, so they are stored with it at publication and the
-- catalogue does not add up lesson minutes for every course on every request.
ALTER TABLE course_revisions
    ADD COLUMN lesson_count INT NOT NULL DEFAULT 0,
    ADD COLUMN minutes      INT NOT NULL DEFAULT 0;

UPDATE course_revisions cr
JOIN (SELECT crl.course_revision_id, COUNT(*) AS lesson_count, SUM(lr.minutes) AS minutes
      FROM course_revision_lessons crl
      JOIN lesson_revisions lr ON lr.id = crl.lesson_revision_id
      GROUP BY crl.course_revision_id) totals ON totals.course_revision_id = cr.id
SET cr.lesson_count = totals.lesson_count, cr.minutes = totals.minutes;
