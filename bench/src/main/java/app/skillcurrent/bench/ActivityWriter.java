package app.skillcurrent.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * What learners did: enrolments in the generated courses and the lessons they completed, spread evenly so the
 * requested number of progress rows is reached; each learner enrols in random courses until they hold enough
 * lessons and completes the first lessons of each, in order, so every (learner, lesson) pair is unique and
 * belongs to a course the learner is enrolled in.
 */
final class ActivityWriter {

    private static final String INSERT_ENROLMENT = """
            INSERT INTO enrolments (user_id, course_id, course_revision_id, last_lesson_id, enrolled_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_LESSON_PROGRESS = """
            INSERT INTO lesson_progress (user_id, lesson_id, lesson_revision_id, completed_at) VALUES (?, ?, ?, ?)""";

    private final Generation g;

    ActivityWriter(Generation g) {
        this.g = g;
    }

    /** Writes every learner's enrolments and completed lessons; returns how many lesson_progress rows. */
    long write(List<GeneratedCourse> courses, long firstLearnerId) throws SQLException {
        long totalLessons = courses.stream().mapToLong(GeneratedCourse::lessonCount).sum();
        // lesson and revision ids were assigned in lockstep, so one offset maps every generated lesson to its revision
        long revisionOffset = courses.get(0).firstLessonRevisionId() - courses.get(0).firstLessonId();
        long perLearner = g.options().progressRows / g.options().learners;
        long extra = g.options().progressRows % g.options().learners;
        long written = 0;
        try (Tables.Batch enrolments = g.tables().batch("enrolments", INSERT_ENROLMENT);
             Tables.Batch progressRows = g.tables().batch("lesson_progress", INSERT_LESSON_PROGRESS)) {
            g.progress().start("enrolments + lesson_progress", g.options().learners);
            int[] order = new int[courses.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            long[] lessonIds = new long[0];
            for (int n = 0; n < g.options().learners; n++) {
                long userId = firstLearnerId + n;
                long wanted = Math.min(totalLessons, perLearner + (n < extra ? 1 : 0));
                // a partial Fisher-Yates shuffle picks distinct courses
                long covered = 0;
                int picked = 0;
                do {
                    int j = picked + g.random().nextInt(order.length - picked);
                    int swap = order[picked];
                    order[picked] = order[j];
                    order[j] = swap;
                    covered += courses.get(order[picked]).lessonCount();
                    picked++;
                } while (covered < wanted && picked < order.length);
                if (lessonIds.length < wanted) {
                    lessonIds = new long[(int) Math.max(wanted, lessonIds.length * 2L)];
                }
                int completed = 0;
                long remaining = wanted;
                Arrays.sort(order, 0, picked);
                for (int k = 0; k < picked; k++) {
                    GeneratedCourse course = courses.get(order[k]);
                    int done = (int) Math.min(remaining, course.lessonCount());
                    remaining -= done;
                    LocalDateTime enrolled = between(course.publishedAt(), g.now());
                    LocalDateTime updated = done == 0 ? enrolled : between(enrolled, g.now());
                    Long last = done == 0 ? null : course.firstLessonId() + done - 1;
                    enrolments.row(userId, course.id(), course.revisionId(), last, enrolled, updated);
                    for (int l = 0; l < done; l++) {
                        lessonIds[completed++] = course.firstLessonId() + l;
                    }
                }
                // lesson ids of different courses never interleave, so sorting by id keeps primary-key order
                for (int i = 0; i < completed; i++) {
                    long lesson = lessonIds[i];
                    progressRows.row(userId, lesson, lesson + revisionOffset, between(g.now().minusDays(180), g.now()));
                }
                written += completed;
                if (progressRows.full() || enrolments.full() || n == g.options().learners - 1) {
                    enrolments.send();
                    progressRows.send();
                    g.db().commit();
                    g.progress().set(n + 1, written);
                }
            }
            g.progress().finish();
        }
        return written;
    }

    /** The demo learner follows the first generated course and has finished its first lesson. */
    void enrolDemoLearner(long demoLearnerId, GeneratedCourse course) throws SQLException {
        LocalDateTime enrolled = g.now().minusDays(3);
        try (PreparedStatement enrol = g.db().prepareStatement(INSERT_ENROLMENT);
             PreparedStatement done = g.db().prepareStatement(INSERT_LESSON_PROGRESS)) {
            Tables.bind(enrol, demoLearnerId, course.id(), course.revisionId(), course.firstLessonId(), enrolled, enrolled.plusHours(1));
            enrol.executeUpdate();
            Tables.bind(done, demoLearnerId, course.firstLessonId(), course.firstLessonRevisionId(), enrolled.plusHours(1));
            done.executeUpdate();
        }
        g.db().commit();
        g.tables().counted("enrolments", 1);
        g.tables().counted("lesson_progress", 1);
    }

    private LocalDateTime between(LocalDateTime from, LocalDateTime to) {
        long span = Duration.between(from, to).toSeconds();
        return span <= 0 ? to : from.plusSeconds(g.random().nextLong(span));
    }
}
