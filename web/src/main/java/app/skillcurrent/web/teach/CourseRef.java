package app.skillcurrent.web.teach;

import app.skillcurrent.content.authoring.Course;

/** A course as the breadcrumbs and links of the instructor pages name it. */
record CourseRef(String slug, String title) {

    static CourseRef of(Course course) {
        return new CourseRef(course.slug(), course.title());
    }
}
