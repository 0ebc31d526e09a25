package app.skillcurrent.core.exam;

/** Announced when a learner passes the final exam of a course version; certificates are issued from it. */
public record ExamPassed(long userId, long courseId, long courseRevisionId, long attemptId) {
}
