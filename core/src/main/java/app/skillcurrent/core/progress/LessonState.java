package app.skillcurrent.core.progress;

/**
 * Where a learner stands with a lesson of their version: not started, complete, or updated (completed in
 * an earlier revision that has since changed, so it must be revisited).
 */
public enum LessonState {
    NOT_STARTED,
    COMPLETE,
    UPDATED
}
