package app.skillcurrent.core.dashboard;

import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.core.enrolment.Enrolment;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.core.progress.LessonInCourse;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.Progress;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a learner sees first: courses in progress, completed ones with updates, this week's time, next step. */
@Singleton
public class LearnerDashboard {

    /** One enrolled course on the dashboard. */
    public record CourseProgress(String slug, String title, String version, String currentVersion, int lessons,
                                 int complete, int updated, boolean examPassed, boolean updateAvailable,
                                 long resumeLessonId, String resumeLessonTitle) {

        public int percent() {
            return lessons == 0 ? 0 : Math.round(100f * complete / lessons);
        }

        public boolean completed() {
            return complete == lessons && examPassed;
        }
    }

    public record View(List<CourseProgress> inProgress, List<CourseProgress> completed, long secondsThisWeek) {
    }

    private final Enrolments enrolments;
    private final Progress progress;
    private final Exams exams;
    private final LearningTime learningTime;
    private final Revisions revisions;

    LearnerDashboard(Enrolments enrolments, Progress progress, Exams exams, LearningTime learningTime, Revisions revisions) {
        this.enrolments = enrolments;
        this.progress = progress;
        this.exams = exams;
        this.learningTime = learningTime;
        this.revisions = revisions;
    }

    public View of(long userId) {
        List<Enrolment> enrolled = enrolments.ofLearner(userId);
        Map<Long, Revisions.PublishedCourse> published =
                revisions.publishedCourses(enrolled.stream().map(Enrolment::courseId).toList());
        List<CourseProgress> inProgress = new ArrayList<>();
        List<CourseProgress> completed = new ArrayList<>();
        for (Enrolment enrolment : enrolled) {
            Revisions.PublishedCourse course = published.get(enrolment.courseId());
            if (course == null) {
                continue;
            }
            CourseProgress standing = progressOf(userId, enrolments.follow(course.slug(), enrolment, course.currentRevisionId()));
            (standing.completed() ? completed : inProgress).add(standing);
        }
        return new View(inProgress, completed, learningTime.thisWeek(userId));
    }

    public CourseProgress progressOf(long userId, LearnerCourse course) {
        Map<Long, LessonState> states = progress.states(userId, course);
        boolean examPassed = exams.status(userId, course, LessonInCourse.allComplete(states)).passed();
        return progressOf(course, states, examPassed);
    }

    /** A course's progress from lesson states and the exam result already read. */
    public static CourseProgress progressOf(LearnerCourse course, Map<Long, LessonState> states, boolean examPassed) {
        int complete = (int) states.values().stream().filter(s -> s == LessonState.COMPLETE).count();
        int updated = (int) states.values().stream().filter(s -> s == LessonState.UPDATED).count();
        long resume = resumeLesson(course, states);
        return new CourseProgress(course.slug(), course.pinned().title(), course.pinned().version().toString(),
                course.current().version().toString(), states.size(), complete, updated, examPassed,
                course.updateAvailable(), resume, course.lesson(resume).content().title());
    }

    /** The lesson to continue with: the last one visited if it is not done yet, else the first not complete. */
    static long resumeLesson(LearnerCourse course, Map<Long, LessonState> states) {
        Long last = course.enrolment().lastLessonId();
        if (last != null && states.get(last) != null && states.get(last) != LessonState.COMPLETE) {
            return last;
        }
        return states.entrySet().stream().filter(e -> e.getValue() != LessonState.COMPLETE).map(Map.Entry::getKey)
                .findFirst().orElse(last != null && states.containsKey(last) ? last : course.lessons().get(0).lessonId());
    }
}
