package app.skillcurrent.core.progress;

import java.util.Map;

/** Where a learner stands in every lesson of their version of a course, and their work on one lesson. */
public record LessonInCourse(Map<Long, LessonState> states, LessonWork work) {

    public boolean allComplete() {
        return allComplete(states);
    }

    /** Whether every lesson of these states is complete (an exam may be taken). */
    public static boolean allComplete(Map<Long, LessonState> states) {
        return states.values().stream().allMatch(s -> s == LessonState.COMPLETE);
    }
}
