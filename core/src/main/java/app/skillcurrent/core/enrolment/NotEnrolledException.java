package app.skillcurrent.core.enrolment;

/** The learner is not enrolled in the course whose lessons they asked for. */
public class NotEnrolledException extends RuntimeException {
    private final String courseSlug;

    public NotEnrolledException(String courseSlug) {
        super("Not enrolled in " + courseSlug);
        this.courseSlug = courseSlug;
    }

    public String courseSlug() {
        return courseSlug;
    }
}
