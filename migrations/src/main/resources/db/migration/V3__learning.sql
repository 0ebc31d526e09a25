-- The learner side: tracks, enrolments pinned to a course revision, progress kept per stable lesson id,
-- final-exam attempts, and time on task.

-- Catalogue search over what learners can see: published revisions' title and summary.
ALTER TABLE course_revisions ADD FULLTEXT INDEX ft_course_revisions_text (title, summary);

-- A specialisation path: an ordered set of courses.
CREATE TABLE tracks (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    slug       VARCHAR(80)  NOT NULL,
    title      VARCHAR(150) NOT NULL,
    summary    VARCHAR(500) NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tracks_slug UNIQUE (slug),
    CONSTRAINT fk_tracks_creator FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE track_courses (
    track_id  BIGINT NOT NULL,
    position  INT    NOT NULL,
    course_id BIGINT NOT NULL,
    PRIMARY KEY (track_id, position),
    CONSTRAINT uq_track_courses_course UNIQUE (track_id, course_id),
    CONSTRAINT fk_track_courses_track FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE,
    CONSTRAINT fk_track_courses_course FOREIGN KEY (course_id) REFERENCES courses (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One per learner and course, pinned to the revision the learner follows.
CREATE TABLE enrolments (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    user_id            BIGINT      NOT NULL,
    course_id          BIGINT      NOT NULL,
    course_revision_id BIGINT      NOT NULL,
    last_lesson_id     BIGINT      NULL,
    enrolled_at        DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrolments_user_course UNIQUE (user_id, course_id),
    KEY ix_enrolments_course (course_id, course_revision_id),
    CONSTRAINT fk_enrolments_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_enrolments_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT fk_enrolments_revision FOREIGN KEY (course_revision_id) REFERENCES course_revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lesson the learner completed, and which revision of it: a newer revision marks it "updated".
CREATE TABLE lesson_progress (
    user_id            BIGINT      NOT NULL,
    lesson_id          BIGINT      NOT NULL,
    lesson_revision_id BIGINT      NOT NULL,
    completed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, lesson_id),
    CONSTRAINT fk_lesson_progress_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lessons (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_progress (
    user_id            BIGINT      NOT NULL,
    lesson_id          BIGINT      NOT NULL,
    task_index         INT         NOT NULL,
    lesson_revision_id BIGINT      NOT NULL,
    done               BOOLEAN     NOT NULL,
    reflection         TEXT        NULL,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, lesson_id, task_index),
    CONSTRAINT fk_task_progress_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_answers (
    user_id            BIGINT       NOT NULL,
    lesson_id          BIGINT       NOT NULL,
    question_key       VARCHAR(40)  NOT NULL,
    lesson_revision_id BIGINT       NOT NULL,
    chosen             VARCHAR(300) NOT NULL,
    correct            BOOLEAN      NOT NULL,
    answered_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, lesson_id, question_key),
    CONSTRAINT fk_quiz_answers_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_attempts (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    user_id            BIGINT      NOT NULL,
    course_id          BIGINT      NOT NULL,
    course_revision_id BIGINT      NOT NULL,
    attempt_number     INT         NOT NULL,
    questions_json     TEXT        NOT NULL,
    answers_json       TEXT        NULL,
    score_percent      INT         NULL,
    passed             BOOLEAN     NULL,
    started_at         DATETIME(6) NOT NULL,
    submitted_at       DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_exam_attempts_number UNIQUE (user_id, course_revision_id, attempt_number),
    KEY ix_exam_attempts_user_course (user_id, course_id),
    CONSTRAINT fk_exam_attempts_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_exam_attempts_revision FOREIGN KEY (course_revision_id) REFERENCES course_revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seconds of visible lesson time per learner and UTC day; heartbeats add to it.
CREATE TABLE learning_time (
    user_id BIGINT NOT NULL,
    day     DATE   NOT NULL,
    seconds INT    NOT NULL,
    PRIMARY KEY (user_id, day),
    CONSTRAINT fk_learning_time_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last heartbeat each learner's pages sent: credits are measured from it, one row per learner so
-- concurrent tabs serialise on it.
CREATE TABLE heartbeats (
    user_id   BIGINT      NOT NULL,
    lesson_id BIGINT      NOT NULL,
    beat_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_heartbeats_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
