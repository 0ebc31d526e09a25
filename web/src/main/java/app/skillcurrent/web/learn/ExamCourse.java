package app.skillcurrent.web.learn;

import app.skillcurrent.core.enrolment.LearnerCourse;

/** The course an exam page is about, in the version the learner follows. */
record ExamCourse(String slug, String title, String version) {

    static ExamCourse of(LearnerCourse course) {
        return new ExamCourse(course.slug(), course.pinned().title(), course.pinned().version().toString());
    }
}
