package app.skillcurrent.content.authoring;

/**
 * Someone saved the draft since this editor loaded it. Carries the draft as it is now, so the editor can
 * show both texts and nothing is lost.
 */
public class DraftConflictException extends RuntimeException {

    private final transient LessonDraft current;

    public DraftConflictException(LessonDraft current) {
        super("The draft was changed by someone else");
        this.current = current;
    }

    public LessonDraft current() {
        return current;
    }
}
