package app.skillcurrent.content.access;

/** No such course, lesson or revision (or one the caller may not know about). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super("Not found: " + what);
    }
}
