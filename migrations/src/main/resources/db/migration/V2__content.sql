-- Versioned content: platform topics, platform changes, courses and lessons with editable drafts, and
-- immutable published revisions. Published rows are only ever inserted (the application has no code path
-- that updates them); review dates live in their own table because reviewing does not change content.

CREATE TABLE topics (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id  BIGINT       NULL,
    slug       VARCHAR(80)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_topics_slug UNIQUE (slug),
    CONSTRAINT fk_topics_parent FOREIGN KEY (parent_id) REFERENCES topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Something a platform changed on a day; it makes lessons on that topic (or a feature under it) that were
-- last reviewed before that day need review.
CREATE TABLE platform_changes (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    topic_id    BIGINT       NOT NULL,
    changed_on  DATE         NOT NULL,
    summary     VARCHAR(500) NOT NULL,
    source_url  VARCHAR(500) NULL,
    recorded_by BIGINT       NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_platform_changes_topic (topic_id, changed_on),
    CONSTRAINT fk_platform_changes_topic FOREIGN KEY (topic_id) REFERENCES topics (id),
    CONSTRAINT fk_platform_changes_user FOREIGN KEY (recorded_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A course and its draft settings. draft_version guards concurrent edits (optimistic locking).
CREATE TABLE courses (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    slug                     VARCHAR(80)  NOT NULL,
    title                    VARCHAR(150) NOT NULL,
    summary                  VARCHAR(500) NOT NULL,
    level                    VARCHAR(16)  NOT NULL,
    language                 VARCHAR(8)   NOT NULL,
    exam_pass_mark           INT          NOT NULL,
    exam_question_count      INT          NOT NULL,
    exam_attempts            INT          NOT NULL,
    renewal_window_days      INT          NOT NULL,
    certificate_valid_months INT          NULL,
    draft_version            INT          NOT NULL,
    current_revision_id      BIGINT       NULL,
    created_by               BIGINT       NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_courses_slug UNIQUE (slug),
    CONSTRAINT fk_courses_creator FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_instructors (
    course_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (course_id, user_id),
    KEY ix_course_instructors_user (user_id),
    CONSTRAINT fk_course_instructors_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_instructors_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_topics (
    course_id BIGINT NOT NULL,
    topic_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, topic_id),
    CONSTRAINT fk_course_topics_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_topics_topic FOREIGN KEY (topic_id) REFERENCES topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lesson's stable identity and its draft. position orders the draft; NULL means removed from the draft
-- (the lesson stays, so its history and learners' progress keep their reference).
CREATE TABLE lessons (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    course_id     BIGINT       NOT NULL,
    position      INT          NULL,
    title         VARCHAR(150) NOT NULL,
    body          MEDIUMTEXT   NOT NULL,
    minutes       INT          NOT NULL,
    tasks_json    TEXT         NOT NULL,
    quiz_json     MEDIUMTEXT   NOT NULL,
    topics_json   VARCHAR(1000) NOT NULL,
    draft_version INT          NOT NULL,
    updated_by    BIGINT       NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lessons_position UNIQUE (course_id, position),
    CONSTRAINT fk_lessons_course FOREIGN KEY (course_id) REFERENCES courses (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson_revisions (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    lesson_id    BIGINT       NOT NULL,
    number       INT          NOT NULL,
    title        VARCHAR(150) NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    minutes      INT          NOT NULL,
    tasks_json   TEXT         NOT NULL,
    quiz_json    MEDIUMTEXT   NOT NULL,
    published_by BIGINT       NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lesson_revisions_number UNIQUE (lesson_id, number),
    CONSTRAINT fk_lesson_revisions_lesson FOREIGN KEY (lesson_id) REFERENCES lessons (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per topic a revision teaches: when it was last checked against the platform.
CREATE TABLE lesson_revision_topics (
    lesson_revision_id BIGINT      NOT NULL,
    topic_id           BIGINT      NOT NULL,
    reviewed_at        DATETIME(6) NOT NULL,
    reviewed_by        BIGINT      NOT NULL,
    PRIMARY KEY (lesson_revision_id, topic_id),
    KEY ix_lesson_revision_topics_topic (topic_id),
    CONSTRAINT fk_lrt_revision FOREIGN KEY (lesson_revision_id) REFERENCES lesson_revisions (id),
    CONSTRAINT fk_lrt_topic FOREIGN KEY (topic_id) REFERENCES topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every "reviewed, still correct", kept as a trail.
CREATE TABLE lesson_reviews (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    lesson_revision_id BIGINT      NOT NULL,
    topic_id           BIGINT      NOT NULL,
    reviewed_by        BIGINT      NOT NULL,
    reviewed_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lesson_reviews_revision (lesson_revision_id),
    CONSTRAINT fk_lesson_reviews_revision FOREIGN KEY (lesson_revision_id) REFERENCES lesson_revisions (id),
    CONSTRAINT fk_lesson_reviews_user FOREIGN KEY (reviewed_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revisions (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    course_id           BIGINT       NOT NULL,
    major               INT          NOT NULL,
    minor               INT          NOT NULL,
    severity            VARCHAR(8)   NOT NULL,
    change_note         TEXT         NOT NULL,
    title               VARCHAR(150) NOT NULL,
    summary             VARCHAR(500) NOT NULL,
    level               VARCHAR(16)  NOT NULL,
    language            VARCHAR(8)   NOT NULL,
    exam_pass_mark      INT          NOT NULL,
    exam_question_count INT          NOT NULL,
    exam_attempts       INT          NOT NULL,
    published_by        BIGINT       NOT NULL,
    published_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_course_revisions_version UNIQUE (course_id, major, minor),
    CONSTRAINT fk_course_revisions_course FOREIGN KEY (course_id) REFERENCES courses (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revision_lessons (
    course_revision_id BIGINT NOT NULL,
    position           INT    NOT NULL,
    lesson_id          BIGINT NOT NULL,
    lesson_revision_id BIGINT NOT NULL,
    PRIMARY KEY (course_revision_id, position),
    CONSTRAINT uq_crl_lesson UNIQUE (course_revision_id, lesson_id),
    KEY ix_crl_lesson_revision (lesson_revision_id),
    CONSTRAINT fk_crl_revision FOREIGN KEY (course_revision_id) REFERENCES course_revisions (id),
    CONSTRAINT fk_crl_lesson_revision FOREIGN KEY (lesson_revision_id) REFERENCES lesson_revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_revision_topics (
    course_revision_id BIGINT NOT NULL,
    topic_id           BIGINT NOT NULL,
    PRIMARY KEY (course_revision_id, topic_id),
    KEY ix_crt_topic (topic_id),
    CONSTRAINT fk_crt_revision FOREIGN KEY (course_revision_id) REFERENCES course_revisions (id),
    CONSTRAINT fk_crt_topic FOREIGN KEY (topic_id) REFERENCES topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE courses ADD CONSTRAINT fk_courses_current_revision FOREIGN KEY (current_revision_id) REFERENCES course_revisions (id);

-- The platform taxonomy every installation starts with; admins extend it.
INSERT INTO topics (slug, name, parent_id, created_at) VALUES
    ('tiktok', 'TikTok', NULL, UTC_TIMESTAMP(6)),
    ('instagram', 'Instagram', NULL, UTC_TIMESTAMP(6)),
    ('linkedin', 'LinkedIn', NULL, UTC_TIMESTAMP(6)),
    ('x', 'X', NULL, UTC_TIMESTAMP(6)),
    ('youtube', 'YouTube', NULL, UTC_TIMESTAMP(6)),
    ('meta', 'Meta', NULL, UTC_TIMESTAMP(6));

INSERT INTO topics (slug, name, parent_id, created_at)
SELECT child.slug, child.name, parent.id, UTC_TIMESTAMP(6)
FROM (
    SELECT 'tiktok' AS parent_slug, 'tiktok-shop' AS slug, 'Shop' AS name UNION ALL
    SELECT 'tiktok', 'tiktok-live', 'LIVE' UNION ALL
    SELECT 'tiktok', 'tiktok-algorithm', 'For You feed' UNION ALL
    SELECT 'tiktok', 'tiktok-ads', 'Ads' UNION ALL
    SELECT 'instagram', 'instagram-reels', 'Reels' UNION ALL
    SELECT 'instagram', 'instagram-stories', 'Stories' UNION ALL
    SELECT 'instagram', 'instagram-reach', 'Reach and ranking' UNION ALL
    SELECT 'instagram', 'instagram-broadcast', 'Broadcast channels' UNION ALL
    SELECT 'linkedin', 'linkedin-company-pages', 'Company pages' UNION ALL
    SELECT 'linkedin', 'linkedin-newsletters', 'Newsletters' UNION ALL
    SELECT 'linkedin', 'linkedin-ads', 'Ads' UNION ALL
    SELECT 'x', 'x-polls', 'Polls' UNION ALL
    SELECT 'x', 'x-communities', 'Communities' UNION ALL
    SELECT 'x', 'x-premium', 'Premium and verification' UNION ALL
    SELECT 'youtube', 'youtube-shorts', 'Shorts' UNION ALL
    SELECT 'youtube', 'youtube-community', 'Community posts' UNION ALL
    SELECT 'youtube', 'youtube-analytics', 'Analytics' UNION ALL
    SELECT 'meta', 'meta-ads', 'Ads Manager' UNION ALL
    SELECT 'meta', 'meta-business-suite', 'Business Suite' UNION ALL
    SELECT 'meta', 'meta-threads', 'Threads'
) AS child
JOIN topics parent ON parent.slug = child.parent_slug;
