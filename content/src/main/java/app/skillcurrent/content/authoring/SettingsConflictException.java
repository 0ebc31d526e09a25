package app.skillcurrent.content.authoring;

/** Someone saved the course settings since this editor loaded them; nothing was written. */
public class SettingsConflictException extends RuntimeException {
    public SettingsConflictException() {
        super("The course settings were changed by someone else");
    }
}
